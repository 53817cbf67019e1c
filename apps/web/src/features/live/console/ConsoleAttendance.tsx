import { Alert, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { type RefObject, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { canRecordAttendance } from '@consilium/domain';

import { ApiError } from '../../../api/client';
import { StatusBadge } from '../../../components/StatusBadge';
import type { Me } from '../../auth/use-me';
import { PresenceToggle, QuorumIndicator } from '../../boards/AttendancePanel';
import { useRecordAttendance } from '../../boards/use-board-actions';
import type { ExpectedAttendee, MeetingDetail } from '../../boards/use-meeting';

function AttendeeRow({
  attendee,
  editable,
  pending,
  onRecord,
}: {
  attendee: ExpectedAttendee;
  editable: boolean;
  pending: boolean;
  onRecord: (present: boolean) => void;
}) {
  const { t } = useTranslation();
  const name = attendee.specialist.fullName;
  const state =
    attendee.present === null
      ? t('liveConsole.attendance.notRecorded')
      : attendee.present
        ? t('liveConsole.attendance.present')
        : t('liveConsole.attendance.absent');
  return (
    <Box component="li" py={2}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <div>
          <Text size="sm" fw={500}>
            {name}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`enums.discipline.${attendee.specialist.discipline}`)}
          </Text>
        </div>
        {editable ? (
          <PresenceToggle
            label={t('liveConsole.attendance.for', { name })}
            present={attendee.present}
            pending={pending}
            onRecord={onRecord}
          />
        ) : (
          <StatusBadge
            tone={attendee.present ? 'success' : attendee.present === false ? 'neutral' : 'pending'}
          >
            {state}
          </StatusBadge>
        )}
      </Group>
    </Box>
  );
}

/**
 * Attendance in a few lines: how many of the people expected are present, and the quorum (the API's
 * evaluation, answered with every change); opened, each person marked Present or Absent. A
 * coordinator records anyone's, the chair only their own (the domain's rule, for display; the API
 * decides). Guests not expected are added on the board page.
 */
export function ConsoleAttendance({
  meeting,
  me,
  open,
  onToggle,
  listRef,
}: {
  meeting: MeetingDetail;
  me: Me;
  open: boolean;
  onToggle: () => void;
  listRef: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const listId = useId();
  const record = useRecordAttendance(meeting.id);
  const [failed, setFailed] = useState<{ name: string; closed: boolean } | null>(null);
  const expected = meeting.expected;
  const present = expected.filter((e) => e.present === true).length;
  const pendingId = record.isPending ? (record.variables?.specialistId ?? null) : null;
  const editable = (attendee: ExpectedAttendee) =>
    canRecordAttendance({
      role: me.role,
      callerSpecialistId: me.specialistId,
      attendeeSpecialistId: attendee.specialist.id,
      meetingState: meeting.status,
    }).ok;

  const send = (attendee: ExpectedAttendee, isPresent: boolean) => {
    setFailed(null);
    record.mutate(
      { specialistId: attendee.specialist.id, present: isPresent },
      {
        onError: (error) =>
          setFailed({
            name: attendee.specialist.fullName,
            closed: error instanceof ApiError && error.code === 'MEETING_NOT_EDITABLE',
          }),
      },
    );
  };

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="center" wrap="wrap" gap="xs">
          <Title order={2} size="h4" id={headingId}>
            {t('liveConsole.attendance.title')}
          </Title>
          <Button
            size="compact-sm"
            variant="subtle"
            aria-expanded={open}
            aria-controls={open ? listId : undefined}
            aria-keyshortcuts="A"
            onClick={onToggle}
          >
            {open ? t('liveConsole.attendance.hide') : t('liveConsole.attendance.show')}
          </Button>
        </Group>
        <Text size="sm">{t('liveConsole.attendance.summary', { present, expected: expected.length })}</Text>
        <QuorumIndicator quorum={meeting.quorum} />
        {failed && (
          <Alert color="red" role="alert">
            {failed.closed
              ? t('liveConsole.attendance.closed')
              : t('liveConsole.attendance.failed', { name: failed.name })}
          </Alert>
        )}
        {open && (
          <div id={listId} ref={listRef}>
            <Stack gap="xs">
              {expected.length === 0 ? (
                <Text size="sm">{t('liveConsole.attendance.nobodyExpected')}</Text>
              ) : (
                <Box
                  component="ul"
                  p={0}
                  m={0}
                  style={{ listStyle: 'none' }}
                  aria-label={t('liveConsole.attendance.listLabel')}
                >
                  {expected.map((attendee) => (
                    <AttendeeRow
                      key={attendee.specialist.id}
                      attendee={attendee}
                      editable={editable(attendee)}
                      pending={pendingId === attendee.specialist.id}
                      onRecord={(isPresent) => send(attendee, isPresent)}
                    />
                  ))}
                </Box>
              )}
              {me.role !== 'coordinator' && <Text size="xs">{t('liveConsole.attendance.ownOnly')}</Text>}
              <Text size="xs">{t('liveConsole.attendance.guests')}</Text>
            </Stack>
          </div>
        )}
      </Stack>
    </section>
  );
}
