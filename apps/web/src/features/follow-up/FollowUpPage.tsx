import { Anchor, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { type Column, DataTable } from '../../components/DataTable';
import { useFormatters } from '../../components/format';
import { LoadMore } from '../../components/LoadMore';
import { useNotify } from '../../components/notify';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { StatusBadge } from '../../components/StatusBadge';
import { useInstitutionSettings } from '../admin/use-users';
import { LetterButton } from './LetterButton';
import { RecordFollowUpForm } from './RecordFollowUpForm';
import { type FollowUpCase, useAwaitingFollowUp } from './use-follow-up';

const DAY_MS = 86_400_000;

/** Earliest due first (the overdue ones lead), then by decision; a case without a due date last. */
function byDueDate(a: FollowUpCase, b: FollowUpCase): number {
  const due = (c: FollowUpCase) =>
    c.nextStep.followUpDueAt ? Date.parse(c.nextStep.followUpDueAt) : Infinity;
  const since = (c: FollowUpCase) => (c.nextStep.since ? Date.parse(c.nextStep.since) : Infinity);
  return due(a) - due(b) || since(a) - since(b);
}

/**
 * The follow-up tracker (`/follow-up`, permission `followup.record`): decided cases whose
 * recommendation awaits follow-up, overdue ones first (the API says which are overdue), each with its
 * recommendation, its printable letter and the form that records the follow-up and closes the case.
 */
export function FollowUpPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const [params, setParams] = useSearchParams();
  const overdueOnly = params.get('overdue') === '1';
  const cases = useAwaitingFollowUp();
  const settings = useInstitutionSettings();
  const timeZone = settings.data?.timeZone;
  const overdueDays = settings.data?.followUpOverdueDays;
  const [recording, setRecording] = useState<FollowUpCase | null>(null);
  // Recorded here: gone at once, before the refreshed list arrives.
  const [gone, setGone] = useState<ReadonlySet<string>>(new Set());

  const waiting = (cases.data?.items ?? [])
    .filter((c) => c.status === 'decided' && !gone.has(c.id))
    .sort(byDueDate);
  const overdueCount = waiting.filter((c) => c.nextStep.overdue).length;
  const rows = overdueOnly ? waiting.filter((c) => c.nextStep.overdue) : waiting;

  const setOverdueOnly = (on: boolean) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (on) next.set('overdue', '1');
        else next.delete('overdue');
        return next;
      },
      { replace: true },
    );

  return (
    <Stack>
      <PageTitle>{t('followUp.title')}</PageTitle>
      <Text>{t('followUp.intro')}</Text>
      {overdueDays !== undefined && (
        <Text size="sm">{t('followUp.overdueRule', { count: overdueDays })}</Text>
      )}
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Checkbox
          label={t('followUp.overdueOnly')}
          checked={overdueOnly}
          onChange={(event) => setOverdueOnly(event.currentTarget.checked)}
        />
        {cases.isSuccess && (
          <Text size="sm" role="status">
            {t('followUp.overdueCount', { count: overdueCount })}
          </Text>
        )}
      </Group>
      <QueryState query={cases}>
        {() => (
          <>
            <FollowUpTable
              rows={rows}
              timeZone={timeZone}
              empty={overdueOnly ? t('followUp.noneOverdue') : t('followUp.none')}
              onRecord={setRecording}
            />
            <LoadMore query={cases} />
          </>
        )}
      </QueryState>
      <Modal
        opened={recording !== null}
        onClose={() => setRecording(null)}
        title={t('followUp.form.title')}
        centered
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.dismiss') }}
      >
        {recording && (
          <Stack gap="md">
            <Text size="sm" fw={600}>
              {t('followUp.form.caseLine', {
                name: recording.patient.fullName,
                mrn: recording.patient.mrn,
              })}
            </Text>
            <RecordFollowUpForm
              boardCase={recording}
              onCancel={() => setRecording(null)}
              onRecorded={() => {
                notify(t('followUp.recorded', { name: recording.patient.fullName }));
                setGone((current) => new Set(current).add(recording.id));
                setRecording(null);
              }}
            />
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

function FollowUpTable({
  rows,
  timeZone,
  empty,
  onRecord,
}: {
  rows: FollowUpCase[];
  timeZone: string | undefined;
  empty: string;
  onRecord: (c: FollowUpCase) => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const relative = new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' });
  const dueIn = (dueAt: string) =>
    relative.format(Math.ceil((Date.parse(dueAt) - Date.now()) / DAY_MS), 'day');

  const columns: Column<FollowUpCase>[] = [
    {
      key: 'patient',
      header: t('followUp.columns.patient'),
      cell: (c) => (
        <>
          <Text size="sm" fw={600}>
            {c.patient.fullName}
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('followUp.mrn', { mrn: c.patient.mrn })}
          </Text>
        </>
      ),
    },
    {
      key: 'decided',
      header: t('followUp.columns.decidedOn'),
      cell: (c) => (c.nextStep.since ? format.date(c.nextStep.since, timeZone) : t('common.notRecorded')),
      nowrap: true,
    },
    {
      key: 'due',
      header: t('followUp.columns.dueBy'),
      cell: (c) =>
        c.nextStep.followUpDueAt ? (
          <>
            <Text size="sm">{format.date(c.nextStep.followUpDueAt, timeZone)}</Text>
            <Text size="xs" c="dimmed">
              {dueIn(c.nextStep.followUpDueAt)}
            </Text>
          </>
        ) : (
          t('common.notRecorded')
        ),
      nowrap: true,
    },
    {
      key: 'state',
      header: t('followUp.columns.state'),
      cell: (c) =>
        c.nextStep.overdue ? (
          <StatusBadge tone="danger">{t('followUp.overdue')}</StatusBadge>
        ) : (
          <StatusBadge tone="pending">{t('followUp.onTime')}</StatusBadge>
        ),
      nowrap: true,
    },
    {
      key: 'recommendation',
      header: t('followUp.columns.recommendation'),
      cell: (c) => (
        <Stack gap={2} align="flex-start">
          <Anchor
            component={Link}
            to={`/cases/${c.id}`}
            size="sm"
            aria-label={t('followUp.recommendationFor', { name: c.patient.fullName })}
          >
            {t('followUp.recommendation')}
          </Anchor>
          <LetterButton caseId={c.id} name={c.patient.fullName} />
        </Stack>
      ),
    },
    {
      key: 'action',
      header: t('followUp.columns.action'),
      cell: (c) => (
        <Button
          size="xs"
          onClick={() => onRecord(c)}
          aria-label={t('followUp.recordFor', { name: c.patient.fullName })}
        >
          {t('followUp.record')}
        </Button>
      ),
      nowrap: true,
    },
  ];
  return (
    <DataTable
      label={t('followUp.tableLabel')}
      columns={columns}
      rows={rows}
      rowKey={(c) => c.id}
      empty={empty}
    />
  );
}
