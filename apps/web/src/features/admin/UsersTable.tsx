import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataTable } from '../../components/DataTable';
import { useFormatters } from '../../components/format';
import { StatusBadge } from '../../components/StatusBadge';
import type { User } from './use-users';

interface UsersTableProps {
  label: string;
  users: User[];
  timeZone?: string;
  empty?: string;
}

/** Accounts with role, discipline and state; each name opens the account. */
export function UsersTable({ label, users, timeZone, empty }: UsersTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <DataTable
      label={label}
      rows={users}
      rowKey={(u) => u.id}
      empty={empty ?? t('admin.users.none')}
      columns={[
        {
          key: 'name',
          header: t('admin.users.columns.name'),
          cell: (u) => (
            <Anchor component={Link} to={`/admin/users/${u.id}`} size="sm" fw={500}>
              {u.displayName}
            </Anchor>
          ),
        },
        { key: 'email', header: t('admin.users.columns.email'), cell: (u) => u.email },
        { key: 'role', header: t('admin.users.columns.role'), cell: (u) => t(`enums.role.${u.role}`) },
        {
          key: 'discipline',
          header: t('admin.users.columns.discipline'),
          cell: (u) => (u.discipline ? t(`enums.discipline.${u.discipline}`) : '—'),
        },
        {
          key: 'active',
          header: t('admin.users.columns.status'),
          nowrap: true,
          cell: (u) => <UserStatusBadge active={u.active} />,
        },
        {
          key: 'created',
          header: t('admin.users.columns.created'),
          cell: (u) => format.date(u.createdAt, timeZone),
          nowrap: true,
        },
      ]}
    />
  );
}

export function UserStatusBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={active ? 'success' : 'neutral'}>
      {active ? t('admin.users.active') : t('admin.users.inactive')}
    </StatusBadge>
  );
}
