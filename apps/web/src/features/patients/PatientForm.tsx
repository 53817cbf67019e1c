import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { type FieldError, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';

import { ApiError } from '../../api/client';
import { useFormatters } from '../../components/format';
import type patientsEn from '../../i18n/patients.en.json';
import { isWellFormedMrn, sameMrn } from './mrn';
import { type MrnHolder, mrnTakenBy, type PatientInput, useMrnHolderLookup } from './use-patients';

type ErrorCode = keyof (typeof patientsEn)['form']['errors'];
type Failure = keyof (typeof patientsEn)['form']['failure'];

const SEXES = ['female', 'male', 'other', 'unknown'] as const satisfies readonly PatientInput['sex'][];
const FIELDS = ['mrn', 'fullName', 'birthDate', 'sex'] as const;
type Field = (typeof FIELDS)[number];

/** Today in the browser's calendar, as a calendar date (YYYY-MM-DD). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// Messages are codes under patients.form.errors, translated when shown. The rules are the API's own.
const schema = z.object({
  mrn: z
    .string()
    .trim()
    .min(1, 'mrnRequired' satisfies ErrorCode)
    .refine(isWellFormedMrn, 'mrnInvalid' satisfies ErrorCode),
  fullName: z
    .string()
    .trim()
    .min(1, 'fullNameRequired' satisfies ErrorCode)
    .max(200, 'fullNameTooLong' satisfies ErrorCode),
  birthDate: z
    .string()
    .min(1, 'birthDateRequired' satisfies ErrorCode)
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'birthDateInvalid' satisfies ErrorCode)
    .refine((value) => value <= today(), 'birthDateFuture' satisfies ErrorCode)
    .refine((value) => value >= '1900-01-01', 'birthDateTooEarly' satisfies ErrorCode),
  sex: z.string().pipe(z.enum(SEXES, { error: 'sexRequired' satisfies ErrorCode })),
});
type FormValues = z.input<typeof schema>;

function problemsByField(error: ApiError): Partial<Record<Field, string>> {
  const details = error.body?.details;
  const found: Partial<Record<Field, string>> = {};
  if (!Array.isArray(details)) return found;
  for (const detail of details as unknown[]) {
    if (!detail || typeof detail !== 'object' || !('field' in detail)) continue;
    const field = String(detail.field);
    if (!(FIELDS as readonly string[]).includes(field)) continue;
    const problems =
      'problems' in detail && Array.isArray(detail.problems) ? detail.problems.map(String) : [];
    found[field as Field] = problems.join('; ');
  }
  return found;
}

interface PatientFormProps {
  /** The registration being corrected; empty fields for a new one. */
  defaultValues?: PatientInput;
  /** The patient being corrected: their own MRN is not someone else's. */
  patientId?: string;
  submitLabel: string;
  /** Sends the values; a rejected promise (an `ApiError`) is shown on the form. */
  onSubmit: (values: PatientInput) => Promise<unknown>;
  onCancel: () => void;
}

/**
 * A patient's registration: MRN, name, birth date and sex. An MRN already registered is shown as
 * that patient, as soon as the field is left, so nobody fills in the rest for a duplicate.
 */
export function PatientForm({ defaultValues, patientId, submitLabel, onSubmit, onCancel }: PatientFormProps) {
  const { t } = useTranslation();
  const lookup = useMrnHolderLookup();
  const [holder, setHolder] = useState<{ mrn: string; patient: MrnHolder } | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<FormValues, unknown, PatientInput>({
    resolver: zodResolver(schema),
    defaultValues: defaultValues ?? { mrn: '', fullName: '', birthDate: '', sex: '' },
  });
  // The form opens on a click: take the reader to its first field.
  useEffect(() => setFocus('mrn'), [setFocus]);
  const mrn = useWatch({ control, name: 'mrn' });
  // A holder found for another MRN than the one now typed is not shown.
  const shownHolder = holder && sameMrn(holder.mrn, mrn) ? holder.patient : null;

  async function findHolder(value: string, fresh = false): Promise<MrnHolder | null> {
    if (!isWellFormedMrn(value)) return null;
    if (defaultValues && sameMrn(value, defaultValues.mrn)) return null;
    try {
      const found = await lookup.byMrn(value, { fresh });
      const other = found && found.id !== patientId ? found : null;
      setHolder(other ? { mrn: value, patient: other } : null);
      return other;
    } catch {
      // The check is a courtesy: the API refuses a duplicate anyway (409), shown the same way.
      return null;
    }
  }

  async function showFailure(error: unknown, values: PatientInput) {
    const taken = mrnTakenBy(error);
    if (taken.taken) {
      const named = taken.patientId ? await lookup.byId(taken.patientId).catch(() => null) : null;
      const found = named ?? (await findHolder(values.mrn, true));
      if (found && found.id !== patientId) setHolder({ mrn: values.mrn, patient: found });
      else setError('mrn', { type: 'taken', message: 'mrnTaken' satisfies ErrorCode }, { shouldFocus: true });
      return;
    }
    if (error instanceof ApiError && error.status === 400) {
      const problems = problemsByField(error);
      for (const field of FIELDS) {
        const problem = problems[field];
        if (problem !== undefined) setError(field, { type: 'server', message: problem });
      }
      setFailure('checkFields');
      return;
    }
    setFailure(error instanceof ApiError && error.status === 403 ? 'forbidden' : 'failed');
  }

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    if (await findHolder(values.mrn)) return;
    try {
      await onSubmit(values);
    } catch (error) {
      await showFailure(error, values);
    }
  });

  const fieldError = (error: FieldError | undefined) => {
    if (!error) return undefined;
    if (error.type === 'server') {
      return error.message
        ? t('patients.form.rejectedWithReason', { problem: error.message })
        : t('patients.form.rejected');
    }
    return error.message ? t(`patients.form.errors.${error.message as ErrorCode}`) : undefined;
  };

  const mrnField = register('mrn');
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        {failure && (
          <Alert color="red" title={t('patients.form.failedTitle')}>
            {t(`patients.form.failure.${failure}`)}
          </Alert>
        )}
        <div>
          <TextInput
            label={t('patients.fields.mrn')}
            description={t('patients.form.mrnHint')}
            required
            autoComplete="off"
            spellCheck={false}
            error={fieldError(errors.mrn)}
            {...mrnField}
            onBlur={(event) => {
              void mrnField.onBlur(event);
              void findHolder(event.target.value);
            }}
          />
          <div role="status">{shownHolder && <HolderNotice holder={shownHolder} />}</div>
        </div>
        <TextInput
          label={t('patients.fields.fullName')}
          required
          autoComplete="off"
          error={fieldError(errors.fullName)}
          {...register('fullName')}
        />
        <TextInput
          type="date"
          label={t('patients.fields.birthDate')}
          required
          max={today()}
          min="1900-01-01"
          error={fieldError(errors.birthDate)}
          {...register('birthDate')}
        />
        <NativeSelect
          label={t('patients.fields.sex')}
          required
          data={[
            { value: '', label: t('patients.form.chooseSex'), disabled: true },
            ...SEXES.map((s) => ({ value: s, label: t(`enums.sex.${s}`) })),
          ]}
          error={fieldError(errors.sex)}
          {...register('sex')}
        />
        <Group>
          <Button type="submit" loading={isSubmitting}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={isSubmitting}>
            {t('patients.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function HolderNotice({ holder }: { holder: MrnHolder }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Paper withBorder p="sm" mt="xs" radius="sm" bg="var(--mantine-color-yellow-light)">
      <Text size="sm">
        {t('patients.form.mrnRegistered', {
          name: holder.fullName,
          date: format.calendarDate(holder.birthDate),
        })}
      </Text>
      <Anchor component={Link} to={`/patients/${holder.id}`} size="sm" fw={600}>
        {t('patients.form.openPatient')}
      </Anchor>
    </Paper>
  );
}
