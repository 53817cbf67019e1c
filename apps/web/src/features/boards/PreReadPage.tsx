import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import type { Schemas } from '../../api/client';
import { useFormatters } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { CaseFacts } from '../case-view/CaseFacts';
import { useCase } from '../cases/use-case';
import { PlanOptionsPanel } from '../plan-options/PlanOptionsPanel';
import classes from './PreRead.module.css';
import { agendaInOrder, type MeetingDetail, useMeeting } from './use-meeting';

type BoardCase = Schemas['CaseDto'];

function PrintToolbar({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" className={classes.noPrint}>
      <Anchor component={Link} to={`/meetings/${meetingId}`}>
        {t('boards.preReadPage.backToBoard')}
      </Anchor>
      <Button onClick={() => window.print()}>{t('boards.preReadPage.print')}</Button>
    </Group>
  );
}

function BoardLine({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Text>
      {t('boards.preReadPage.boardLine', {
        title: meeting.title,
        when: format.dateTime(meeting.startsAt, meeting.timeZone),
        zone: format.timeZoneName(meeting.timeZone, meeting.startsAt),
      })}
    </Text>
  );
}

function PatientDetails({ boardCase }: { boardCase: BoardCase }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { patient } = boardCase;
  const rows = [
    { label: t('boards.preReadPage.name'), value: patient.fullName },
    { label: t('boards.preReadPage.mrn'), value: patient.mrn },
    { label: t('boards.preReadPage.birthDate'), value: format.calendarDate(patient.birthDate) },
    { label: t('boards.preReadPage.sex'), value: t(`enums.sex.${patient.sex}`) },
    {
      label: t('boards.preReadPage.presenter'),
      value: boardCase.presentingSpecialist?.fullName ?? t('boards.noPresenter'),
    },
  ];
  return (
    <dl className={classes.patient}>
      {rows.map((row) => (
        <div key={row.label}>
          <Text component="dt" size="xs" fw={600}>
            {row.label}
          </Text>
          <Text component="dd" size="sm">
            {row.value}
          </Text>
        </div>
      ))}
    </dl>
  );
}

/** One case's pre-read: the question, the patient, the facts and the plan options, as one printed page. */
function CasePreReadContent({
  meeting,
  boardCase,
  titleOrder,
}: {
  meeting: MeetingDetail;
  boardCase: BoardCase;
  titleOrder: 1 | 2;
}) {
  const { t } = useTranslation();
  const sectionOrder = (titleOrder + 1) as 2 | 3;
  const questionId = useId();
  const patientId = useId();
  const { patient } = boardCase;
  const onAgenda = meeting.agenda.some((item) => item.case.id === boardCase.id);
  return (
    <Stack gap="lg">
      <Text size="sm" fw={600} className={classes.printLine}>
        {t('boards.preReadPage.printLine', { name: patient.fullName, mrn: patient.mrn })}
      </Text>
      <div>
        {titleOrder === 1 ? (
          <PageTitle documentTitle={t('common.documentTitle.preRead')}>
            {t('boards.preReadPage.title', { name: patient.fullName })}
          </PageTitle>
        ) : (
          <Title order={2} size="h2" mb="xs">
            {patient.fullName}
          </Title>
        )}
        <BoardLine meeting={meeting} />
      </div>
      {!onAgenda && <Alert color="orange">{t('boards.preReadPage.notOnAgenda')}</Alert>}
      <section aria-labelledby={questionId} className={classes.question}>
        <Title order={sectionOrder} size="h4" id={questionId} mb={4}>
          {t('boards.preReadPage.question')}
        </Title>
        <Text size="lg" fw={500}>
          {boardCase.questionForBoard ?? t('boards.noQuestion')}
        </Text>
      </section>
      <section aria-labelledby={patientId}>
        <Title order={sectionOrder} size="h4" id={patientId} mb="xs">
          {t('boards.preReadPage.patient')}
        </Title>
        <PatientDetails boardCase={boardCase} />
      </section>
      <CaseFacts boardCase={boardCase} headingOrder={sectionOrder} withQuestion={false} />
      <PlanOptionsPanel caseId={boardCase.id} headingOrder={sectionOrder} />
    </Stack>
  );
}

function CasePreRead({
  meeting,
  caseId,
  titleOrder,
}: {
  meeting: MeetingDetail;
  caseId: string;
  titleOrder: 1 | 2;
}) {
  const boardCase = useCase(caseId);
  return (
    <article className={classes.case}>
      <QueryState query={boardCase}>
        {() =>
          boardCase.data && (
            <CasePreReadContent meeting={meeting} boardCase={boardCase.data} titleOrder={titleOrder} />
          )
        }
      </QueryState>
    </article>
  );
}

/** `/meetings/:meetingId/cases/:caseId/pre-read`: one case, ready to read or print before the board. */
export function PreReadPage() {
  const { meetingId = '', caseId = '' } = useParams();
  const meeting = useMeeting(meetingId);
  return (
    <Stack gap="md" className={classes.page}>
      <PrintToolbar meetingId={meetingId} />
      <QueryState query={meeting}>
        {() => meeting.data && <CasePreRead meeting={meeting.data} caseId={caseId} titleOrder={1} />}
      </QueryState>
    </Stack>
  );
}

function BoardPreReads({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const agenda = agendaInOrder(meeting);
  return (
    <Stack gap="xl">
      <div className={classes.noPrint}>
        <PageTitle>{t('boards.preReadPage.boardTitle', { title: meeting.title })}</PageTitle>
        <BoardLine meeting={meeting} />
      </div>
      {agenda.length === 0 && <Text>{t('boards.agendaEmpty')}</Text>}
      {agenda.map((item) => (
        <CasePreRead key={item.case.id} meeting={meeting} caseId={item.case.id} titleOrder={2} />
      ))}
    </Stack>
  );
}

/** `/meetings/:meetingId/pre-read`: every case on the agenda, in order, one printed page each. */
export function BoardPreReadPage() {
  const { meetingId = '' } = useParams();
  const meeting = useMeeting(meetingId);
  return (
    <Stack gap="md" className={classes.page}>
      <PrintToolbar meetingId={meetingId} />
      <QueryState query={meeting}>
        {() => meeting.data && <BoardPreReads meeting={meeting.data} />}
      </QueryState>
    </Stack>
  );
}
