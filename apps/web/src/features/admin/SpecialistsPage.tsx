import { Anchor, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { DataTable } from '../../components/DataTable';
import { LoadMore } from '../../components/LoadMore';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { StatusBadge } from '../../components/StatusBadge';
import { SpecialistFormModal } from './SpecialistForm';
import { type Specialist, useSpecialists } from './use-specialists';
import { DISCIPLINES } from './use-users';

/**
 * The specialist directory: every profile by name (clinicians' own and guests without an account),
 * filtered by discipline in the address; a visiting expert is added here, and profiles corrected.
 */
export function SpecialistsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const discipline = DISCIPLINES.find((d) => d === params.get('discipline')) ?? null;
  const specialists = useSpecialists(discipline);
  // null: closed; 'new': a new profile; else the profile being changed.
  const [editing, setEditing] = useState<Specialist | 'new' | null>(null);

  return (
    <Stack>
      <PageTitle>{t('admin.specialists.title')}</PageTitle>
      <Text size="sm" c="dimmed" maw={720}>
        {t('admin.specialists.intro')}
      </Text>
      <Group align="flex-end" justify="space-between" wrap="wrap">
        <NativeSelect
          label={t('admin.specialists.filterDiscipline')}
          value={discipline ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setParams(value ? { discipline: value } : {}, { replace: true });
          }}
          data={[
            { value: '', label: t('admin.specialists.allDisciplines') },
            ...DISCIPLINES.map((d) => ({ value: d, label: t(`enums.discipline.${d}`) })),
          ]}
          w={280}
        />
        <Button onClick={() => setEditing('new')}>{t('admin.specialists.add')}</Button>
      </Group>
      <QueryState query={specialists}>
        {() => (
          <>
            <DataTable<Specialist>
              label={t('admin.specialists.title')}
              rows={specialists.data?.items ?? []}
              rowKey={(s) => s.id}
              empty={discipline ? t('admin.specialists.noneOfDiscipline') : t('admin.specialists.none')}
              columns={[
                { key: 'name', header: t('admin.fields.fullName'), cell: (s) => s.fullName },
                {
                  key: 'discipline',
                  header: t('admin.fields.discipline'),
                  cell: (s) => t(`enums.discipline.${s.discipline}`),
                },
                { key: 'institution', header: t('admin.fields.institution'), cell: (s) => s.institution },
                {
                  key: 'subSpecialties',
                  header: t('admin.fields.subSpecialties'),
                  cell: (s) => (s.subSpecialties.length > 0 ? s.subSpecialties.join(', ') : '—'),
                },
                {
                  key: 'account',
                  header: t('admin.specialists.account'),
                  nowrap: true,
                  cell: (s) =>
                    s.userId ? (
                      <Anchor component={Link} to={`/admin/users/${s.userId}`} size="sm">
                        {t('admin.specialists.openAccount')}
                      </Anchor>
                    ) : (
                      <StatusBadge tone="info">{t('admin.specialists.noAccount')}</StatusBadge>
                    ),
                },
                {
                  key: 'actions',
                  header: t('admin.specialists.actions'),
                  nowrap: true,
                  cell: (s) => (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEditing(s)}
                      aria-label={t('admin.specialists.editOne', { name: s.fullName })}
                    >
                      {t('admin.specialists.edit')}
                    </Button>
                  ),
                },
              ]}
            />
            <LoadMore query={specialists} />
          </>
        )}
      </QueryState>
      <SpecialistFormModal
        opened={editing !== null}
        specialist={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
      />
    </Stack>
  );
}
