import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { type Column, DataTable } from '../../components/DataTable';
import { useFormatters } from '../../components/format';
import { LoadMore } from '../../components/LoadMore';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useMe } from '../auth/use-me';
import { ImportFromRecord } from './ImportFromRecord';
import { PatientForm } from './PatientForm';
import { type Patient, usePatientSearch, useRegisterPatient } from './use-patients';

/** Find a patient by name or MRN, or register one; the search is kept in the address (`?q=`). */
export function PatientsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const canRegister = me?.permissions.includes('patients.write') ?? false;
  // The import starts a case (and may register its patient): a clinician's.
  const canImport = me?.permissions.includes('cases.write') ?? false;
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const [debounced] = useDebouncedValue(text.trim(), 300);
  const [registering, setRegistering] = useState(false);
  const patients = usePatientSearch(q);

  // The address follows the field once typing pauses (replaced: Back leaves the page in one step),
  // and the field follows the address when it changes otherwise (a link to /patients, Back).
  const written = useRef(q);
  useEffect(() => {
    if (q === written.current) return;
    written.current = q;
    setText(q);
  }, [q]);
  useEffect(() => {
    if (debounced === written.current) return;
    written.current = debounced;
    setParams(debounced ? { q: debounced } : {}, { replace: true });
  }, [debounced, setParams]);

  return (
    <Stack>
      <PageTitle>{t('patients.title')}</PageTitle>
      <Group align="flex-end" justify="space-between">
        <TextInput
          type="search"
          label={t('patients.search.label')}
          description={t('patients.search.hint')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          autoComplete="off"
          spellCheck={false}
          w={360}
          maw="100%"
        />
        <Group gap="sm">
          {canImport && <ImportFromRecord />}
          {canRegister && !registering && (
            <Button onClick={() => setRegistering(true)}>{t('patients.register.open')}</Button>
          )}
        </Group>
      </Group>
      {registering && <RegisterPanel onClose={() => setRegistering(false)} />}
      <QueryState query={patients}>
        {() => {
          const rows = patients.data?.items ?? [];
          if (rows.length === 0) {
            return (
              <Stack gap="xs" align="flex-start">
                <Text c="dimmed">
                  {q ? t('patients.search.noMatch', { q }) : t('patients.search.noPatients')}
                </Text>
                {canRegister && !registering && (
                  <Button variant="light" onClick={() => setRegistering(true)}>
                    {t('patients.search.registerNew')}
                  </Button>
                )}
              </Stack>
            );
          }
          return (
            <>
              <PatientsTable patients={rows} />
              <LoadMore query={patients} />
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}

function PatientsTable({ patients }: { patients: Patient[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const columns: Column<Patient>[] = [
    {
      key: 'name',
      header: t('patients.fields.fullName'),
      cell: (p) => (
        <Anchor component={Link} to={`/patients/${p.id}`} fw={500}>
          {p.fullName}
        </Anchor>
      ),
    },
    { key: 'mrn', header: t('patients.fields.mrn'), cell: (p) => p.mrn, nowrap: true },
    {
      key: 'birthDate',
      header: t('patients.fields.birthDate'),
      cell: (p) => format.calendarDate(p.birthDate),
      nowrap: true,
    },
    { key: 'sex', header: t('patients.fields.sex'), cell: (p) => t(`enums.sex.${p.sex}`) },
  ];
  return (
    <DataTable
      label={t('patients.search.results')}
      columns={columns}
      rows={patients}
      rowKey={(p) => p.id}
      empty={t('patients.search.noPatients')}
    />
  );
}

function RegisterPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const registerPatient = useRegisterPatient();
  const headingId = useId();
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={headingId} maw={560}>
      <Title order={2} size="h4" mb="sm" id={headingId}>
        {t('patients.register.title')}
      </Title>
      <PatientForm
        submitLabel={t('patients.register.submit')}
        onCancel={onClose}
        onSubmit={async (values) => {
          const patient = await registerPatient.mutateAsync(values);
          await navigate(`/patients/${patient.id}`);
        }}
      />
    </Paper>
  );
}
