import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { ApiError } from '../../api/client';
import { useSignIn } from './use-sign-in';

// Messages are catalogue keys, translated when shown, so a language switch re-words them.
const schema = z.object({
  email: z.string().trim().min(1, 'auth.signIn.emailRequired').email('auth.signIn.emailInvalid'),
  password: z.string().min(1, 'auth.signIn.passwordRequired'),
});
type Values = z.infer<typeof schema>;
type MessageKey =
  | 'auth.signIn.emailRequired'
  | 'auth.signIn.emailInvalid'
  | 'auth.signIn.passwordRequired'
  | 'auth.signIn.fieldRejected';

const FIELDS = ['email', 'password'] as const;

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const passwordId = useId();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: '', password: '' } });

  const submit = handleSubmit((values) =>
    signIn.mutate(values, {
      onSuccess: onSignedIn,
      onError: (error) => {
        if (error instanceof ApiError && error.status === 400) {
          for (const field of error.invalidFields) {
            if ((FIELDS as readonly string[]).includes(field)) {
              setError(field as (typeof FIELDS)[number], {
                type: 'server',
                message: 'auth.signIn.fieldRejected',
              });
            }
          }
        }
      },
    }),
  );

  const fieldError = (message: string | undefined) => (message ? t(message as MessageKey) : undefined);

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        {signIn.isError && (
          <Alert color="red" title={t('auth.signIn.failedTitle')}>
            {describeFailure(signIn.error, t)}
          </Alert>
        )}
        <TextInput
          label={t('auth.signIn.email')}
          type="email"
          autoComplete="username"
          required
          error={fieldError(errors.email?.message)}
          {...register('email')}
        />
        <PasswordInput
          id={passwordId}
          label={t('auth.signIn.password')}
          autoComplete="current-password"
          required
          error={fieldError(errors.password?.message)}
          // Mantine's PasswordInput does not tie its error to the field itself; the other inputs do.
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? `${passwordId}-error` : undefined}
          {...register('password')}
        />
        <Button type="submit" loading={signIn.isPending}>
          {t('auth.signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}

function describeFailure(error: Error, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('auth.signIn.unreachable');
  switch (error.status) {
    case 401:
      return t('auth.signIn.invalidCredentials');
    case 429:
      return t('auth.signIn.tooManyAttempts', {
        count: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)),
      });
    case 400:
      return t('auth.signIn.checkFields');
    case 503:
      return t('auth.signIn.unavailable');
    default:
      return t('auth.signIn.failed');
  }
}
