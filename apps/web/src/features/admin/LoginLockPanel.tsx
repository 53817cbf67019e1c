import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { DataTable } from '../../components/DataTable';
import { useFormatters } from '../../components/format';
import { useNotify } from '../../components/notify';
import { QueryState } from '../../components/QueryState';
import { StatusBadge } from '../../components/StatusBadge';
import { type LoginLock, useClearLoginLock, useLoginLock } from './use-users';

type Address = LoginLock['addresses'][number];

/** Recent failed sign-ins of an account by address, whether it is locked out, and the way to end it. */
export function LoginLockPanel({ userId, timeZone }: { userId: string; timeZone?: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const notify = useNotify();
  const lock = useLoginLock(userId);
  const clear = useClearLoginLock(userId);
  return (
    <QueryState query={lock}>
      {() => {
        const addresses = lock.data?.addresses ?? [];
        return (
          <Stack gap="sm">
            <Group gap="xs">
              <StatusBadge tone={lock.data?.locked ? 'danger' : 'success'}>
                {lock.data?.locked ? t('admin.lock.locked') : t('admin.lock.notLocked')}
              </StatusBadge>
            </Group>
            <Text size="sm" c="dimmed">
              {t('admin.lock.explanation')}
            </Text>
            <DataTable<Address>
              label={t('admin.lock.tableLabel')}
              rows={addresses}
              rowKey={(a) => a.address}
              empty={t('admin.lock.noFailures')}
              columns={[
                {
                  key: 'address',
                  header: t('admin.lock.columns.address'),
                  cell: (a) => a.address,
                  nowrap: true,
                },
                { key: 'failures', header: t('admin.lock.columns.failures'), cell: (a) => a.failures },
                {
                  key: 'lockedUntil',
                  header: t('admin.lock.columns.lockedUntil'),
                  nowrap: true,
                  cell: (a) =>
                    a.lockedUntil ? format.dateTime(a.lockedUntil, timeZone) : t('admin.lock.notLockedHere'),
                },
              ]}
            />
            {clear.isError && (
              <Alert color="red" role="alert" title={t('admin.common.failedTitle')}>
                {t('admin.lock.clearFailed')}
              </Alert>
            )}
            <Group>
              <Button
                variant={lock.data?.locked ? 'filled' : 'default'}
                disabled={addresses.length === 0}
                loading={clear.isPending}
                onClick={() => clear.mutate(undefined, { onSuccess: () => notify(t('admin.lock.cleared')) })}
              >
                {t('admin.lock.clear')}
              </Button>
            </Group>
          </Stack>
        );
      }}
    </QueryState>
  );
}
