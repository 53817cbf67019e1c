import { Alert, Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { canRecordAttendance } from '@consilium/domain';

import { ApiError } from '../../../api/client';
import type { Me } from '../../auth/use-me';
import { QuorumIndicator } from '../../boards/AttendancePanel';
import { useRecordAttendance } from '../../boards/use-board-actions';
import type { MeetingDetail } from '../../boards/use-meeting';
import classes from './Device.module.css';

type Failure = 'closed' | 'forbidden' | 'failed';

function failureOf(error: unknown): Failure {
  if (error instanceof ApiError) {
    if (error.code === 'MEETING_NOT_EDITABLE') return 'closed';
    if (error.status === 403) return 'forbidden';
  }
  return 'failed';
}

/** My presence as the meeting records it: `null` while nobody has recorded it. */
export function myPresence(meeting: MeetingDetail, specialistId: string | null): boolean | null {
  if (!specialistId) return null;
  return meeting.attendance.find((a) => a.specialist.id === specialistId)?.present ?? null;
}

/**
 * Marking myself present or absent (a clinician records only their own attendance), and the quorum
 * the API answers with the change: the board's whole state comes back and replaces the cached one.
 */
export function MyAttendance({ meeting, me }: { meeting: MeetingDetail; me: Me }) {
  const { t } = useTranslation();
  const headingId = useId();
  const record = useRecordAttendance(meeting.id);
  const [failure, setFailure] = useState<Failure | null>(null);
  const specialistId = me.specialistId;
  const present = myPresence(meeting, specialistId);

  // The rule the API applies (libs/domain meeting-actions), asked only to offer the buttons or not.
  const check = specialistId
    ? canRecordAttendance({
        role: me.role,
        callerSpecialistId: specialistId,
        attendeeSpecialistId: specialistId,
        meetingState: meeting.status,
      })
    : null;

  const send = (value: boolean) => {
    if (!specialistId || record.isPending || present === value) return;
    setFailure(null);
    record.mutate({ specialistId, present: value }, { onError: (error) => setFailure(failureOf(error)) });
  };

  const state =
    present === null
      ? t('liveDevice.attendance.notRecorded')
      : present
        ? t('liveDevice.attendance.markedPresent')
        : t('liveDevice.attendance.markedAbsent');

  return (
    <section aria-labelledby={headingId} className={classes.panel}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('liveDevice.attendance.title')}
        </Title>
        {!specialistId ? (
          <Text size="sm" role="note">
            {t('liveDevice.attendance.noProfile')}
          </Text>
        ) : (
          <>
            <Text size="md" fw={600} role="status" aria-live="polite">
              {state}
            </Text>
            {check?.ok ? (
              // A named group of two pressed-or-not buttons: "My attendance: I am present, pressed".
              <div role="group" aria-label={t('liveDevice.attendance.group')}>
                <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                  {([true, false] as const).map((value) => {
                    const pressed = present === value;
                    return (
                      <Button
                        key={String(value)}
                        size="lg"
                        fullWidth
                        variant={pressed ? 'filled' : 'default'}
                        // Shade 9: white on it passes WCAG AA at this size (teal 6 does not).
                        color={value ? 'teal.9' : 'gray.8'}
                        aria-pressed={pressed}
                        loading={record.isPending && record.variables?.present === value}
                        onClick={() => send(value)}
                      >
                        {value ? t('liveDevice.attendance.present') : t('liveDevice.attendance.absent')}
                      </Button>
                    );
                  })}
                </SimpleGrid>
              </div>
            ) : (
              <Text size="sm" role="note">
                {check?.code === 'MEETING_NOT_EDITABLE'
                  ? t('liveDevice.attendance.closed')
                  : t('liveDevice.attendance.forbidden')}
              </Text>
            )}
            {present !== true && check?.ok && meeting.status === 'in_progress' && (
              <Text size="sm">{t('liveDevice.attendance.presentToTakePart')}</Text>
            )}
          </>
        )}
        {failure && (
          <Alert color="red" role="alert">
            {t(`liveDevice.attendance.${failure}`)}
          </Alert>
        )}
        <QuorumIndicator quorum={meeting.quorum} />
      </Stack>
    </section>
  );
}
