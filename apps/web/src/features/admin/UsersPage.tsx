import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { LoadMore } from '../../components/LoadMore';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useInstitutionSettings, useUsers } from './use-users';
import { UsersTable } from './UsersTable';

export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const settings = useInstitutionSettings();
  return (
    <Stack>
      <PageTitle>{t('users.title')}</PageTitle>
      <QueryState query={users}>
        {() => (
          <>
            <UsersTable
              label={t('users.title')}
              users={users.data?.items ?? []}
              timeZone={settings.data?.timeZone}
            />
            <LoadMore query={users} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
