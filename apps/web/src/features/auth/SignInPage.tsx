import { Alert, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';

import { PageTitle } from '../../components/PageTitle';
import { useSession } from './session';
import { SignInForm } from './SignInForm';

export function SignInPage() {
  const { t } = useTranslation();
  const { session, ended } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  if (session) return <Navigate to={from} replace />;
  return (
    <Paper withBorder shadow="sm" p="xl" radius="md" maw={420} mx="auto" mt="xl">
      <Stack gap="md">
        <div>
          <PageTitle>{t('auth.signIn.title')}</PageTitle>
          <Text c="dimmed" size="sm" mt={-8}>
            {t('auth.signIn.intro')}
          </Text>
        </div>
        {ended === 'expired' && (
          <Alert color="yellow" title={t('auth.sessionEnded.title')}>
            {t('auth.sessionEnded.body')}
          </Alert>
        )}
        {ended === 'signed_out' && <Alert color="blue">{t('auth.signedOut')}</Alert>}
        <SignInForm onSignedIn={() => void navigate(from, { replace: true })} />
      </Stack>
    </Paper>
  );
}
