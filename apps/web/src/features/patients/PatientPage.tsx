import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { ApiError } from '../../api/client';
import { type Column, DataTable } from '../../components/DataTable';
import { useFormatters } from '../../components/format';
import { LoadMore } from '../../components/LoadMore';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useMe } from '../auth/use-me';
import { CaseStatusBadge } from '../cases/CaseStatusBadge';
import { type CaseSummary, useCases } from '../cases/use-cases';
import { sameMrn } from './mrn';
import { PatientForm } from './PatientForm';
import {
  type PatientDetail,
  type PatientInput,
  useCorrectPatient,
  usePatient,
  useStartCase,
} from './use-patients';

/** One patient: the registration (correctable), the patient's cases, and the start of a new one. */
export function PatientPage() {
  const { t } = useTranslation();
  const { patientId = '' } = useParams();
  const patient = usePatient(patientId);
  const { data: me } = useMe();
  const permissions = me?.permissions ?? [];

  // A malformed id (400) is as absent as an unknown one (404).
  if (patient.error instanceof ApiError && [400, 404].includes(patient.error.status)) {
    return (
      <Stack>
        <PageTitle>{t('patients.patient.notFoundTitle')}</PageTitle>
        <Alert color="gray">{t('patients.patient.notFound')}</Alert>
      </Stack>
    );
  }
  return (
    <Stack gap="xl">
      <PageTitle documentTitle={t('common.documentTitle.patient')}>
        {patient.data?.fullName ?? t('patients.patient.title')}
      </PageTitle>
      <QueryState query={patient}>
        {() =>
          patient.data && (
            <>
              <Registration patient={patient.data} canCorrect={permissions.includes('patients.write')} />
              <PatientCases patientId={patient.data.id} canStart={permissions.includes('cases.write')} />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}

function Section({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

/** Only what was changed is sent: the audit log records which fields a correction touched. */
function changesOf(patient: PatientDetail, values: PatientInput): Partial<PatientInput> {
  const changes: Partial<PatientInput> = {};
  if (!sameMrn(values.mrn, patient.mrn)) changes.mrn = values.mrn;
  if (values.fullName !== patient.fullName) changes.fullName = values.fullName;
  if (values.birthDate !== patient.birthDate) changes.birthDate = values.birthDate;
  if (values.sex !== patient.sex) changes.sex = values.sex;
  return changes;
}

function Registration({ patient, canCorrect }: { patient: PatientDetail; canCorrect: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const correct = useCorrectPatient(patient.id);
  const [editing, setEditing] = useState(false);
  const [corrected, setCorrected] = useState(false);

  const entries: [string, string][] = [
    [t('patients.fields.mrn'), patient.mrn],
    [t('patients.fields.birthDate'), format.calendarDate(patient.birthDate)],
    [t('patients.fields.sex'), t(`enums.sex.${patient.sex}`)],
    [t('patients.fields.institution'), patient.institution],
  ];
  return (
    <Section
      title={t('patients.patient.registration')}
      action={
        canCorrect &&
        !editing && (
          <Button
            variant="default"
            onClick={() => {
              setCorrected(false);
              setEditing(true);
            }}
          >
            {t('patients.patient.correct')}
          </Button>
        )
      }
    >
      {editing ? (
        <Stack maw={560}>
          <Title order={3} size="h5">
            {t('patients.patient.correctTitle')}
          </Title>
          <PatientForm
            defaultValues={{
              mrn: patient.mrn,
              fullName: patient.fullName,
              birthDate: patient.birthDate,
              sex: patient.sex,
            }}
            patientId={patient.id}
            submitLabel={t('patients.patient.saveCorrection')}
            onCancel={() => setEditing(false)}
            onSubmit={async (values) => {
              const changes = changesOf(patient, values);
              if (Object.keys(changes).length > 0) {
                await correct.mutateAsync(changes);
                setCorrected(true);
              }
              setEditing(false);
            }}
          />
        </Stack>
      ) : (
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} m={0}>
          {entries.map(([term, value]) => (
            <div key={term}>
              <Text component="dt" size="sm" c="dimmed">
                {term}
              </Text>
              <Text component="dd" m={0} fw={500}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      )}
      <div role="status">
        {corrected && !editing && (
          <Text size="sm" mt="sm" c="teal.8">
            {t('patients.patient.corrected')}
          </Text>
        )}
      </div>
    </Section>
  );
}

function PatientCases({ patientId, canStart }: { patientId: string; canStart: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const cases = useCases({ patientId });
  const start = useStartCase(patientId);

  return (
    <Section
      title={t('patients.cases.title')}
      action={
        canStart && (
          <Button
            loading={start.isPending}
            onClick={() =>
              start.mutate(undefined, { onSuccess: (created) => void navigate(`/cases/${created.id}/edit`) })
            }
          >
            {t('patients.cases.start')}
          </Button>
        )
      }
    >
      <Stack>
        {start.isError && (
          <Alert color="red" title={t('patients.cases.startFailedTitle')}>
            {start.error instanceof ApiError && start.error.status === 403
              ? t('patients.cases.startForbidden')
              : t('patients.cases.startFailed')}
          </Alert>
        )}
        <QueryState query={cases}>
          {() => (
            <>
              <CasesOfPatient cases={cases.data?.items ?? []} />
              <LoadMore query={cases} />
            </>
          )}
        </QueryState>
      </Stack>
    </Section>
  );
}

function CasesOfPatient({ cases }: { cases: CaseSummary[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  // Case timestamps are in the browser's zone, as in the other case lists.
  const columns: Column<CaseSummary>[] = [
    {
      key: 'case',
      header: t('patients.cases.columns.case'),
      cell: (c) => (
        <Anchor component={Link} to={`/cases/${c.id}`}>
          {t('patients.cases.open', { date: format.date(c.createdAt) })}
        </Anchor>
      ),
      nowrap: true,
    },
    {
      key: 'status',
      header: t('patients.cases.columns.status'),
      cell: (c) => <CaseStatusBadge status={c.status} />,
      nowrap: true,
    },
    {
      key: 'primarySite',
      header: t('patients.cases.columns.primarySite'),
      cell: (c) => (c.primarySite ? t(`enums.primarySite.${c.primarySite}`) : t('common.notRecorded')),
    },
    {
      key: 'question',
      header: t('patients.cases.columns.question'),
      cell: (c) => (
        <Text size="sm" lineClamp={2} maw={360}>
          {c.questionForBoard ?? t('common.notRecorded')}
        </Text>
      ),
    },
    {
      key: 'updated',
      header: t('patients.cases.columns.updated'),
      cell: (c) => format.date(c.updatedAt),
      nowrap: true,
    },
    {
      key: 'actions',
      header: t('patients.cases.columns.actions'),
      cell: (c) =>
        c.status === 'draft' && (
          <Anchor
            component={Link}
            to={`/cases/${c.id}/edit`}
            aria-label={t('patients.cases.editDraftOf', { date: format.date(c.createdAt) })}
          >
            {t('patients.cases.editDraft')}
          </Anchor>
        ),
      nowrap: true,
    },
  ];
  return (
    <DataTable
      label={t('patients.cases.title')}
      columns={columns}
      rows={cases}
      rowKey={(c) => c.id}
      empty={t('patients.cases.none')}
    />
  );
}
