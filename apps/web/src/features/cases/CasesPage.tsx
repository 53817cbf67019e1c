import { Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { LoadMore } from '../../components/LoadMore';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { CasesTable } from './CasesTable';
import { type CaseStatus, useCases } from './use-cases';

const STATUSES: CaseStatus[] = [
  'draft',
  'submitted',
  'accepted',
  'scheduled',
  'deferred',
  'decided',
  'closed',
  'withdrawn',
];

export function CasesPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<CaseStatus | null>(null);
  const cases = useCases(status ? { status } : {});
  return (
    <Stack>
      <PageTitle>{t('cases.title')}</PageTitle>
      <Select
        label={t('cases.filterByStatus')}
        placeholder={t('cases.allStatuses')}
        data={STATUSES.map((s) => ({ value: s, label: t(`enums.caseStatus.${s}`) }))}
        value={status}
        onChange={(value) => setStatus(value as CaseStatus | null)}
        clearable
        clearButtonProps={{ 'aria-label': t('cases.clearStatus') }}
        maw={280}
      />
      <QueryState query={cases}>
        {() => (
          <>
            <CasesTable label={t('cases.title')} cases={cases.data?.items ?? []} empty={t('cases.none')} />
            <LoadMore query={cases} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
