import { Group, Paper, Text } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { StatusBadge } from '../../../components/StatusBadge';
import { caseClock, formatDuration } from './case-clock';
import classes from './Console.module.css';

const TICK_MS = 1_000;

function useNowMs(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/**
 * The time the board has spent on the case under discussion (since the API says it was opened)
 * against its planned minutes. Over time is said in words; only its start is announced (the
 * reading itself is a timer, which screen readers do not read out every second).
 */
export function CaseTimer({ since, plannedMinutes }: { since: string; plannedMinutes: number }) {
  const { t } = useTranslation();
  const labelId = useId();
  const clock = caseClock(since, useNowMs(), plannedMinutes);
  return (
    <Paper withBorder p="xs" radius="sm">
      <Group gap="sm" wrap="wrap" align="center">
        <Text size="sm" fw={600} id={labelId}>
          {t('liveConsole.timer.label')}
        </Text>
        <Text role="timer" aria-labelledby={labelId} size="lg" fw={700} className={classes.timer}>
          {formatDuration(clock.elapsedSeconds)}
        </Text>
        <Text size="sm">{t('liveConsole.timer.planned', { count: plannedMinutes })}</Text>
        {clock.over && (
          <Text size="sm">{t('liveConsole.timer.overBy', { time: formatDuration(clock.overSeconds) })}</Text>
        )}
        <div role="status">
          {clock.over && <StatusBadge tone="danger">{t('liveConsole.timer.over')}</StatusBadge>}
        </div>
      </Group>
    </Paper>
  );
}
