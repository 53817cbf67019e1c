import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { TFunction } from 'i18next';
import { type ReactNode, useId, useState } from 'react';
import { type FieldError, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { z } from 'zod';

import { ApiError } from '../../api/client';
import { useFormatters } from '../../components/format';
import { useNotify } from '../../components/notify';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import type adminEn from '../../i18n/admin.en.json';
import { useMe } from '../auth/use-me';
import { problemsByField } from './api-errors';
import { isUuid } from './audit-filter';
import { ConfirmModal } from './ConfirmModal';
import { LoginLockPanel } from './LoginLockPanel';
import { PasswordField } from './PasswordField';
import { useSpecialist } from './use-specialists';
import {
  DISCIPLINES,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  ROLES,
  type UpdateUserInput,
  useInstitutionSettings,
  type User,
  useUpdateUser,
  useUser,
} from './use-users';
import { UserStatusBadge } from './UsersTable';

type ErrorCode = keyof (typeof adminEn)['userForm']['errors'];

/** One account: its details, role and discipline, access, password and sign-in lock-out. */
export function UserPage() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  if (!isUuid(userId)) {
    return (
      <Alert color="gray" title={t('common.notFoundTitle')}>
        {t('admin.user.notFound')}
      </Alert>
    );
  }
  return <UserScreen userId={userId} />;
}

function UserScreen({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const user = useUser(userId);
  const notFound = user.error instanceof ApiError && user.error.status === 404;
  if (notFound) {
    return (
      <Stack>
        <BackLink />
        <Alert color="gray" title={t('common.notFoundTitle')}>
          {t('admin.user.notFound')}
        </Alert>
      </Stack>
    );
  }
  return <QueryState query={user}>{() => (user.data ? <UserDetails user={user.data} /> : null)}</QueryState>;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/admin/users" size="sm">
      {t('admin.users.backToList')}
    </Anchor>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={id}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function UserDetails({ user }: { user: User }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data: me } = useMe();
  const settings = useInstitutionSettings();
  const timeZone = settings.data?.timeZone;
  const specialist = useSpecialist(user.specialistId);
  const self = me?.id === user.id;

  return (
    <Stack maw={880}>
      <BackLink />
      <PageTitle>{user.displayName}</PageTitle>
      <Group gap="xs">
        <UserStatusBadge active={user.active} />
        <Text size="sm">
          {user.discipline
            ? t('admin.user.roleWithDiscipline', {
                role: t(`enums.role.${user.role}`),
                discipline: t(`enums.discipline.${user.discipline}`),
              })
            : t(`enums.role.${user.role}`)}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <Fact label={t('admin.fields.email')}>{user.email}</Fact>
        <Fact label={t('admin.user.created')}>{format.dateTime(user.createdAt, timeZone)}</Fact>
        <Fact label={t('admin.user.updated')}>{format.dateTime(user.updatedAt, timeZone)}</Fact>
        {user.specialistId && (
          <Fact label={t('admin.fields.specialist')}>
            {specialist.data
              ? t('admin.userForm.specialistOption', {
                  name: specialist.data.fullName,
                  institution: specialist.data.institution,
                })
              : '…'}
          </Fact>
        )}
      </SimpleGrid>
      {self && (
        <Alert color="blue" title={t('admin.user.selfTitle')}>
          {t('admin.user.selfHint')}
        </Alert>
      )}
      <Section title={t('admin.user.detailsTitle')}>
        <AccountForm key={user.updatedAt} user={user} />
      </Section>
      <Section title={t('admin.user.accessTitle')}>
        <AccessPanel user={user} />
      </Section>
      <Section title={t('admin.user.passwordTitle')}>
        <ResetPassword user={user} />
      </Section>
      <Section title={t('admin.lock.title')}>
        <LoginLockPanel userId={user.id} timeZone={timeZone} />
      </Section>
      <Group gap="lg">
        <Anchor component={Link} to={`/admin/audit?entityType=user&entityId=${user.id}`} size="sm">
          {t('admin.user.auditAbout')}
        </Anchor>
        <Anchor component={Link} to={`/admin/audit?actorId=${user.id}`} size="sm">
          {t('admin.user.auditBy')}
        </Anchor>
      </Group>
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

/** The API's refusals of an account change, in words (docs/design.md: who may do what). */
function updateRefusal(error: unknown): { field: 'role' | 'discipline' | null; code: ErrorCode } | null {
  if (!(error instanceof ApiError)) return null;
  switch (error.code) {
    case 'CANNOT_DEMOTE_SELF':
      return { field: 'role', code: 'cannotDemoteSelf' };
    case 'LAST_ADMIN':
      return { field: 'role', code: 'lastAdmin' };
    case 'DISCIPLINE_REQUIRED':
      return { field: 'discipline', code: 'disciplineRequired' };
    case 'DISCIPLINE_ONLY_FOR_CLINICIANS':
      return { field: 'discipline', code: 'disciplineOnlyForClinicians' };
    case 'DISCIPLINE_MISMATCH':
      return { field: 'discipline', code: 'disciplineMismatch' };
    default:
      return null;
  }
}

function failureText(error: unknown, t: TFunction): string {
  const refusal = updateRefusal(error);
  if (refusal) return t(`admin.userForm.errors.${refusal.code}`);
  if (error instanceof ApiError && error.status === 403) return t('admin.userForm.failure.forbidden');
  if (error instanceof ApiError && error.status === 404) return t('admin.user.notFound');
  return t('admin.userForm.failure.failed');
}

const accountSchema = z
  .object({
    displayName: z
      .string()
      .trim()
      .min(1, 'nameRequired' satisfies ErrorCode)
      .max(200, 'nameTooLong' satisfies ErrorCode),
    role: z.enum(ROLES),
    discipline: z.string(),
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
type AccountValues = z.input<typeof accountSchema>;

/** Only what changed is sent: the API audits each change with its before and after. */
function changesOf(user: User, values: z.output<typeof accountSchema>): UpdateUserInput {
  const body: UpdateUserInput = {};
  if (values.displayName !== user.displayName) body.displayName = values.displayName;
  if (values.role !== user.role) body.role = values.role;
  const discipline = DISCIPLINES.find((d) => d === values.discipline);
  if (values.role === 'clinician' && discipline && (discipline !== user.discipline || body.role)) {
    body.discipline = discipline;
  }
  return body;
}

function AccountForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const update = useUpdateUser(user.id);
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<AccountValues, unknown, z.output<typeof accountSchema>>({
    resolver: zodResolver(accountSchema),
    defaultValues: { displayName: user.displayName, role: user.role, discipline: user.discipline ?? '' },
  });
  const role = useWatch({ control, name: 'role' });
  const discipline = useWatch({ control, name: 'discipline' });

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    const body = changesOf(user, values);
    if (Object.keys(body).length === 0) return;
    try {
      await update.mutateAsync(body);
      notify(t('admin.user.saved'));
    } catch (error) {
      const refusal = updateRefusal(error);
      if (refusal?.field) {
        setError(refusal.field, { type: 'refused', message: refusal.code }, { shouldFocus: true });
        return;
      }
      const problems = problemsByField(error);
      const named = (['displayName', 'role', 'discipline'] as const).filter((f) => problems[f] !== undefined);
      for (const field of named) setError(field, { type: 'server', message: problems[field] });
      setFailure(named.length > 0 ? t('admin.userForm.failure.checkFields') : failureText(error, t));
    }
  });

  const fieldError = (error: FieldError | undefined) => {
    if (!error?.message) return undefined;
    if (error.type === 'server') return t('admin.common.rejectedWithReason', { problem: error.message });
    return t(`admin.userForm.errors.${error.message as ErrorCode}`);
  };

  const consequence =
    user.role === 'clinician' && role !== 'clinician'
      ? t('admin.user.consequence.leavesProfile')
      : user.role !== 'clinician' && role === 'clinician'
        ? t('admin.user.consequence.newProfile')
        : user.role === 'clinician' && discipline !== (user.discipline ?? '')
          ? t('admin.user.consequence.profileDiscipline')
          : null;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md" maw={480}>
        {failure && (
          <Alert color="red" role="alert" title={t('admin.userForm.failedTitle')}>
            {failure}
          </Alert>
        )}
        <TextInput
          label={t('admin.fields.displayName')}
          required
          autoComplete="off"
          error={fieldError(errors.displayName)}
          {...register('displayName')}
        />
        <NativeSelect
          label={t('admin.fields.role')}
          required
          data={ROLES.map((r) => ({ value: r, label: t(`enums.role.${r}`) }))}
          error={fieldError(errors.role)}
          {...register('role')}
        />
        {role === 'clinician' && (
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
        )}
        {consequence && (
          <Text size="sm" role="status">
            {consequence}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={isSubmitting} disabled={!isDirty}>
            {t('admin.user.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AccessPanel({ user }: { user: User }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const update = useUpdateUser(user.id);
  // What is being confirmed stays fixed while the dialog closes, whatever the account is by then.
  const [confirming, setConfirming] = useState<'deactivate' | 'reactivate' | null>(null);
  const [shown, setShown] = useState<'deactivate' | 'reactivate'>('deactivate');
  const open = () => {
    const intent = user.active ? 'deactivate' : 'reactivate';
    update.reset();
    setShown(intent);
    setConfirming(intent);
  };
  const deactivating = shown === 'deactivate';
  return (
    <Stack gap="sm" align="flex-start">
      <Text size="sm">{user.active ? t('admin.user.activeNow') : t('admin.user.inactiveNow')}</Text>
      <Button color={user.active ? 'red' : 'blue'} variant="light" onClick={open}>
        {user.active ? t('admin.user.deactivate') : t('admin.user.reactivate')}
      </Button>
      <ConfirmModal
        opened={confirming !== null}
        title={
          deactivating
            ? t('admin.user.deactivateTitle', { name: user.displayName })
            : t('admin.user.reactivateTitle', { name: user.displayName })
        }
        confirmLabel={deactivating ? t('admin.user.deactivate') : t('admin.user.reactivate')}
        color={deactivating ? 'red' : 'blue'}
        pending={update.isPending}
        error={update.error ? failureText(update.error, t) : null}
        onClose={() => setConfirming(null)}
        onConfirm={() =>
          update.mutate(
            { active: !deactivating },
            {
              onSuccess: () => {
                setConfirming(null);
                notify(
                  deactivating
                    ? t('admin.user.deactivated', { name: user.displayName })
                    : t('admin.user.reactivated', { name: user.displayName }),
                );
              },
            },
          )
        }
      >
        <Text size="sm">
          {deactivating ? t('admin.user.deactivateExplanation') : t('admin.user.reactivateExplanation')}
        </Text>
      </ConfirmModal>
    </Stack>
  );
}

function ResetPassword({ user }: { user: User }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const update = useUpdateUser(user.id);
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const ask = () => {
    if (password.length < PASSWORD_MIN_LENGTH) {
      setFieldError(t('admin.userForm.errors.passwordTooShort'));
      return;
    }
    if (password.length > PASSWORD_MAX_LENGTH) {
      setFieldError(t('admin.userForm.errors.passwordTooLong'));
      return;
    }
    setFieldError(null);
    update.reset();
    setConfirming(true);
  };

  const confirm = () =>
    update.mutate(
      { password },
      {
        onSuccess: () => {
          setConfirming(false);
          setPassword('');
          notify(t('admin.user.passwordReset', { name: user.displayName }));
        },
        onError: (error) => {
          const problem = problemsByField(error).password;
          if (problem !== undefined) {
            setConfirming(false);
            setFieldError(t('admin.common.rejectedWithReason', { problem }));
          }
        },
      },
    );

  return (
    <Stack gap="sm" maw={480}>
      <Text size="sm">{t('admin.user.passwordExplanation')}</Text>
      <PasswordField
        label={t('admin.fields.newPassword')}
        value={password}
        onChange={(value) => {
          setPassword(value);
          if (fieldError) setFieldError(null);
        }}
        error={fieldError ?? undefined}
      />
      <Group>
        <Button color="red" variant="light" onClick={ask}>
          {t('admin.user.resetPassword')}
        </Button>
      </Group>
      <ConfirmModal
        opened={confirming}
        title={t('admin.user.resetTitle', { name: user.displayName })}
        confirmLabel={t('admin.user.resetPassword')}
        color="red"
        pending={update.isPending}
        error={update.error ? failureText(update.error, t) : null}
        onClose={() => setConfirming(false)}
        onConfirm={confirm}
      >
        <Text size="sm">{t('admin.user.resetExplanation')}</Text>
      </ConfirmModal>
    </Stack>
  );
}
