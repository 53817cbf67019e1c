import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

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
            {users.hasNextPage && (
              <Group>
                <Button
                  variant="default"
                  onClick={() => void users.fetchNextPage()}
                  loading={users.isFetchingNextPage}
                >
                  {t('common.loadMore')}
                </Button>
              </Group>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
