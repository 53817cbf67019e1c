import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  NativeSelect,
  Stack,
  TagsInput,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { Controller, type FieldError, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';

import { ApiError } from '../../api/client';
import { useNotify } from '../../components/notify';
import type adminEn from '../../i18n/admin.en.json';
import { problemsByField } from './api-errors';
import {
  type CreateSpecialistInput,
  type Specialist,
  type UpdateSpecialistInput,
  useCreateSpecialist,
  useUpdateSpecialist,
} from './use-specialists';
import { DISCIPLINES } from './use-users';

type ErrorCode = keyof (typeof adminEn)['specialistForm']['errors'];
const FIELDS = ['fullName', 'discipline', 'institution', 'subSpecialties'] as const;
type Field = (typeof FIELDS)[number];

// The API's limits (CreateSpecialistDto); it checks them again.
const MAX_SUB_SPECIALTIES = 20;
const MAX_SUB_SPECIALTY_LENGTH = 100;

const schema = z.object({
  fullName: z
    .string()
    .trim()
    .min(1, 'nameRequired' satisfies ErrorCode)
    .max(200, 'nameTooLong' satisfies ErrorCode),
  discipline: z.string().pipe(z.enum(DISCIPLINES, { error: 'disciplineRequired' satisfies ErrorCode })),
  // Blank on a new profile: the API puts this installation's institution.
  institution: z
    .string()
    .trim()
    .max(200, 'institutionTooLong' satisfies ErrorCode),
  subSpecialties: z
    .array(
      z
        .string()
        .trim()
        .max(MAX_SUB_SPECIALTY_LENGTH, 'subSpecialtyTooLong' satisfies ErrorCode),
    )
    .max(MAX_SUB_SPECIALTIES, 'tooManySubSpecialties' satisfies ErrorCode),
});
type FormValues = z.input<typeof schema>;
type ParsedValues = z.output<typeof schema>;

function createBody(values: ParsedValues): CreateSpecialistInput {
  return {
    fullName: values.fullName,
    discipline: values.discipline,
    ...(values.institution ? { institution: values.institution } : {}),
    subSpecialties: distinct(values.subSpecialties),
  };
}

function distinct(values: string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}

function updateBody(specialist: Specialist, values: ParsedValues): UpdateSpecialistInput {
  const body: UpdateSpecialistInput = {};
  if (values.fullName !== specialist.fullName) body.fullName = values.fullName;
  if (values.discipline !== specialist.discipline) body.discipline = values.discipline;
  if (values.institution && values.institution !== specialist.institution)
    body.institution = values.institution;
  const subSpecialties = distinct(values.subSpecialties);
  if (JSON.stringify(subSpecialties) !== JSON.stringify(specialist.subSpecialties)) {
    body.subSpecialties = subSpecialties;
  }
  return body;
}

/** The field a validation problem is about: `subSpecialties[2]` is the list's. */
function fieldOf(path: string): Field | null {
  const base = path.replace(/\[\d+\]$/, '');
  return FIELDS.find((f) => f === base) ?? null;
}

interface SpecialistFormModalProps {
  opened: boolean;
  /** The profile to change; none for a new one (a visiting expert without an account). */
  specialist: Specialist | null;
  onClose: () => void;
}

export function SpecialistFormModal({ opened, specialist, onClose }: SpecialistFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={specialist ? t('admin.specialistForm.editTitle') : t('admin.specialistForm.createTitle')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('admin.common.close') }}
    >
      {/* Remounted per profile: the form starts from the one being changed. */}
      <SpecialistForm key={specialist?.id ?? 'new'} specialist={specialist} onDone={onClose} />
    </Modal>
  );
}

function SpecialistForm({ specialist, onDone }: { specialist: Specialist | null; onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const create = useCreateSpecialist();
  const update = useUpdateSpecialist();
  const [failure, setFailure] = useState<string | null>(null);
  const linked = Boolean(specialist?.userId);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<FormValues, unknown, ParsedValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      fullName: specialist?.fullName ?? '',
      discipline: specialist?.discipline ?? '',
      institution: specialist?.institution ?? '',
      subSpecialties: specialist?.subSpecialties ?? [],
    },
  });

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      if (specialist) {
        const body = updateBody(specialist, values);
        if (Object.keys(body).length > 0) await update.mutateAsync({ id: specialist.id, body });
        notify(t('admin.specialistForm.saved', { name: values.fullName }));
      } else {
        await create.mutateAsync(createBody(values));
        notify(t('admin.specialistForm.created', { name: values.fullName }));
      }
      onDone();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'SPECIALIST_HAS_ACCOUNT') {
        setError(
          'discipline',
          { type: 'refused', message: 'hasAccount' satisfies ErrorCode },
          { shouldFocus: true },
        );
        return;
      }
      const problems = problemsByField(error);
      let named = false;
      for (const [path, problem] of Object.entries(problems)) {
        const field = fieldOf(path);
        if (!field) continue;
        named = true;
        setError(field, { type: 'server', message: problem });
      }
      if (named) setFailure(t('admin.specialistForm.failure.checkFields'));
      else if (error instanceof ApiError && error.status === 403)
        setFailure(t('admin.specialistForm.failure.forbidden'));
      else setFailure(t('admin.specialistForm.failure.failed'));
    }
  });

  const fieldError = (error: FieldError | undefined) => {
    if (!error?.message) return undefined;
    if (error.type === 'server') return t('admin.common.rejectedWithReason', { problem: error.message });
    return t(`admin.specialistForm.errors.${error.message as ErrorCode}`);
  };

  // The list's own error, or the first of its items'.
  const listError = (): FieldError | undefined => {
    const error: unknown = errors.subSpecialties;
    if (!error) return undefined;
    if (Array.isArray(error)) return (error as (FieldError | undefined)[]).find(Boolean);
    const own = error as FieldError & { root?: FieldError };
    return own.message ? own : own.root;
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        {failure && (
          <Alert color="red" role="alert" title={t('admin.specialistForm.failedTitle')}>
            {failure}
          </Alert>
        )}
        <TextInput
          label={t('admin.fields.fullName')}
          required
          autoComplete="off"
          data-autofocus
          error={fieldError(errors.fullName)}
          {...register('fullName')}
        />
        <NativeSelect
          label={t('admin.fields.discipline')}
          required
          disabled={linked}
          description={linked ? t('admin.specialistForm.disciplineOnAccount') : undefined}
          data={[
            { value: '', label: t('admin.userForm.chooseDiscipline'), disabled: true },
            ...DISCIPLINES.map((d) => ({ value: d, label: t(`enums.discipline.${d}`) })),
          ]}
          error={fieldError(errors.discipline)}
          {...register('discipline')}
        />
        {linked && specialist?.userId && (
          <Anchor component={Link} to={`/admin/users/${specialist.userId}`} size="sm">
            {t('admin.specialists.openAccount')}
          </Anchor>
        )}
        <TextInput
          label={t('admin.fields.institution')}
          required={Boolean(specialist)}
          description={specialist ? undefined : t('admin.specialistForm.institutionHint')}
          autoComplete="off"
          error={fieldError(errors.institution)}
          {...register('institution')}
        />
        <Controller
          control={control}
          name="subSpecialties"
          render={({ field }) => (
            <TagsInput
              label={t('admin.fields.subSpecialties')}
              description={t('admin.specialistForm.subSpecialtiesHint', { max: MAX_SUB_SPECIALTIES })}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              maxTags={MAX_SUB_SPECIALTIES}
              maxLength={MAX_SUB_SPECIALTY_LENGTH}
              acceptValueOnBlur
              clearable
              clearButtonProps={{ 'aria-label': t('admin.specialistForm.clearSubSpecialties') }}
              error={fieldError(listError())}
            />
          )}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={isSubmitting}>
            {t('admin.common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {specialist ? t('admin.specialistForm.save') : t('admin.specialistForm.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
