import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { LoadMore } from '../../components/LoadMore';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { type Role, ROLES, useInstitutionSettings, type UserFilter, useUsers } from './use-users';
import { UsersTable } from './UsersTable';

const ACTIVE_FILTERS = ['true', 'false'] as const;

/** Every account, found by name or email, by role or state; the filters live in the address. */
export function UsersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? '';
  const role = ROLES.find((r) => r === params.get('role')) ?? null;
  const active = ACTIVE_FILTERS.find((a) => a === params.get('active')) ?? null;
  const [q] = useDebouncedValue(text.trim(), 300);
  const settings = useInstitutionSettings();

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

  const filter: UserFilter = {
    ...(q ? { q } : {}),
    ...(role ? { role } : {}),
    ...(active ? { active: active === 'true' } : {}),
  };
  const users = useUsers(filter);
  const filtered = Boolean(q || role || active);

  return (
    <Stack>
      <PageTitle>{t('admin.users.title')}</PageTitle>
      <Group align="flex-end" justify="space-between" wrap="wrap">
        <Group align="flex-end" wrap="wrap">
          <TextInput
            type="search"
            label={t('admin.users.search')}
            description={t('admin.users.searchHint')}
            value={text}
            onChange={(event) => setParam('q', event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            w={300}
            maw="100%"
          />
          <NativeSelect
            label={t('admin.users.filterRole')}
            value={role ?? ''}
            onChange={(event) => setParam('role', event.currentTarget.value || null)}
            data={[
              { value: '', label: t('admin.users.allRoles') },
              ...ROLES.map((r: Role) => ({ value: r, label: t(`enums.role.${r}`) })),
            ]}
            w={200}
          />
          <NativeSelect
            label={t('admin.users.filterActive')}
            value={active ?? ''}
            onChange={(event) => setParam('active', event.currentTarget.value || null)}
            data={[
              { value: '', label: t('admin.users.allAccounts') },
              { value: 'true', label: t('admin.users.activeOnly') },
              { value: 'false', label: t('admin.users.inactiveOnly') },
            ]}
            w={200}
          />
        </Group>
        <Button component={Link} to="/admin/users/new">
          {t('admin.users.create')}
        </Button>
      </Group>
      <QueryState query={users}>
        {() => (
          <>
            <UsersTable
              label={t('admin.users.title')}
              users={users.data?.items ?? []}
              timeZone={settings.data?.timeZone}
              empty={filtered ? t('admin.users.noMatch') : t('admin.users.none')}
            />
            <LoadMore query={users} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
