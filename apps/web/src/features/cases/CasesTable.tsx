import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { type Column, DataTable } from '../../components/DataTable';
import { useFormatters } from '../../components/format';
import { CaseStatusBadge } from './CaseStatusBadge';
import { NextStepText } from './NextStepText';
import type { CaseSummary } from './use-cases';

interface CasesTableProps {
  label: string;
  cases: CaseSummary[];
  empty: string;
  /** Off where every case is the reader's own. */
  showPresenter?: boolean;
}

export function CasesTable({ label, cases, empty, showPresenter = true }: CasesTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const columns: (Column<CaseSummary> | false)[] = [
    {
      key: 'patient',
      header: t('cases.columns.patient'),
      cell: (c) => (
        <>
          <Anchor component={Link} to={`/cases/${c.id}`} size="sm" fw={500}>
            {c.patient.fullName}
          </Anchor>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('cases.mrn', { mrn: c.patient.mrn })}
          </Text>
        </>
      ),
    },
    {
      key: 'primary',
      header: t('cases.columns.primarySite'),
      cell: (c) => (c.primarySite ? t(`enums.primarySite.${c.primarySite}`) : t('common.notRecorded')),
    },
    {
      key: 'question',
      header: t('cases.columns.question'),
      cell: (c) => (
        <Text size="sm" lineClamp={2} maw={360}>
          {c.questionForBoard ?? t('common.notRecorded')}
        </Text>
      ),
    },
    showPresenter && {
      key: 'presenter',
      header: t('cases.columns.presenter'),
      cell: (c) => c.presentingSpecialist?.fullName ?? t('common.notRecorded'),
    },
    {
      key: 'next',
      header: t('cases.columns.nextStep'),
      cell: (c) => <NextStepText step={c.nextStep} />,
    },
    {
      key: 'status',
      header: t('cases.columns.status'),
      cell: (c) => <CaseStatusBadge status={c.status} />,
      nowrap: true,
    },
    // Case timestamps are in the browser's zone: clinicians cannot read the institution's (ADR 0011).
    {
      key: 'updated',
      header: t('cases.columns.updated'),
      cell: (c) => format.date(c.updatedAt),
      nowrap: true,
    },
  ];
  return (
    <DataTable
      label={label}
      rows={cases}
      rowKey={(c) => c.id}
      empty={empty}
      columns={columns.filter((c): c is Column<CaseSummary> => c !== false)}
    />
  );
}
