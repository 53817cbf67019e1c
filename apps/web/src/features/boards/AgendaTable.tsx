import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataTable } from '../../components/DataTable';
import { StatusBadge } from '../../components/StatusBadge';
import type { AgendaItem } from './use-meeting';

interface AgendaTableProps {
  meetingId: string;
  items: AgendaItem[];
  defaultMinutes: number;
  /** The signed-in clinician's specialist profile: their cases are marked. */
  specialistId: string | null;
}

/** The agenda in order, each case with its question, presenter and time, and links to prepare it. */
export function AgendaTable({ meetingId, items, defaultMinutes, specialistId }: AgendaTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable
      label={t('boards.agenda')}
      rows={items}
      rowKey={(item) => item.case.id}
      empty={t('boards.agendaEmpty')}
      columns={[
        {
          key: 'position',
          header: t('boards.columns.position'),
          cell: (item) => item.position,
          nowrap: true,
        },
        {
          key: 'patient',
          header: t('boards.columns.patient'),
          cell: (item) => (
            <>
              <Anchor component={Link} to={`/cases/${item.case.id}`} size="sm" fw={500}>
                {item.case.patient.fullName}
              </Anchor>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {t('boards.mrn', { mrn: item.case.patient.mrn })}
              </Text>
            </>
          ),
        },
        {
          key: 'presenter',
          header: t('boards.columns.presenter'),
          cell: (item) => {
            const presenter = item.case.presentingSpecialist;
            const mine = specialistId !== null && presenter?.id === specialistId;
            return (
              <Stack gap={4} align="flex-start">
                <Text size="sm">{presenter?.fullName ?? t('boards.noPresenter')}</Text>
                {mine && <StatusBadge tone="active">{t('boards.youPresent')}</StatusBadge>}
              </Stack>
            );
          },
        },
        {
          key: 'question',
          header: t('boards.columns.question'),
          cell: (item) => (
            <Text size="sm" maw={420}>
              {item.case.questionForBoard ?? t('boards.noQuestion')}
            </Text>
          ),
        },
        {
          key: 'minutes',
          header: t('boards.columns.minutes'),
          nowrap: true,
          cell: (item) =>
            item.plannedMinutes === null
              ? t('boards.defaultMinutes', { minutes: defaultMinutes })
              : t('boards.minutes', { minutes: item.plannedMinutes }),
        },
        {
          key: 'preRead',
          header: t('boards.columns.preRead'),
          nowrap: true,
          cell: (item) => (
            <Anchor
              component={Link}
              to={`/meetings/${meetingId}/cases/${item.case.id}/pre-read`}
              size="sm"
              aria-label={t('boards.preReadFor', { name: item.case.patient.fullName })}
            >
              {t('boards.preRead')}
            </Anchor>
          ),
        },
      ]}
    />
  );
}
