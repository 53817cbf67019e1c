import { Alert, Anchor, Button, Grid, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { isMeetingEditable, isMeetingOpen } from '@consilium/domain';

import { useFormatters } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useMe } from '../auth/use-me';
import { MeetingStatusBadge } from '../meetings/MeetingStatusBadge';
import { AgendaBuilder } from './AgendaBuilder';
import { AgendaTable } from './AgendaTable';
import { AttendancePanel } from './AttendancePanel';
import { BoardOutcomes } from './BoardOutcomes';
import { agendaInOrder, type MeetingDetail, useMeeting } from './use-meeting';
import { WaitingCases } from './WaitingCases';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" fw={600} c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** When, where, who chairs and which disciplines make the quorum. */
export function BoardDetails({ meeting }: { meeting: MeetingDetail }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const zone = format.timeZoneName(meeting.timeZone, meeting.startsAt);
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="md" verticalSpacing="sm" m={0}>
      <Detail label={t('boards.when')}>
        {t('boards.timeRange', {
          start: format.dateTime(meeting.startsAt, meeting.timeZone),
          end: new Intl.DateTimeFormat(i18n.language, {
            timeStyle: 'short',
            timeZone: meeting.timeZone,
          }).format(new Date(meeting.endsAt)),
        })}
        <Text span display="block" size="xs" c="dimmed">
          {zone}
        </Text>
      </Detail>
      <Detail label={t('boards.place')}>
        {meeting.location && (
          <Text span display="block" size="sm">
            {meeting.location}
          </Text>
        )}
        {meeting.videoUrl && (
          <Anchor href={meeting.videoUrl} target="_blank" rel="noopener noreferrer" size="sm">
            {t('boards.videoLink')}
          </Anchor>
        )}
        {!meeting.location && !meeting.videoUrl && t('boards.noPlace')}
      </Detail>
      <Detail label={t('boards.chair')}>
        {t('boards.chairWithDiscipline', {
          name: meeting.chair.fullName,
          discipline: t(`enums.discipline.${meeting.chair.discipline}`),
        })}
      </Detail>
      <Detail label={t('boards.status')}>
        <MeetingStatusBadge status={meeting.status} />
      </Detail>
      <Detail label={t('boards.requiredDisciplines')}>
        {meeting.requiredDisciplines.map((d) => t(`enums.discipline.${d}`)).join(', ')}
      </Detail>
    </SimpleGrid>
  );
}

function AgendaHeading({ meeting, showTotals }: { meeting: MeetingDetail; showTotals: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={2} size="h3" id="board-agenda">
          {t('boards.agenda')}
        </Title>
        {showTotals && (
          <Text size="sm" c="dimmed">
            {t('boards.agendaTotals', {
              cases: meeting.totals.cases,
              minutes: meeting.totals.plannedMinutes,
            })}
          </Text>
        )}
      </div>
      {meeting.agenda.length > 0 && (
        <Button component={Link} to={`/meetings/${meeting.id}/pre-read`} variant="default">
          {t('boards.printAll')}
        </Button>
      )}
    </Group>
  );
}

/** The clinicians' view of the agenda: their own cases marked, each with its pre-read. */
function ReadAgenda({ meeting, specialistId }: { meeting: MeetingDetail; specialistId: string | null }) {
  const { t } = useTranslation();
  const agenda = agendaInOrder(meeting);
  const mine = agenda.filter((item) => specialistId && item.case.presentingSpecialist?.id === specialistId);
  return (
    <section aria-labelledby="board-agenda">
      <Stack gap="sm">
        <AgendaHeading meeting={meeting} showTotals />
        {mine.length > 0 && <Text size="sm">{t('boards.youPresentCount', { count: mine.length })}</Text>}
        <AgendaTable
          meetingId={meeting.id}
          items={agenda}
          defaultMinutes={meeting.totals.defaultMinutesPerCase}
          specialistId={specialistId}
        />
      </Stack>
    </section>
  );
}

/** The coordinator's desk for one board: the agenda while planned, attendance, outcomes once closed. */
function CoordinatorBoard({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const planned = isMeetingEditable(meeting.status);
  return (
    <>
      {planned ? (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, xl: 8 }}>
            <section aria-labelledby="board-agenda">
              <Stack gap="sm">
                <AgendaHeading meeting={meeting} showTotals={false} />
                <AgendaBuilder meeting={meeting} />
              </Stack>
            </section>
          </Grid.Col>
          <Grid.Col span={{ base: 12, xl: 4 }}>
            <section aria-labelledby="board-waiting">
              <Stack gap="sm">
                <Title order={2} size="h3" id="board-waiting">
                  {t('boards.waiting.title')}
                </Title>
                <WaitingCases meetingId={meeting.id} timeZone={meeting.timeZone} />
              </Stack>
            </section>
          </Grid.Col>
        </Grid>
      ) : meeting.status === 'closed' ? (
        <section aria-labelledby="board-outcomes">
          <Stack gap="sm">
            <Title order={2} size="h3" id="board-outcomes">
              {t('boards.outcomes.title')}
            </Title>
            <BoardOutcomes meeting={meeting} />
          </Stack>
        </section>
      ) : (
        <ReadAgenda meeting={meeting} specialistId={null} />
      )}
      {meeting.status !== 'cancelled' && (
        <section aria-labelledby="board-attendance">
          <Stack gap="sm">
            <Title order={2} size="h3" id="board-attendance">
              {t('boards.attendance.title')}
            </Title>
            <AttendancePanel meeting={meeting} editable={isMeetingOpen(meeting.status)} />
          </Stack>
        </section>
      )}
    </>
  );
}

function Board({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const coordinates = me.data?.permissions.includes('meetings.manage') ?? false;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <PageTitle>{meeting.title}</PageTitle>
          <Text c="dimmed" mt={-8}>
            {meeting.boardType}
          </Text>
        </div>
        <Group gap="sm">
          {isMeetingOpen(meeting.status) &&
            (coordinates || (me.data?.specialistId ?? null) === meeting.chair.id) && (
              <Button component={Link} to={`/meetings/${meeting.id}/console`}>
                {t('boards.runBoard')}
              </Button>
            )}
          {isMeetingOpen(meeting.status) && me.data?.role === 'clinician' && (
            <Button component={Link} to={`/meetings/${meeting.id}/device`}>
              {t('boards.myDevice')}
            </Button>
          )}
          {isMeetingOpen(meeting.status) && (
            // The projector's view opens on its own screen (a new window on the room's computer).
            <Button
              component="a"
              href={`/meetings/${meeting.id}/display`}
              target="_blank"
              rel="noopener"
              variant="default"
            >
              {t('boards.roomDisplay')}
            </Button>
          )}
          {coordinates && isMeetingEditable(meeting.status) && (
            <Button component={Link} to={`/meetings/${meeting.id}/edit`} variant="light">
              {t('boards.editBoard')}
            </Button>
          )}
        </Group>
      </Group>
      {meeting.status === 'cancelled' && (
        <Alert color="red" title={t('enums.meetingStatus.cancelled')}>
          {meeting.cancelReason
            ? t('boards.cancelled', { reason: meeting.cancelReason })
            : t('boards.cancelledNoReason')}
        </Alert>
      )}
      <section aria-label={t('boards.details')}>
        <BoardDetails meeting={meeting} />
      </section>
      {/* What follows depends on the reader's role: not shown as a clinician's to a coordinator first. */}
      {me.isPending ? (
        <Group gap="xs" role="status">
          <Loader size="sm" aria-hidden />
          <Text size="sm">{t('common.loading')}</Text>
        </Group>
      ) : coordinates ? (
        <CoordinatorBoard meeting={meeting} />
      ) : (
        <ReadAgenda meeting={meeting} specialistId={me.data?.specialistId ?? null} />
      )}
    </Stack>
  );
}

/**
 * A board: when and where, and the agenda with each case's pre-read. Its coordinator also builds the
 * agenda while it is planned, records attendance, and sees the outcomes once it has closed.
 */
export function BoardPage() {
  const { meetingId = '' } = useParams();
  const meeting = useMeeting(meetingId);
  return <QueryState query={meeting}>{() => meeting.data && <Board meeting={meeting.data} />}</QueryState>;
}
