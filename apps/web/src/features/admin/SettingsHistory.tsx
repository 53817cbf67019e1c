import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useFormatters } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { useMe } from '../auth/use-me';
import { settingsChanges } from './audit-details';
import { formatSettingValue } from './settings-fields';
import { useRecentAudit } from './use-audit';
import { useUserNames } from './use-users';

const RECENT = 5;

interface SettingsHistoryProps {
  /** `institution_settings` or `plan_builder_settings`: the entity type of the block's audit entries. */
  entityType: string;
  /** A field's name as the form labels it. */
  fieldLabel: (field: string) => string;
  timeZone?: string;
}

/** The last changes of a settings block from the audit log: when, who, and each value before → after. */
export function SettingsHistory({ entityType, fieldLabel, timeZone }: SettingsHistoryProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const { data: me } = useMe();
  const canRead = me?.permissions.includes('audit.read') ?? false;
  const recent = useRecentAudit(entityType, RECENT, { enabled: canRead });
  const entries = (recent.data?.items ?? []).filter((e) => e.outcome === 'success');
  const names = useUserNames(entries.map((e) => e.actorId).filter((id): id is string => id !== null));
  if (!canRead) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {t('admin.settings.history.title')}
      </Title>
      <QueryState query={recent}>
        {() =>
          entries.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('admin.settings.history.none')}
            </Text>
          ) : (
            <List spacing="xs" size="sm" listStyleType="none" p={0}>
              {entries.map((entry) => {
                const changes = settingsChanges(entry.details);
                const who = entry.actorId
                  ? (names.get(entry.actorId) ?? t('admin.audit.unknownActor'))
                  : t('admin.audit.system');
                return (
                  <List.Item key={entry.id}>
                    <Text size="sm" fw={500}>
                      {t('admin.settings.history.when', {
                        when: format.dateTime(entry.occurredAt, timeZone),
                        who,
                      })}
                    </Text>
                    {changes.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('admin.settings.history.noValueChanged')}
                      </Text>
                    ) : (
                      <List size="sm" withPadding>
                        {changes.map((change) => (
                          <List.Item key={change.field}>
                            {t('admin.settings.history.change', {
                              field: fieldLabel(change.field),
                              before: formatSettingValue(change.before, t, i18n.language, change.field),
                              after: formatSettingValue(change.after, t, i18n.language, change.field),
                            })}
                          </List.Item>
                        ))}
                      </List>
                    )}
                  </List.Item>
                );
              })}
            </List>
          )
        }
      </QueryState>
      <Anchor component={Link} to={`/admin/audit?entityType=${entityType}`} size="sm">
        {t('admin.settings.history.all')}
      </Anchor>
    </Stack>
  );
}
