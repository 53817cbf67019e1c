import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormatters } from '../../components/format';
import { LoadMore } from '../../components/LoadMore';
import { QueryState } from '../../components/QueryState';
import { type CaseEvent, useCaseEvents } from '../cases/use-case';

/** The case's history, oldest first: every transition with who, when and why. */
export function CaseTimeline({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const events = useCaseEvents(caseId);
  return (
    <QueryState query={events}>
      {() => {
        const items = events.data?.items ?? [];
        if (items.length === 0) return <Text size="sm">{t('caseView.timeline.none')}</Text>;
        return (
          <Stack gap="sm">
            <List type="ordered" spacing="sm" listStyleType="none" aria-label={t('caseView.timeline.title')}>
              {items.map((e) => (
                <TimelineEvent key={e.id} event={e} />
              ))}
            </List>
            <LoadMore query={events} />
          </Stack>
        );
      }}
    </QueryState>
  );
}

function TimelineEvent({ event }: { event: CaseEvent }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const to = t(`enums.caseStatus.${event.toState}`);
  return (
    <List.Item>
      <Text size="sm" fw={600} span>
        {t(`enums.caseEventAction.${event.action}`)}
      </Text>{' '}
      <Text size="sm" span>
        {event.fromState
          ? t('caseView.timeline.fromTo', { from: t(`enums.caseStatus.${event.fromState}`), to })
          : t('caseView.timeline.to', { to })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('caseView.timeline.byAt', {
          who: event.actor?.displayName ?? t('caseView.timeline.system'),
          // Case history is in the browser's zone, like every case timestamp (ADR 0011).
          when: format.dateTime(event.occurredAt),
        })}
      </Text>
      {event.reason && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {t('caseView.timeline.reason', { reason: event.reason })}
        </Text>
      )}
    </List.Item>
  );
}
