import { Box, Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';

import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { type MeetingDetail, useMeeting } from '../../boards/use-meeting';
import { MeetingStatusBadge } from '../../meetings/MeetingStatusBadge';
import { type LiveState, useMeetingEvents } from '../use-meeting-events';
import { CurrentCase } from './CurrentCase';
import { type NameMode, nameModeFrom } from './display-name';
import classes from './RoomDisplay.module.css';
import { useNow } from './use-clock';
import { useFullscreen } from './use-fullscreen';
import { WaitingAgenda } from './WaitingAgenda';

/** The browser tab's title: the board, never a patient (tab titles end up in synchronised history). */
function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Consilium`;
  }, [title]);
}

function Clock({ timeZone }: { timeZone: string }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short', timeZone }).format(now);
  return (
    <Text size="xl" fw={700} className={classes.clock}>
      <VisuallyHidden component="span">{`${t('liveDisplay.header.time')} `}</VisuallyHidden>
      <time dateTime={now.toISOString()}>{time}</time>
    </Text>
  );
}

/** Quorate, or the required disciplines nobody present covers yet: the API's evaluation. */
function Quorum({ quorum }: { quorum: MeetingDetail['quorum'] }) {
  const { t } = useTranslation();
  const missing = quorum.missingDisciplines.map((d) => t(`enums.discipline.${d}`)).join(', ');
  return (
    <Group gap="xs" wrap="wrap" role="status" aria-live="polite" aria-atomic="true">
      <StatusBadge tone={quorum.quorate ? 'success' : 'danger'}>
        {quorum.quorate ? t('liveDisplay.quorum.quorate') : t('liveDisplay.quorum.notQuorate')}
      </StatusBadge>
      {!quorum.quorate && missing && (
        <Text size="md">{t('liveDisplay.quorum.missing', { disciplines: missing })}</Text>
      )}
    </Group>
  );
}

function FullscreenControl({ fullscreen }: { fullscreen: ReturnType<typeof useFullscreen> }) {
  const { t } = useTranslation();
  const hintId = useId();
  if (!fullscreen.supported) return <Text size="sm">{t('liveDisplay.fullScreen.unsupported')}</Text>;
  const hint = <span id={hintId}>{t('liveDisplay.fullScreen.hint')}</span>;
  return (
    <Group gap="sm" wrap="nowrap">
      <Button variant="default" onClick={() => void fullscreen.toggle()} aria-describedby={hintId}>
        {fullscreen.active ? t('liveDisplay.fullScreen.exit') : t('liveDisplay.fullScreen.enter')}
      </Button>
      {/* Shown while the screen is filled, for whoever stands at the keyboard; always its description. */}
      {fullscreen.active ? <Text size="sm">{hint}</Text> : <VisuallyHidden>{hint}</VisuallyHidden>}
    </Group>
  );
}

/** Said only when the stream is down: the room must know the wall may be behind the board. */
function LiveNotice({ state }: { state: LiveState }) {
  const { t } = useTranslation();
  if (state !== 'reconnecting') return null;
  return (
    <Group gap="xs" wrap="wrap" role="status">
      <StatusBadge tone="warning">{t('liveDisplay.live.reconnecting')}</StatusBadge>
      <Text size="md">{t('liveDisplay.live.behind')}</Text>
    </Group>
  );
}

function StatusNotice({ status }: { status: MeetingDetail['status'] }) {
  const { t } = useTranslation();
  if (status === 'in_progress') return null;
  return (
    <Text size="xl" fw={700}>
      {t(`liveDisplay.status.${status}`)}
    </Text>
  );
}

function Wall({ meeting, nameMode }: { meeting: MeetingDetail; nameMode: NameMode }) {
  // The case the board discusses now, set from the console (`null` before the chair opens one).
  const currentCaseId = meeting.currentCaseId;
  // Ages are given on the board's day in the institution's zone, the same on every screen.
  const boardDay = meeting.localStartsAt.slice(0, 10);
  return (
    <Stack gap="lg">
      <StatusNotice status={meeting.status} />
      {currentCaseId ? (
        <CurrentCase caseId={currentCaseId} meeting={meeting} nameMode={nameMode} boardDay={boardDay} />
      ) : (
        <WaitingAgenda meeting={meeting} nameMode={nameMode} boardDay={boardDay} />
      )}
    </Stack>
  );
}

/**
 * The room display of a live board (`/meetings/:meetingId/display`): read-only, full-screen, large
 * type, for the projector. It follows the console by itself (the meeting's events refresh its
 * queries). Patients are named by initials and age unless `?names=full` (or `nameMode`) asks for
 * full names; the MRN is never shown. `standalone` (the default) makes it the page's `<main>`; inside
 * the app shell, which has one, pass `standalone={false}`.
 */
export function RoomDisplayPage({
  nameMode: nameModeProp,
  standalone = true,
}: {
  nameMode?: NameMode;
  standalone?: boolean;
}) {
  const { t } = useTranslation();
  const { meetingId = '' } = useParams();
  const live = useMeetingEvents(meetingId);
  const [params] = useSearchParams();
  const nameMode = nameModeProp ?? nameModeFrom(params);
  const meeting = useMeeting(meetingId);
  const root = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(root);
  const board = meeting.data;
  useDocumentTitle(
    board ? t('liveDisplay.documentTitle', { board: board.title }) : t('liveDisplay.fallbackTitle'),
  );

  return (
    <Box
      component={standalone ? 'main' : 'div'}
      ref={root}
      className={classes.display}
      id={standalone ? 'main' : undefined}
    >
      <header className={classes.header}>
        <Group justify="space-between" align="center" wrap="wrap" gap="lg">
          <Stack gap={0}>
            <Title order={1} size="h2">
              {board?.title ?? t('liveDisplay.fallbackTitle')}
            </Title>
            {board && <Text size="md">{board.boardType}</Text>}
          </Stack>
          {board && (
            <Group gap="lg" wrap="wrap">
              <Clock timeZone={board.timeZone} />
              <Quorum quorum={board.quorum} />
              <MeetingStatusBadge status={board.status} />
              <LiveNotice state={live} />
            </Group>
          )}
          <FullscreenControl fullscreen={fullscreen} />
        </Group>
      </header>
      <Stack gap="xl">
        <QueryState query={meeting}>{() => board && <Wall meeting={board} nameMode={nameMode} />}</QueryState>
        <Text size="sm">
          {nameMode === 'full' ? t('liveDisplay.help.fullNames') : t('liveDisplay.help.initials')}
        </Text>
      </Stack>
    </Box>
  );
}
