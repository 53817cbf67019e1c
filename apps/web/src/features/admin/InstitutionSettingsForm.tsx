import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { type ReactNode, useMemo, useState } from 'react';
import { type Control, Controller, type FieldError, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { LETTER_LANGUAGES } from '@consilium/domain';

import { useNotify } from '../../components/notify';
import type adminEn from '../../i18n/admin.en.json';
import { problemsByField } from './api-errors';
import { ConfirmModal } from './ConfirmModal';
import { ResetToDefault } from './ResetToDefault';
import { formatSettingValue, INSTITUTION_FIELDS, type InstitutionField } from './settings-fields';
import {
  type InstitutionSettings,
  type InstitutionSettingsInput,
  useUpdateInstitutionSettings,
} from './use-settings';
import { DISCIPLINES } from './use-users';

type ErrorCode = keyof (typeof adminEn)['settings']['errors'];

// The API's limits (UpdateInstitutionSettingsDto); it checks them again.
const MIN_DAYS = 1;
const MAX_DAYS = 365;

const days = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const n = typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isInteger(n) || n < MIN_DAYS || n > MAX_DAYS) {
    ctx.addIssue({ code: 'custom', message: 'days' satisfies ErrorCode });
    return z.NEVER;
  }
  return n;
});

const schema = z.object({
  timeZone: z.string().min(1, 'timeZoneRequired' satisfies ErrorCode),
  imagingWindowDays: days,
  quorumDisciplines: z.array(z.enum(DISCIPLINES)).min(1, 'quorumRequired' satisfies ErrorCode),
  followUpOverdueDays: days,
  letterLanguage: z.enum(LETTER_LANGUAGES),
  deputySigning: z.boolean(),
  // The API's rule (UpdateInstitutionSettingsDto): a URI with a scheme, no spaces.
  mrnSystem: z
    .string()
    .trim()
    .max(255, 'mrnSystemTooLong' satisfies ErrorCode)
    .regex(/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/, 'mrnSystemInvalid' satisfies ErrorCode),
});
type FormValues = z.input<typeof schema>;
type ParsedValues = z.output<typeof schema>;

function valuesOf(settings: Pick<InstitutionSettings, InstitutionField>): FormValues {
  return {
    timeZone: settings.timeZone,
    imagingWindowDays: settings.imagingWindowDays,
    quorumDisciplines: [...settings.quorumDisciplines],
    followUpOverdueDays: settings.followUpOverdueDays,
    letterLanguage: settings.letterLanguage,
    deputySigning: settings.deputySigning,
    mrnSystem: settings.mrnSystem,
  };
}

/** Disciplines compare as a set: the order they were ticked in means nothing. */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
  return a === b;
}

/** Every zone the browser knows, with UTC and the one in force even where the list lacks them. */
function timeZoneChoices(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...known, 'UTC', current])].filter(Boolean).sort();
}

/** The reset button of one field, watching that field alone (the others do not re-render with it). */
function FieldReset({
  control,
  name,
  label,
  defaults,
  onReset,
}: {
  control: Control<FormValues, unknown, ParsedValues>;
  name: InstitutionField;
  label: string;
  defaults: InstitutionSettings['defaults'];
  onReset: () => void;
}) {
  const value = useWatch({ control, name });
  return <ResetToDefault field={label} atDefault={same(value, defaults[name])} onReset={onReset} />;
}

/** The institution's settings, each with its documented default; saved after a confirmation. */
export function InstitutionSettingsForm({ settings }: { settings: InstitutionSettings }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const update = useUpdateInstitutionSettings();
  const defaults = settings.defaults;
  const [pending, setPending] = useState<ParsedValues | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const {
    handleSubmit,
    control,
    setValue,
    setError,
    reset,
    formState: { errors, isDirty },
  } = useForm<FormValues, unknown, ParsedValues>({
    resolver: zodResolver(schema),
    defaultValues: valuesOf(settings),
  });
  const zones = useMemo(() => timeZoneChoices(settings.timeZone), [settings.timeZone]);

  const label = (field: InstitutionField) => t(`admin.settings.institution.${field}`);
  const show = (value: unknown, field?: InstitutionField) =>
    formatSettingValue(value, t, i18n.language, field);
  const resetField = (field: InstitutionField) => {
    const value = field === 'quorumDisciplines' ? [...defaults.quorumDisciplines] : defaults[field];
    setValue(field, value, { shouldDirty: true, shouldValidate: true });
  };
  const fieldError = (error: FieldError | undefined) => {
    if (!error?.message) return undefined;
    if (error.type === 'server') return t('admin.common.rejectedWithReason', { problem: error.message });
    return t(`admin.settings.errors.${error.message as ErrorCode}`, { min: MIN_DAYS, max: MAX_DAYS });
  };

  // A setting's control with its "reset to default" below it.
  const withReset = (name: InstitutionField, input: ReactNode) => (
    <Stack gap={4} key={name}>
      {input}
      <Group>
        <FieldReset
          control={control}
          name={name}
          label={label(name)}
          defaults={defaults}
          onReset={() => resetField(name)}
        />
      </Group>
    </Stack>
  );

  const changes = pending
    ? INSTITUTION_FIELDS.filter((f) => !same(pending[f], settings[f])).map((f) => ({
        field: f,
        before: show(settings[f], f),
        after: show(pending[f], f),
      }))
    : [];

  const save = () => {
    if (!pending) return;
    const body: InstitutionSettingsInput = {
      timeZone: pending.timeZone,
      imagingWindowDays: pending.imagingWindowDays,
      quorumDisciplines: pending.quorumDisciplines,
      followUpOverdueDays: pending.followUpOverdueDays,
      letterLanguage: pending.letterLanguage,
      deputySigning: pending.deputySigning,
      mrnSystem: pending.mrnSystem,
    };
    setFailure(null);
    update.mutate(body, {
      onSuccess: (saved) => {
        setPending(null);
        reset(valuesOf(saved));
        notify(t('admin.settings.institution.saved'));
      },
      onError: (error) => {
        const problems = problemsByField(error);
        const named = INSTITUTION_FIELDS.filter((f) => problems[f] !== undefined);
        if (named.length === 0) return;
        setPending(null);
        for (const field of named) setError(field, { type: 'server', message: problems[field] });
        setFailure(t('admin.settings.checkFields'));
      },
    });
  };

  return (
    <form onSubmit={(event) => void handleSubmit((parsed) => setPending(parsed))(event)} noValidate>
      <Stack gap="lg">
        {failure && (
          <Alert color="red" role="alert" title={t('admin.settings.failedTitle')}>
            {failure}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {withReset(
            'timeZone',
            <Controller
              control={control}
              name="timeZone"
              render={({ field }) => (
                <Select
                  label={label('timeZone')}
                  description={t('admin.settings.default', { value: defaults.timeZone })}
                  required
                  searchable
                  data={zones}
                  value={field.value}
                  onChange={(value) => field.onChange(value ?? '')}
                  onBlur={field.onBlur}
                  allowDeselect={false}
                  nothingFoundMessage={t('admin.settings.institution.noZone')}
                  error={fieldError(errors.timeZone)}
                />
              )}
            />,
          )}
          {(['imagingWindowDays', 'followUpOverdueDays'] as const).map((name) =>
            withReset(
              name,
              <Controller
                control={control}
                name={name}
                render={({ field }) => (
                  <NumberInput
                    label={label(name)}
                    description={t('admin.settings.defaultWithHint', {
                      hint: t(`admin.settings.institution.${name}Hint`),
                      value: defaults[name],
                    })}
                    required
                    min={MIN_DAYS}
                    max={MAX_DAYS}
                    allowDecimal={false}
                    allowNegative={false}
                    clampBehavior="none"
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    error={fieldError(errors[name])}
                    w={220}
                  />
                )}
              />,
            ),
          )}
        </SimpleGrid>
        {withReset(
          'quorumDisciplines',
          <Controller
            control={control}
            name="quorumDisciplines"
            render={({ field }) => (
              <Checkbox.Group
                label={label('quorumDisciplines')}
                description={t('admin.settings.default', { value: show(defaults.quorumDisciplines) })}
                value={field.value}
                onChange={field.onChange}
                error={fieldError(errors.quorumDisciplines as FieldError | undefined)}
              >
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt="xs">
                  {DISCIPLINES.map((d) => (
                    <Checkbox key={d} value={d} label={t(`enums.discipline.${d}`)} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            )}
          />,
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {withReset(
            'letterLanguage',
            <Controller
              control={control}
              name="letterLanguage"
              render={({ field }) => (
                <Select
                  label={label('letterLanguage')}
                  description={t('admin.settings.defaultWithHint', {
                    hint: t('admin.settings.institution.letterLanguageHint'),
                    value: show(defaults.letterLanguage, 'letterLanguage'),
                  })}
                  required
                  data={LETTER_LANGUAGES.map((l) => ({ value: l, label: t(`enums.letterLanguage.${l}`) }))}
                  value={field.value}
                  onChange={(value) => {
                    const language = LETTER_LANGUAGES.find((l) => l === value);
                    if (language) field.onChange(language);
                  }}
                  onBlur={field.onBlur}
                  allowDeselect={false}
                  error={fieldError(errors.letterLanguage)}
                  w={220}
                />
              )}
            />,
          )}
          {withReset(
            'deputySigning',
            <Controller
              control={control}
              name="deputySigning"
              render={({ field }) => (
                <Switch
                  label={label('deputySigning')}
                  // Mantine puts the description inside the <label>: without this the switch's name
                  // would be the whole paragraph (it stays the switch's description).
                  aria-label={label('deputySigning')}
                  description={t('admin.settings.defaultWithHint', {
                    hint: t('admin.settings.institution.deputySigningHint'),
                    value: show(defaults.deputySigning),
                  })}
                  checked={field.value}
                  onChange={(event) => field.onChange(event.currentTarget.checked)}
                  onBlur={field.onBlur}
                  error={fieldError(errors.deputySigning)}
                />
              )}
            />,
          )}
        </SimpleGrid>
        {withReset(
          'mrnSystem',
          <Controller
            control={control}
            name="mrnSystem"
            render={({ field }) => (
              <TextInput
                label={label('mrnSystem')}
                description={t('admin.settings.defaultWithHint', {
                  hint: t('admin.settings.institution.mrnSystemHint'),
                  value: defaults.mrnSystem,
                })}
                required
                spellCheck={false}
                autoComplete="off"
                value={field.value}
                onChange={(event) => field.onChange(event.currentTarget.value)}
                onBlur={field.onBlur}
                error={fieldError(errors.mrnSystem)}
                maw={520}
              />
            )}
          />,
        )}
        <Group>
          <Button type="submit" disabled={!isDirty}>
            {t('admin.settings.save')}
          </Button>
          {isDirty && (
            <Button variant="default" onClick={() => reset(valuesOf(settings))}>
              {t('admin.settings.discard')}
            </Button>
          )}
        </Group>
      </Stack>
      <ConfirmModal
        opened={pending !== null}
        title={t('admin.settings.institution.confirmTitle')}
        confirmLabel={t('admin.settings.confirmSave')}
        pending={update.isPending}
        error={update.isError ? t('admin.settings.saveFailed') : null}
        onClose={() => {
          setPending(null);
          update.reset();
        }}
        onConfirm={save}
      >
        {changes.length === 0 ? (
          <Text size="sm">{t('admin.settings.noChanges')}</Text>
        ) : (
          <>
            <Text size="sm">{t('admin.settings.confirmIntro')}</Text>
            <List size="sm" spacing={4}>
              {changes.map((c) => (
                <List.Item key={c.field}>
                  {t('admin.settings.history.change', {
                    field: label(c.field),
                    before: c.before,
                    after: c.after,
                  })}
                </List.Item>
              ))}
            </List>
            <Text size="sm" c="dimmed">
              {t('admin.settings.audited')}
            </Text>
          </>
        )}
      </ConfirmModal>
    </form>
  );
}
