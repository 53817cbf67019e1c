import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { SUPPORTIVE_CARE_SERVICES } from '@consilium/domain';

import { DataTable } from '../../components/DataTable';
import { useFormatters } from '../../components/format';
import { LoadMore } from '../../components/LoadMore';
import { QueryState } from '../../components/QueryState';
import { StatusBadge } from '../../components/StatusBadge';
import { type AwaitingSignature, useAwaitingSignature } from './use-letter';

/** What a letter still needs before it can be signed, as the list says it. */
function ToDo({ item }: { item: AwaitingSignature }) {
  const { t } = useTranslation();
  const total = SUPPORTIVE_CARE_SERVICES.length;
  const careComplete = item.supportiveCareRecorded >= total;
  if (item.hasAddressee && careComplete) {
    return <StatusBadge tone="success">{t('letter.awaiting.ready')}</StatusBadge>;
  }
  return (
    <Stack gap={2}>
      {!item.hasAddressee && <Text size="sm">{t('letter.awaiting.needsAddressee')}</Text>}
      {!careComplete && (
        <Text size="sm">
          {t('letter.awaiting.supportiveCare', { count: item.supportiveCareRecorded, total })}
        </Text>
      )}
    </Stack>
  );
}

/** The decisions the signed-in chair still has to sign the letter of, oldest first. */
export function AwaitingSignatureList({ label }: { label: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const awaiting = useAwaitingSignature();
  return (
    <QueryState query={awaiting}>
      {() => (
        <Stack gap="sm">
          <DataTable
            label={label}
            rows={awaiting.data?.items ?? []}
            rowKey={(item) => item.id}
            empty={t('letter.awaiting.empty')}
            columns={[
              {
                key: 'patient',
                header: t('letter.awaiting.columns.patient'),
                cell: (item) => (
                  <>
                    <Anchor component={Link} to={`/cases/${item.caseId}`} size="sm" fw={500}>
                      {item.patient.fullName}
                    </Anchor>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {t('letter.awaiting.mrn', { mrn: item.patient.mrn })}
                    </Text>
                  </>
                ),
              },
              {
                key: 'board',
                header: t('letter.awaiting.columns.board'),
                cell: (item) => item.meeting.title,
              },
              {
                key: 'decided',
                header: t('letter.awaiting.columns.decided'),
                cell: (item) => format.dateTime(item.adoptedAt),
                nowrap: true,
              },
              {
                key: 'toDo',
                header: t('letter.awaiting.columns.toDo'),
                cell: (item) => <ToDo item={item} />,
              },
            ]}
          />
          <LoadMore query={awaiting} />
        </Stack>
      )}
    </QueryState>
  );
}
