import { Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { LoadMore } from '../../components/LoadMore';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useMe } from '../auth/use-me';
import { CasesTable } from './CasesTable';
import { type CaseFilter, type CaseStatus, useCases } from './use-cases';

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

/** Every case the reader may see, by state, by text, or only their own; the filters live in the URL. */
export function CasesPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as CaseStatus | null) ?? null;
  const text = params.get('q') ?? '';
  const mine = params.get('mine') === '1' && Boolean(me?.specialistId);
  const [q] = useDebouncedValue(text.trim(), 300);

  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const filter: Omit<CaseFilter, 'cursor'> = {
    ...(status ? { status } : {}),
    ...(q ? { q } : {}),
    ...(mine && me?.specialistId ? { presentingSpecialistId: me.specialistId } : {}),
  };
  const cases = useCases(filter);
  return (
    <Stack>
      <PageTitle>{t('cases.title')}</PageTitle>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('cases.search')}
          description={t('cases.searchHint')}
          type="search"
          value={text}
          onChange={(event) => setParam('q', event.currentTarget.value)}
          w={320}
        />
        <Select
          label={t('cases.filterByStatus')}
          placeholder={t('cases.allStatuses')}
          data={STATUSES.map((s) => ({ value: s, label: t(`enums.caseStatus.${s}`) }))}
          value={status}
          onChange={(value) => setParam('status', value)}
          clearable
          clearButtonProps={{ 'aria-label': t('cases.clearStatus') }}
          w={240}
        />
        {me?.specialistId && (
          <Checkbox
            label={t('cases.mineOnly')}
            checked={mine}
            onChange={(event) => setParam('mine', event.currentTarget.checked ? '1' : null)}
            mb={8}
          />
        )}
      </Group>
      <QueryState query={cases}>
        {() => (
          <>
            <CasesTable
              label={t('cases.title')}
              cases={cases.data?.items ?? []}
              empty={t('cases.none')}
              showPresenter={!mine}
            />
            <LoadMore query={cases} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
