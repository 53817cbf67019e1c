import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useInstitutionSettings, useUsers } from '../admin/use-users';
import { UsersTable } from '../admin/UsersTable';
import { type Me, useMe } from '../auth/use-me';
import { CasesTable } from '../cases/CasesTable';
import { useCases } from '../cases/use-cases';
import { AwaitingSignatureList } from '../letter/AwaitingSignatureList';
import { MeetingsTable } from '../meetings/MeetingsTable';
import { useUpcomingMeetings } from '../meetings/use-meetings';

/** Each role's first screen: who is signed in, and the first thing their job needs. */
export function HomePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <Stack gap="xl">
      <div>
        <PageTitle>{t('home.title')}</PageTitle>
        <SignedInAs me={me} />
      </div>
      {me.role === 'clinician' && <ClinicianHome me={me} />}
      {me.role === 'coordinator' && <CoordinatorHome />}
      {me.role === 'admin' && <AdminHome />}
    </Stack>
  );
}

function SignedInAs({ me }: { me: Me }) {
  const { t } = useTranslation();
  const role = t(`enums.role.${me.role}`);
  return (
    <Text>
      {t('home.greeting', { name: me.displayName })}{' '}
      <Text span c="dimmed">
        {me.discipline
          ? t('home.roleWithDiscipline', { role, discipline: t(`enums.discipline.${me.discipline}`) })
          : role}
      </Text>
    </Text>
  );
}

function Section({
  title,
  more,
  children,
}: {
  title: string;
  more?: { to: string; label: string };
  children: ReactNode;
}) {
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-label={title}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {more && (
          <Anchor component={Link} to={more.to} size="sm">
            {more.label}
          </Anchor>
        )}
      </Group>
      {children}
    </Paper>
  );
}

function ClinicianHome({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <>
      {me.permissions.includes('cases.write') && (
        <Group>
          <Button component={Link} to="/patients">
            {t('home.clinician.prepareCase')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('home.clinician.prepareCaseHint')}
          </Text>
        </Group>
      )}
      {me.permissions.includes('letters.sign') && (
        <Section title={t('home.clinician.awaitingSignature')}>
          <AwaitingSignatureList label={t('home.clinician.awaitingSignature')} />
        </Section>
      )}
      <Section title={t('home.clinician.myCases')} more={{ to: '/cases', label: t('home.allCases') }}>
        {me.specialistId ? (
          <PresentedCases specialistId={me.specialistId} />
        ) : (
          <Text c="dimmed">{t('home.clinician.noSpecialist')}</Text>
        )}
      </Section>
      <UpcomingBoards />
    </>
  );
}

function PresentedCases({ specialistId }: { specialistId: string }) {
  const { t } = useTranslation();
  const cases = useCases({ presentingSpecialistId: specialistId, limit: 20 });
  return (
    <QueryState query={cases}>
      {() => (
        <CasesTable
          label={t('home.clinician.myCases')}
          cases={cases.data?.items ?? []}
          empty={t('home.clinician.noCases')}
          showPresenter={false}
        />
      )}
    </QueryState>
  );
}

function CoordinatorHome() {
  const { t } = useTranslation();
  const cases = useCases({ status: 'submitted', limit: 20 });
  return (
    <>
      <Section title={t('home.coordinator.submitted')} more={{ to: '/cases', label: t('home.allCases') }}>
        <QueryState query={cases}>
          {() => (
            <CasesTable
              label={t('home.coordinator.submitted')}
              cases={cases.data?.items ?? []}
              empty={t('home.coordinator.noSubmitted')}
            />
          )}
        </QueryState>
      </Section>
      <UpcomingBoards />
    </>
  );
}

function UpcomingBoards() {
  const { t } = useTranslation();
  const meetings = useUpcomingMeetings(5);
  return (
    <Section title={t('home.upcomingBoards')} more={{ to: '/meetings', label: t('home.allBoards') }}>
      <QueryState query={meetings}>
        {() => <MeetingsTable label={t('home.upcomingBoards')} meetings={meetings.data?.items ?? []} />}
      </QueryState>
    </Section>
  );
}

function AdminHome() {
  const { t } = useTranslation();
  const users = useUsers();
  const settings = useInstitutionSettings();
  return (
    <>
      {settings.data && (
        <Text size="sm" c="dimmed">
          {t('home.admin.timeZone', { timeZone: settings.data.timeZone })}
        </Text>
      )}
      <Section title={t('home.admin.users')} more={{ to: '/admin/users', label: t('home.admin.allUsers') }}>
        <QueryState query={users}>
          {() => (
            <UsersTable
              label={t('home.admin.users')}
              users={users.data?.items ?? []}
              timeZone={settings.data?.timeZone}
            />
          )}
        </QueryState>
      </Section>
    </>
  );
}
