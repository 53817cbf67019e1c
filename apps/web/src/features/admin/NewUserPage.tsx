import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Controller, type FieldError, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';

import { ApiError } from '../../api/client';
import { useNotify } from '../../components/notify';
import { PageTitle } from '../../components/PageTitle';
import type adminEn from '../../i18n/admin.en.json';
import { problemsByField } from './api-errors';
import { PasswordField } from './PasswordField';
import { useUnlinkedSpecialists } from './use-specialists';
import {
  type CreateUserInput,
  type Discipline,
  DISCIPLINES,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  ROLES,
  useCreateUser,
} from './use-users';

type ErrorCode = keyof (typeof adminEn)['userForm']['errors'];
type Failure = keyof (typeof adminEn)['userForm']['failure'];

const FIELDS = ['email', 'displayName', 'role', 'discipline', 'specialistId', 'password'] as const;
type Field = (typeof FIELDS)[number];

// Messages are codes under admin.userForm.errors, translated when shown. The limits are the API's
// (CreateUserDto); it checks them again.
const schema = z
  .object({
    email: z
      .string()
      .trim()
      .min(1, 'emailRequired' satisfies ErrorCode)
      .max(254, 'emailTooLong' satisfies ErrorCode)
      .pipe(z.email({ error: 'emailInvalid' satisfies ErrorCode })),
    displayName: z
      .string()
      .trim()
      .min(1, 'nameRequired' satisfies ErrorCode)
      .max(200, 'nameTooLong' satisfies ErrorCode),
    role: z.string().pipe(z.enum(ROLES, { error: 'roleRequired' satisfies ErrorCode })),
    discipline: z.string(),
    specialistId: z.string(),
    password: z
      .string()
      .min(PASSWORD_MIN_LENGTH, 'passwordTooShort' satisfies ErrorCode)
      .max(PASSWORD_MAX_LENGTH, 'passwordTooLong' satisfies ErrorCode),
  })
  .superRefine((values, ctx) => {
    if (values.role === 'clinician' && !(DISCIPLINES as readonly string[]).includes(values.discipline)) {
      ctx.addIssue({
        code: 'custom',
        path: ['discipline'],
        message: 'disciplineRequired' satisfies ErrorCode,
      });
    }
  });
type FormValues = z.input<typeof schema>;
type ParsedValues = z.output<typeof schema>;

function bodyOf(values: ParsedValues): CreateUserInput {
  const body: CreateUserInput = {
    email: values.email,
    displayName: values.displayName,
    role: values.role,
    password: values.password,
  };
  if (values.role === 'clinician') {
    body.discipline = values.discipline as Discipline;
    if (values.specialistId) body.specialistId = values.specialistId;
  }
  return body;
}

/** The field a refusal of the API is about, with the message code to show there. */
function refusalOf(error: unknown): { field: Field; code: ErrorCode } | null {
  if (!(error instanceof ApiError)) return null;
  switch (error.code) {
    case 'EMAIL_TAKEN':
      return { field: 'email', code: 'emailTaken' };
    case 'SPECIALIST_ALREADY_LINKED':
      return { field: 'specialistId', code: 'specialistTaken' };
    case 'DISCIPLINE_MISMATCH':
      return { field: 'specialistId', code: 'disciplineMismatch' };
    case 'SPECIALIST_ONLY_FOR_CLINICIANS':
      return { field: 'specialistId', code: 'specialistOnlyForClinicians' };
    case 'DISCIPLINE_REQUIRED':
      return { field: 'discipline', code: 'disciplineRequired' };
    case 'DISCIPLINE_ONLY_FOR_CLINICIANS':
      return { field: 'discipline', code: 'disciplineOnlyForClinicians' };
    case 'NOT_FOUND':
      // The only thing a new account names that may be missing is the profile to link.
      return { field: 'specialistId', code: 'specialistMissing' };
    default:
      return null;
  }
}

/** A new account: who, which role (a clinician's discipline and profile), and a first password. */
export function NewUserPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const createUser = useCreateUser();
  const [failure, setFailure] = useState<Failure | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = useForm<FormValues, unknown, ParsedValues>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', displayName: '', role: '', discipline: '', specialistId: '', password: '' },
  });
  useEffect(() => setFocus('email'), [setFocus]);
  const role = useWatch({ control, name: 'role' });
  const discipline = useWatch({ control, name: 'discipline' });
  const clinician = role === 'clinician';
  const chosenDiscipline = clinician ? (DISCIPLINES.find((d) => d === discipline) ?? null) : null;
  const unlinked = useUnlinkedSpecialists(chosenDiscipline);
  // A profile of another discipline cannot be linked: the choice goes with a change of discipline.
  useEffect(() => setValue('specialistId', ''), [chosenDiscipline, setValue]);

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const user = await createUser.mutateAsync(bodyOf(values));
      notify(t('admin.userForm.created', { name: user.displayName }));
      await navigate(`/admin/users/${user.id}`);
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal) {
        setError(refusal.field, { type: 'refused', message: refusal.code }, { shouldFocus: true });
        return;
      }
      const problems = problemsByField(error);
      const named = FIELDS.filter((f) => problems[f] !== undefined);
      if (named.length > 0) {
        for (const field of named) setError(field, { type: 'server', message: problems[field] });
        setFailure('checkFields');
        return;
      }
      setFailure(error instanceof ApiError && error.status === 403 ? 'forbidden' : 'failed');
    }
  });

  const fieldError = (error: FieldError | undefined) => {
    if (!error) return undefined;
    if (error.type === 'server') {
      return error.message
        ? t('admin.common.rejectedWithReason', { problem: error.message })
        : t('admin.common.rejected');
    }
    return error.message ? t(`admin.userForm.errors.${error.message as ErrorCode}`) : undefined;
  };

  return (
    <Stack maw={560}>
      <Anchor component={Link} to="/admin/users" size="sm">
        {t('admin.users.backToList')}
      </Anchor>
      <PageTitle>{t('admin.userForm.title')}</PageTitle>
      <Paper withBorder p="md" radius="md">
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            {failure && (
              <Alert color="red" role="alert" title={t('admin.userForm.failedTitle')}>
                {t(`admin.userForm.failure.${failure}`)}
              </Alert>
            )}
            <TextInput
              type="email"
              label={t('admin.fields.email')}
              description={t('admin.userForm.emailHint')}
              required
              autoComplete="off"
              spellCheck={false}
              error={fieldError(errors.email)}
              {...register('email')}
            />
            <TextInput
              label={t('admin.fields.displayName')}
              description={t('admin.userForm.displayNameHint')}
              required
              autoComplete="off"
              error={fieldError(errors.displayName)}
              {...register('displayName')}
            />
            <NativeSelect
              label={t('admin.fields.role')}
              description={t('admin.userForm.roleHint')}
              required
              data={[
                { value: '', label: t('admin.userForm.chooseRole'), disabled: true },
                ...ROLES.map((r) => ({ value: r, label: t(`enums.role.${r}`) })),
              ]}
              error={fieldError(errors.role)}
              {...register('role')}
            />
            {clinician && (
              <>
                <NativeSelect
                  label={t('admin.fields.discipline')}
                  required
                  data={[
                    { value: '', label: t('admin.userForm.chooseDiscipline'), disabled: true },
                    ...DISCIPLINES.map((d) => ({ value: d, label: t(`enums.discipline.${d}`) })),
                  ]}
                  error={fieldError(errors.discipline)}
                  {...register('discipline')}
                />
                {chosenDiscipline && (
                  <NativeSelect
                    label={t('admin.fields.specialist')}
                    description={
                      unlinked.isPending
                        ? t('common.loading')
                        : unlinked.data?.truncated
                          ? t('admin.userForm.specialistHintTruncated')
                          : t('admin.userForm.specialistHint')
                    }
                    data={[
                      { value: '', label: t('admin.userForm.newSpecialist') },
                      ...(unlinked.data?.items ?? []).map((s) => ({
                        value: s.id,
                        label: t('admin.userForm.specialistOption', {
                          name: s.fullName,
                          institution: s.institution,
                        }),
                      })),
                    ]}
                    error={fieldError(errors.specialistId)}
                    {...register('specialistId')}
                  />
                )}
              </>
            )}
            {role && !clinician && <Text size="sm">{t('admin.userForm.noProfile')}</Text>}
            <Controller
              control={control}
              name="password"
              render={({ field }) => (
                <PasswordField
                  label={t('admin.fields.initialPassword')}
                  name={field.name}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={fieldError(errors.password)}
                />
              )}
            />
            <Text size="sm" c="dimmed">
              {t('admin.userForm.passwordAdvice')}
            </Text>
            <Group>
              <Button type="submit" loading={isSubmitting}>
                {t('admin.userForm.submit')}
              </Button>
              <Button variant="default" component={Link} to="/admin/users">
                {t('admin.common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
