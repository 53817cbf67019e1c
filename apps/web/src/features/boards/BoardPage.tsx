import { Alert, Anchor, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { useFormatters } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useMe } from '../auth/use-me';
import { MeetingStatusBadge } from '../meetings/MeetingStatusBadge';
import { AgendaTable } from './AgendaTable';
import { agendaInOrder, type MeetingDetail, useMeeting } from './use-meeting';

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

function Board({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const specialistId = me.data?.specialistId ?? null;
  const agenda = agendaInOrder(meeting);
  const mine = agenda.filter((item) => specialistId && item.case.presentingSpecialist?.id === specialistId);
  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{meeting.title}</PageTitle>
        <Text c="dimmed" mt={-8}>
          {meeting.boardType}
        </Text>
      </div>
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
      <section aria-labelledby="board-agenda">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end">
            <div>
              <Title order={2} size="h3" id="board-agenda">
                {t('boards.agenda')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('boards.agendaTotals', {
                  cases: meeting.totals.cases,
                  minutes: meeting.totals.plannedMinutes,
                })}
              </Text>
              {mine.length > 0 && (
                <Text size="sm">{t('boards.youPresentCount', { count: mine.length })}</Text>
              )}
            </div>
            {agenda.length > 0 && (
              <Button component={Link} to={`/meetings/${meeting.id}/pre-read`} variant="default">
                {t('boards.printAll')}
              </Button>
            )}
          </Group>
          <AgendaTable
            meetingId={meeting.id}
            items={agenda}
            defaultMinutes={meeting.totals.defaultMinutesPerCase}
            specialistId={specialistId}
          />
        </Stack>
      </section>
    </Stack>
  );
}

/** A board as the clinicians prepare for it: when and where, and the agenda with each case's pre-read. */
export function BoardPage() {
  const { meetingId = '' } = useParams();
  const meeting = useMeeting(meetingId);
  return <QueryState query={meeting}>{() => meeting.data && <Board meeting={meeting.data} />}</QueryState>;
}
