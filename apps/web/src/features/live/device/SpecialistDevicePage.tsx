import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { PageTitle } from '../../../components/PageTitle';
import { QueryState } from '../../../components/QueryState';
import { type Me, useMe } from '../../auth/use-me';
import { type MeetingDetail, useMeeting } from '../../boards/use-meeting';
import { MeetingStatusBadge } from '../../meetings/MeetingStatusBadge';
import { type LiveState, useMeetingEvents } from '../use-meeting-events';
import classes from './Device.module.css';
import { DeviceAgenda } from './DeviceAgenda';
import { DeviceCase } from './DeviceCase';
import { LiveStatus } from './LiveStatus';
import { MyAttendance } from './MyAttendance';

/** The coordinator runs the board from the console, not from a specialist's device. */
function ForCoordinator({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" title={t('liveDevice.coordinator.title')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('liveDevice.coordinator.body')}</Text>
        <Button component={Link} to={`/meetings/${meetingId}/console`}>
          {t('liveDevice.coordinator.open')}
        </Button>
      </Stack>
    </Alert>
  );
}

function StatusNotice({ status }: { status: MeetingDetail['status'] }) {
  const { t } = useTranslation();
  if (status === 'in_progress') return null;
  return (
    <Text size="md" fw={600}>
      {t(`liveDevice.status.${status}`)}
    </Text>
  );
}

function Device({ meeting, me, live }: { meeting: MeetingDetail; me: Me; live: LiveState }) {
  const currentCaseId = meeting.currentCaseId;
  return (
    <Stack gap="lg">
      <Group gap="sm" wrap="wrap">
        <MeetingStatusBadge status={meeting.status} />
        <LiveStatus state={live} />
      </Group>
      <StatusNotice status={meeting.status} />
      <MyAttendance meeting={meeting} me={me} />
      {currentCaseId ? (
        // Keyed by case: a half-written proposal or dissent never carries over to the next patient.
        <DeviceCase key={currentCaseId} caseId={currentCaseId} meeting={meeting} me={me} />
      ) : (
        <DeviceAgenda meeting={meeting} mySpecialistId={me.specialistId} />
      )}
    </Stack>
  );
}

/**
 * Each specialist's own device at a live board (`/meetings/:meetingId/device`), on a laptop, a
 * tablet or a phone: mark myself present or absent, follow the case the chair has opened, propose
 * and vote. It follows the board by itself (the meeting's events refresh its queries), and what I
 * do reaches the console and the room display the same way. A coordinator is pointed to the
 * console. The document title names the board, never a patient.
 */
export function SpecialistDevicePage() {
  const { t } = useTranslation();
  const { meetingId = '' } = useParams();
  const me = useMe();
  const meeting = useMeeting(meetingId);
  const coordinator = me.data?.role === 'coordinator';
  // Only a specialist's device follows the stream here; the coordinator's is the console.
  const live = useMeetingEvents(me.data && !coordinator ? meetingId : undefined);
  const board = meeting.data;
  const title = board?.title ?? t('liveDevice.fallbackTitle');
  const both = {
    isPending: me.isPending || meeting.isPending,
    isError: me.isError || meeting.isError,
    refetch: () => Promise.all([me.refetch(), meeting.refetch()]),
  };

  return (
    <div className={classes.device}>
      <PageTitle documentTitle={board ? t('liveDevice.documentTitle', { board: board.title }) : title}>
        {title}
      </PageTitle>
      <QueryState query={both}>
        {() =>
          me.data &&
          board &&
          (coordinator ? (
            <ForCoordinator meetingId={board.id} />
          ) : (
            <Device meeting={board} me={me.data} live={live} />
          ))
        }
      </QueryState>
    </div>
  );
}
