import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { type Permission, useMe } from './use-me';

/** A page the navigation hides from this role, reached by its address: say so instead of failing. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return null;
  if (!me.permissions.includes(permission)) {
    return (
      <Alert color="gray" title={t('common.noAccessTitle')}>
        {t('common.noAccess')}
      </Alert>
    );
  }
  return <>{children}</>;
}
