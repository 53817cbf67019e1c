import {
  Alert,
  Anchor,
  Button,
  Code,
  FileInput,
  Group,
  List,
  Modal,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import type { TFunction } from 'i18next';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ApiError } from '../../api/client';
import type patientsEn from '../../i18n/patients.en.json';
import { type FhirBundle, type FhirImportResult, useImportFromRecord } from './use-patients';

type TextProblem = keyof (typeof patientsEn)['import']['errors'];

// The API's body limit (apps/api/src/app.ts), checked here so a larger bundle costs no request.
const MAX_BYTES = 1024 * 1024;
// The body is sent compact, so a pretty-printed file may be larger than the limit and still pass;
// a file far beyond it is not loaded into the page at all.
const MAX_FILE_BYTES = 8 * MAX_BYTES;
const ACCEPT = '.json,application/json,application/fhir+json';
const MONOSPACE = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

/** The pasted text as a JSON object for the API, or why it cannot be sent (FHIR itself is the API's to judge). */
function parseBundle(text: string): { bundle: FhirBundle } | { problem: TextProblem } {
  if (text.trim() === '') return { problem: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'notJson' };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { problem: 'notObject' };
  // Measured as sent (the client serialises it again, without the indentation).
  if (new TextEncoder().encode(JSON.stringify(parsed)).length > MAX_BYTES) return { problem: 'tooLarge' };
  return { bundle: parsed as FhirBundle };
}

/**
 * "Import from the record": a FHIR R4 Bundle from the hospital record, pasted or read from its file,
 * becomes a draft case; what the API could not read is listed for the clinician to complete.
 */
export function ImportFromRecord() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const close = () => setOpened(false);
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        {t('patients.import.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('patients.import.title')}
        closeButtonProps={{ 'aria-label': t('common.dismiss') }}
        size="xl"
      >
        {/* Mounted while open only: each opening starts from an empty form. */}
        {opened && <ImportForm onClose={close} />}
      </Modal>
    </>
  );
}

function ImportForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const importBundle = useImportFromRecord();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [textError, setTextError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  // Only the file chosen last fills the text, however long an earlier one takes to read.
  const reading = useRef(0);

  if (importBundle.data) return <ImportResult result={importBundle.data} onClose={onClose} />;

  const edited = (next: string) => {
    setText(next);
    setTextError(null);
    // An earlier refusal is about the text as it was.
    importBundle.reset();
  };

  const choose = async (chosen: File | null) => {
    const turn = ++reading.current;
    setFile(chosen);
    setFileError(null);
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      setFileError(t('patients.import.errors.tooLarge'));
      return;
    }
    try {
      const content = await chosen.text();
      if (turn === reading.current) edited(content);
    } catch {
      if (turn === reading.current) setFileError(t('patients.import.errors.fileUnreadable'));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseBundle(text);
    if ('problem' in parsed) {
      setTextError(t(`patients.import.errors.${parsed.problem}`));
      textarea.current?.focus();
      return;
    }
    importBundle.mutate(parsed.bundle);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('patients.import.explanation')}</Text>
        <Textarea
          ref={textarea}
          label={t('patients.import.bundle')}
          description={t('patients.import.bundleHint')}
          required
          autosize
          minRows={8}
          maxRows={16}
          styles={MONOSPACE}
          spellCheck={false}
          autoComplete="off"
          value={text}
          onChange={(event) => edited(event.currentTarget.value)}
          error={textError}
          data-autofocus
        />
        <FileInput
          label={t('patients.import.file')}
          description={t('patients.import.fileHint')}
          accept={ACCEPT}
          value={file}
          onChange={(chosen) => void choose(chosen)}
          error={fileError}
          clearable
          clearButtonProps={{ 'aria-label': t('common.dismiss') }}
        />
        {importBundle.error && <ImportFailure error={importBundle.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('patients.import.cancel')}
          </Button>
          <Button type="submit" loading={importBundle.isPending}>
            {t('patients.import.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface FieldProblems {
  field: string;
  problems: string[];
}

/** `details: [{ field, problems }]` of a 400 or an `IMPORTED_FACTS_REFUSED`; the field is a FHIR element path. */
function fieldProblemsOf(error: ApiError): FieldProblems[] {
  const details = error.body?.details;
  if (!Array.isArray(details)) return [];
  return (details as unknown[]).flatMap((detail) => {
    if (!detail || typeof detail !== 'object' || !('field' in detail)) return [];
    const problems =
      'problems' in detail && Array.isArray(detail.problems) ? detail.problems.map(String) : [];
    return [{ field: String(detail.field), problems }];
  });
}

function detailOf(error: ApiError, key: string): string | null {
  const details = error.body?.details;
  if (!details || typeof details !== 'object' || !(key in details)) return null;
  const value = (details as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}

function ProblemList({ problems }: { problems: FieldProblems[] }) {
  return (
    <List size="sm" mt="xs" spacing={4}>
      {problems.map(({ field, problems: said }) => (
        <List.Item key={field} style={{ overflowWrap: 'anywhere' }}>
          <Code>{field}</Code>
          {said.length > 0 && `: ${said.join('; ')}`}
        </List.Item>
      ))}
    </List>
  );
}

function ImportFailure({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" role="alert" title={t('patients.import.failedTitle')}>
      <FailureText error={error} t={t} />
    </Alert>
  );
}

function FailureText({ error, t }: { error: Error; t: TFunction }) {
  const failed = <Text size="sm">{t('patients.import.failure.failed')}</Text>;
  if (!(error instanceof ApiError)) return failed;
  const problems = fieldProblemsOf(error);

  if (error.status === 400 && problems.length > 0) {
    return (
      <>
        <Text size="sm">{t('patients.import.failure.invalid')}</Text>
        <ProblemList problems={problems} />
      </>
    );
  }
  if (error.code === 'IMPORTED_FACTS_REFUSED' && problems.length > 0) {
    return (
      <>
        <Text size="sm">{t('patients.import.failure.factsRefused')}</Text>
        <ProblemList problems={problems} />
      </>
    );
  }
  if (error.code === 'MRN_SYSTEM_MISMATCH') {
    const given = detailOf(error, 'given');
    const expected = detailOf(error, 'expected');
    if (given && expected) {
      return (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('patients.import.failure.mrnSystemMismatch', { given, expected })}
        </Text>
      );
    }
  }
  if (error.code === 'PATIENT_MISMATCH') {
    const patientId = detailOf(error, 'patientId');
    return (
      <Stack gap="xs">
        <Text size="sm">{t('patients.import.failure.patientMismatch')}</Text>
        {patientId && (
          <Anchor component={Link} to={`/patients/${patientId}`} size="sm">
            {t('patients.import.failure.openRegistered')}
          </Anchor>
        )}
      </Stack>
    );
  }
  if (error.status === 403) return <Text size="sm">{t('patients.import.failure.forbidden')}</Text>;
  if (error.status === 413) return <Text size="sm">{t('patients.import.failure.tooLarge')}</Text>;
  return failed;
}

function ImportResult({ result, onClose }: { result: FhirImportResult; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const unmappedId = useId();
  const { created, differences } = result.patient;
  const registered = result.case.patient;
  const names = { name: registered.fullName, mrn: registered.mrn };

  // The form the focus was in is gone: the outcome is read from its heading on.
  useEffect(() => heading.current?.focus(), []);

  const fields = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    differences.map((field) => t(`patients.fields.${field}`).toLocaleLowerCase(i18n.language)),
  );

  return (
    <Stack>
      <Title order={3} size="h4" ref={heading} tabIndex={-1}>
        {t('patients.import.result.title')}
      </Title>
      <Text size="sm">
        {created ? t('patients.import.result.registered', names) : t('patients.import.result.matched', names)}
      </Text>
      {differences.length > 0 && (
        <Alert color="yellow">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('patients.import.result.differences', { fields })}</Text>
            <Anchor component={Link} to={`/patients/${registered.id}`} size="sm">
              {t('patients.import.result.openPatient')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      <Stack gap="xs" component="section" aria-labelledby={unmappedId}>
        <Title order={4} size="h5" id={unmappedId}>
          {t('patients.import.result.unmappedTitle')}
        </Title>
        {result.unmapped.length === 0 ? (
          <Text size="sm">{t('patients.import.result.allRead')}</Text>
        ) : (
          <>
            <Text size="sm">
              {t('patients.import.result.unmapped', { count: result.unmapped.length })}
              {/* The service states its reasons in English (they name FHIR elements and codes). */}
              {!i18n.language.startsWith('en') && ` ${t('patients.import.result.reasonsInEnglish')}`}
            </Text>
            <List size="sm" spacing={4} aria-labelledby={unmappedId}>
              {result.unmapped.map((item, index) => (
                <List.Item key={`${item.element}-${index}`} style={{ overflowWrap: 'anywhere' }}>
                  <Code>{item.element}</Code>
                  {item.resource && (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      ({item.resource})
                    </Text>
                  )}
                  {': '}
                  <span lang="en">{item.reason}</span>
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('patients.import.close')}
        </Button>
        <Button component={Link} to={`/cases/${result.case.id}/edit`}>
          {t('patients.import.result.openCase')}
        </Button>
      </Group>
    </Stack>
  );
}
