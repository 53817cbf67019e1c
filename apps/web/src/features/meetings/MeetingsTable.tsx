import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataTable } from '../../components/DataTable';
import { useFormatters } from '../../components/format';
import { MeetingStatusBadge } from './MeetingStatusBadge';
import type { MeetingSummary } from './use-meetings';

export function MeetingsTable({
  label,
  meetings,
  empty,
}: {
  label: string;
  meetings: MeetingSummary[];
  empty?: string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <DataTable
      label={label}
      rows={meetings}
      rowKey={(m) => m.id}
      empty={empty ?? t('meetings.none')}
      columns={[
        {
          key: 'when',
          header: t('meetings.columns.startsAt'),
          nowrap: true,
          // In the institution's time zone, which every meeting carries, and named.
          cell: (m) => (
            <>
              <Text size="sm">{format.dateTime(m.startsAt, m.timeZone)}</Text>
              <Text size="xs" c="dimmed">
                {format.timeZoneName(m.timeZone, m.startsAt)}
              </Text>
            </>
          ),
        },
        {
          key: 'title',
          header: t('meetings.columns.title'),
          cell: (m) => (
            <>
              <Anchor
                component={Link}
                to={`/meetings/${m.id}`}
                size="sm"
                fw={500}
                td={m.status === 'cancelled' ? 'line-through' : undefined}
              >
                {m.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                {m.boardType}
              </Text>
            </>
          ),
        },
        {
          key: 'place',
          header: t('meetings.columns.location'),
          cell: (m) => m.location ?? t('meetings.online'),
        },
        { key: 'chair', header: t('meetings.columns.chair'), cell: (m) => m.chair.fullName },
        { key: 'cases', header: t('meetings.columns.cases'), cell: (m) => m.agendaSize },
        {
          key: 'status',
          header: t('meetings.columns.status'),
          cell: (m) => <MeetingStatusBadge status={m.status} />,
          nowrap: true,
        },
      ]}
    />
  );
}
