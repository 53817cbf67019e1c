import { useTranslation } from 'react-i18next';

import { DataTable } from '../../components/DataTable';
import { useFormatters } from '../../components/format';
import { StatusBadge } from '../../components/StatusBadge';
import type { User } from './use-users';

export function UsersTable({ label, users, timeZone }: { label: string; users: User[]; timeZone?: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <DataTable
      label={label}
      rows={users}
      rowKey={(u) => u.id}
      empty={t('users.none')}
      columns={[
        { key: 'name', header: t('users.columns.name'), cell: (u) => u.displayName },
        { key: 'email', header: t('users.columns.email'), cell: (u) => u.email },
        { key: 'role', header: t('users.columns.role'), cell: (u) => t(`enums.role.${u.role}`) },
        {
          key: 'discipline',
          header: t('users.columns.discipline'),
          cell: (u) => (u.discipline ? t(`enums.discipline.${u.discipline}`) : '—'),
        },
        {
          key: 'active',
          header: t('users.columns.status'),
          nowrap: true,
          cell: (u) => (
            <StatusBadge tone={u.active ? 'success' : 'neutral'}>
              {u.active ? t('users.active') : t('users.inactive')}
            </StatusBadge>
          ),
        },
        {
          key: 'created',
          header: t('users.columns.created'),
          cell: (u) => format.date(u.createdAt, timeZone),
          nowrap: true,
        },
      ]}
    />
  );
}
