import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { StatusBadge, type StatusTone } from '../../../components/StatusBadge';
import type { LiveState } from '../use-meeting-events';

const TONES: Record<LiveState, StatusTone> = {
  connecting: 'pending',
  live: 'success',
  reconnecting: 'warning',
  ended: 'done',
};

/**
 * Whether this device follows the board live. When the stream is down the reader must know the
 * screen may be behind (a vote cast meanwhile still goes through the API, and is shown once back).
 */
export function LiveStatus({ state }: { state: LiveState }) {
  const { t } = useTranslation();
  const hint =
    state === 'reconnecting'
      ? t('liveDevice.live.behind')
      : state === 'ended'
        ? t('liveDevice.live.endedHint')
        : null;
  return (
    <Group gap="xs" wrap="wrap" role="status" aria-live="polite" aria-atomic="true">
      <Text size="sm" fw={600}>
        {`${t('liveDevice.live.label')}:`}
      </Text>
      <StatusBadge tone={TONES[state]}>{t(`liveDevice.live.${state}`)}</StatusBadge>
      {hint && <Text size="sm">{hint}</Text>}
    </Group>
  );
}
