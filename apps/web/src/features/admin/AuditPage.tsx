import {
  Alert,
  Autocomplete,
  Button,
  Group,
  NativeSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { formatInTimeZone } from '@consilium/domain';

import { ApiError } from '../../api/client';
import { downloadText } from '../../components/download';
import { LoadMore } from '../../components/LoadMore';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { AUDIT_CSV_COLUMNS, auditCsv, type AuditCsvColumn } from './audit-csv';
import {
  AUDIT_ENTITY_TYPES,
  AUDIT_FILTER_KEYS,
  AUDIT_OUTCOMES,
  type AuditFilter,
  auditQuery,
  hasAuditFilter,
  isUuid,
  KNOWN_AUDIT_ACTIONS,
  readAuditFilter,
} from './audit-filter';
import { AuditTable, entityTypeLabel } from './AuditTable';
import { type ExportResult, MAX_EXPORT_ROWS, useAuditExport, useAuditLog } from './use-audit';
import { useInstitutionSettings, useUserNames, useUsers } from './use-users';

/**
 * The audit log, newest first: who did what to which entity, when, and with what outcome. Filters
 * live in the address (times in the institution's zone); the filtered log exports as CSV.
 */
export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = readAuditFilter(params);
  const settings = useInstitutionSettings();
  const timeZone = settings.data?.timeZone;

  const setParam = useCallback(
    (key: keyof AuditFilter, value: string | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const clearFilters = () =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const key of AUDIT_FILTER_KEYS) next.delete(key);
        return next;
      },
      { replace: true },
    );

  // Typing in the action field must not send a request per letter: the query waits for a pause.
  const queryKey = JSON.stringify(timeZone ? auditQuery(filter, timeZone) : null);
  const [debouncedKey] = useDebouncedValue(queryKey, 300);
  // The first query goes as soon as the zone is known; later ones once typing pauses.
  const settledKey = debouncedKey === 'null' ? queryKey : debouncedKey;
  const query = useMemo(() => JSON.parse(settledKey) as ReturnType<typeof auditQuery> | null, [settledKey]);
  const log = useAuditLog(query ?? {}, { enabled: query !== null });
  const entries = log.data?.items ?? [];
  const names = useUserNames(entries.map((e) => e.actorId).filter((id): id is string => id !== null));
  const invalid = log.error instanceof ApiError && log.error.status === 400 ? log.error.invalidFields : [];

  return (
    <Stack>
      <PageTitle>{t('admin.audit.title')}</PageTitle>
      <Text size="sm" c="dimmed" maw={760}>
        {t('admin.audit.intro')}
      </Text>
      <Filters filter={filter} timeZone={timeZone} setParam={setParam} onClear={clearFilters} />
      {timeZone && <AuditExport query={query ?? {}} timeZone={timeZone} filtered={hasAuditFilter(filter)} />}
      {invalid.length > 0 ? (
        <Alert color="red" title={t('admin.audit.refusedTitle')}>
          {t('admin.audit.refused', { fields: invalid.join(', ') })}
        </Alert>
      ) : (
        <QueryState query={settings.isPending ? settings : log}>
          {() => (
            <>
              <AuditTable
                entries={entries}
                names={names}
                timeZone={timeZone}
                empty={hasAuditFilter(filter) ? t('admin.audit.noMatch') : t('admin.audit.none')}
              />
              <LoadMore query={log} />
            </>
          )}
        </QueryState>
      )}
    </Stack>
  );
}

interface FiltersProps {
  filter: AuditFilter;
  timeZone?: string;
  setParam: (key: keyof AuditFilter, value: string | null) => void;
  onClear: () => void;
}

function Filters({ filter, timeZone, setParam, onClear }: FiltersProps) {
  const { t } = useTranslation();
  const entityTypes: string[] = [...AUDIT_ENTITY_TYPES];
  if (filter.entityType && !entityTypes.includes(filter.entityType)) entityTypes.push(filter.entityType);
  const zoneHint = timeZone ? t('admin.audit.zoneHint', { timeZone }) : undefined;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('admin.audit.filters')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <ActorSelect value={filter.actorId} onChange={(id) => setParam('actorId', id)} />
          <NativeSelect
            label={t('admin.audit.entityType')}
            value={filter.entityType ?? ''}
            onChange={(event) => setParam('entityType', event.currentTarget.value || null)}
            data={[
              { value: '', label: t('admin.audit.allEntityTypes') },
              ...entityTypes.map((type) => ({ value: type, label: entityTypeLabel(type, t) })),
            ]}
          />
          <UuidField
            label={t('admin.audit.entityId')}
            value={filter.entityId}
            onChange={(id) => setParam('entityId', id)}
          />
          <ActionField value={filter.action} onChange={(action) => setParam('action', action)} />
          <NativeSelect
            label={t('admin.audit.outcome')}
            value={filter.outcome ?? ''}
            onChange={(event) => setParam('outcome', event.currentTarget.value || null)}
            data={[
              { value: '', label: t('admin.audit.allOutcomes') },
              ...AUDIT_OUTCOMES.map((o) => ({ value: o, label: t(`admin.audit.outcomes.${o}`) })),
            ]}
          />
          <TextInput
            type="datetime-local"
            label={t('admin.audit.from')}
            description={zoneHint}
            value={filter.from ?? ''}
            onChange={(event) => setParam('from', event.currentTarget.value || null)}
          />
          <TextInput
            type="datetime-local"
            label={t('admin.audit.to')}
            description={t('admin.audit.toHint')}
            value={filter.to ?? ''}
            onChange={(event) => setParam('to', event.currentTarget.value || null)}
          />
        </SimpleGrid>
        <Group>
          <Button variant="default" size="xs" onClick={onClear} disabled={!hasAuditFilter(filter)}>
            {t('admin.audit.clearFilters')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** An id typed or pasted: sent once it is a whole UUID, said so until then. */
function UuidField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  // The field follows the address when it changes otherwise (a link, Back, "clear filters").
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (text.trim().toLowerCase() !== (value ?? '')) setText(value ?? '');
  }
  const trimmed = text.trim();
  const invalid = trimmed !== '' && !isUuid(trimmed);
  return (
    <TextInput
      label={label}
      value={text}
      spellCheck={false}
      autoComplete="off"
      ff="monospace"
      error={invalid ? t('admin.audit.notAnId') : undefined}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const id = next.trim();
        if (id === '') onChange(null);
        else if (isUuid(id)) onChange(id.toLowerCase());
      }}
    />
  );
}

function ActionField({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (action: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Autocomplete
      label={t('admin.audit.action')}
      description={t('admin.audit.actionHint')}
      data={[...KNOWN_AUDIT_ACTIONS]}
      value={value ?? ''}
      onChange={(next) => onChange(next.trim() || null)}
      limit={12}
      spellCheck={false}
      autoComplete="off"
    />
  );
}

/** A user by name or email (searched on the API), or an id pasted as such. */
function ActorSelect({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const names = useUserNames(value ? [value] : []);
  const selectedLabel = value ? (names.get(value) ?? value) : null;
  const [q] = useDebouncedValue(search.trim(), 300);
  const searching = q !== '' && q !== selectedLabel && !isUuid(q);
  const users = useUsers(searching ? { q, limit: 20 } : { limit: 20 });

  const options = new Map<string, string>();
  if (value && selectedLabel) options.set(value, selectedLabel);
  for (const user of users.data?.items ?? []) {
    if (!options.has(user.id))
      options.set(user.id, t('admin.audit.actorOption', { name: user.displayName, email: user.email }));
  }
  const pasted = search.trim().toLowerCase();
  if (isUuid(pasted) && !options.has(pasted)) options.set(pasted, t('admin.audit.actorById', { id: pasted }));

  return (
    <Select
      label={t('admin.audit.actor')}
      description={t('admin.audit.actorHint')}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('admin.audit.clearActor') }}
      data={[...options].map(([id, label]) => ({ value: id, label }))}
      value={value}
      onChange={(id) => onChange(id)}
      searchValue={search}
      onSearchChange={setSearch}
      // The API has already matched the text; the list shows its answer as it is.
      filter={({ options: all }) => all}
      nothingFoundMessage={users.isFetching ? t('common.loading') : t('admin.audit.noActor')}
    />
  );
}

function fileStamp(timeZone: string): string {
  // 2026-11-01T08:05:00+01:00 → 20261101-0805
  const local = formatInTimeZone(new Date(), timeZone);
  return `${local.slice(0, 10).replace(/-/g, '')}-${local.slice(11, 16).replace(':', '')}`;
}

function AuditExport({
  query,
  timeZone,
  filtered,
}: {
  query: ReturnType<typeof auditQuery>;
  timeZone: string;
  filtered: boolean;
}) {
  const { t, i18n } = useTranslation();
  const onDone = useCallback(
    ({ entries, names }: ExportResult) => {
      const headings = Object.fromEntries(
        AUDIT_CSV_COLUMNS.map((column) => [column, t(`admin.audit.csv.${column}`)]),
      ) as Record<AuditCsvColumn, string>;
      const csv = auditCsv(entries, { timeZone, headings, actorName: (id) => names.get(id) });
      downloadText(csv, `consilium-audit-${fileStamp(timeZone)}.csv`);
    },
    [t, timeZone],
  );
  const { state, start, cancel } = useAuditExport(onDone);
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  return (
    <Stack gap="xs" maw={640}>
      <Group>
        <Button
          variant="light"
          onClick={() => void start(query)}
          loading={state.status === 'running'}
          disabled={state.status === 'running'}
        >
          {filtered ? t('admin.audit.export.filtered') : t('admin.audit.export.all')}
        </Button>
        {state.status === 'running' && (
          <Button variant="default" onClick={cancel}>
            {t('admin.audit.export.cancel')}
          </Button>
        )}
      </Group>
      <div role="status">
        {state.status === 'running' && (
          <Text size="sm">
            {t('admin.audit.export.progress', { count: state.fetched, fetched: number(state.fetched) })}
          </Text>
        )}
        {state.status === 'done' && (
          <Text size="sm">
            {state.truncated
              ? t('admin.audit.export.truncated', { max: number(MAX_EXPORT_ROWS) })
              : t('admin.audit.export.done', { count: state.rows, rows: number(state.rows) })}
          </Text>
        )}
        {state.status === 'cancelled' && <Text size="sm">{t('admin.audit.export.cancelled')}</Text>}
      </div>
      {state.status === 'failed' && (
        <Alert color="red" role="alert" title={t('admin.common.failedTitle')}>
          {t('admin.audit.export.failed')}
        </Alert>
      )}
    </Stack>
  );
}
