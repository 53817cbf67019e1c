import { Anchor, Code, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataTable } from '../../components/DataTable';
import { useFormatters } from '../../components/format';
import { StatusBadge, type StatusTone } from '../../components/StatusBadge';
import type { AuditEntry } from './audit-csv';
import { summariseDetails } from './audit-details';
import { AUDIT_ENTITY_TYPES, type AuditOutcome } from './audit-filter';
import { ROLES } from './use-users';

const OUTCOME_TONES: Record<AuditOutcome, StatusTone> = {
  success: 'success',
  failure: 'warning',
  denied: 'danger',
};

export function entityTypeLabel(type: string, t: TFunction): string {
  const known = AUDIT_ENTITY_TYPES.find((e) => e === type);
  return known ? t(`admin.audit.entityTypes.${known}`) : type;
}

function roleLabel(role: string | null, t: TFunction): string | null {
  const known = ROLES.find((r) => r === role);
  return known ? t(`enums.role.${known}`) : role;
}

interface AuditTableProps {
  entries: AuditEntry[];
  names: Map<string, string>;
  timeZone?: string;
  empty: string;
}

/** Entries newest first; details as short text (ids, field names and states, never clinical values). */
export function AuditTable({ entries, names, timeZone, empty }: AuditTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <DataTable<AuditEntry>
      label={t('admin.audit.tableLabel')}
      rows={entries}
      rowKey={(e) => e.id}
      empty={empty}
      columns={[
        {
          key: 'time',
          header: t('admin.audit.columns.time'),
          nowrap: true,
          cell: (e) => format.dateTime(e.occurredAt, timeZone),
        },
        {
          key: 'actor',
          header: t('admin.audit.columns.actor'),
          cell: (e) => {
            const role = roleLabel(e.actorRole, t);
            return (
              <Stack gap={0}>
                {e.actorId ? (
                  <Anchor component={Link} to={`/admin/users/${e.actorId}`} size="sm">
                    {names.get(e.actorId) ?? t('admin.audit.unknownActor')}
                  </Anchor>
                ) : (
                  <Text size="sm">{t('admin.audit.system')}</Text>
                )}
                {role && (
                  <Text size="xs" c="dimmed">
                    {role}
                  </Text>
                )}
              </Stack>
            );
          },
        },
        {
          key: 'action',
          header: t('admin.audit.columns.action'),
          nowrap: true,
          cell: (e) => <Code>{e.action}</Code>,
        },
        {
          key: 'entity',
          header: t('admin.audit.columns.entity'),
          cell: (e) => (
            <Stack gap={0}>
              <Text size="sm">{entityTypeLabel(e.entityType, t)}</Text>
              {e.entityId && (
                <Anchor
                  component={Link}
                  to={`/admin/audit?entityType=${encodeURIComponent(e.entityType)}&entityId=${e.entityId}`}
                  size="xs"
                  ff="monospace"
                  aria-label={t('admin.audit.onlyThisEntity', { id: e.entityId })}
                >
                  {e.entityId}
                </Anchor>
              )}
            </Stack>
          ),
        },
        {
          key: 'outcome',
          header: t('admin.audit.columns.outcome'),
          nowrap: true,
          cell: (e) => (
            <StatusBadge tone={OUTCOME_TONES[e.outcome]}>
              {t(`admin.audit.outcomes.${e.outcome}`)}
            </StatusBadge>
          ),
        },
        {
          key: 'details',
          header: t('admin.audit.columns.details'),
          cell: (e) => {
            const parts = summariseDetails(e.details);
            if (parts.length === 0) return '—';
            return (
              <Stack gap={0} maw={360}>
                {parts.map((part, i) => (
                  <Text key={i} size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                    {part}
                  </Text>
                ))}
              </Stack>
            );
          },
        },
      ]}
    />
  );
}
