import { Alert, Anchor, Button, Grid, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { canSetCurrentCase, isMeetingOpen } from '@consilium/domain';

import { ApiError } from '../../../api/client';
import { useNotify } from '../../../components/notify';
import { PageTitle } from '../../../components/PageTitle';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge, type StatusTone } from '../../../components/StatusBadge';
import { type Me, useMe } from '../../auth/use-me';
import { agendaInOrder, type AgendaItem, type MeetingDetail, useMeeting } from '../../boards/use-meeting';
import { MeetingStatusBadge } from '../../meetings/MeetingStatusBadge';
import { type LiveState, useMeetingEvents } from '../use-meeting-events';
import { CloseMeetingModal } from './CloseMeetingModal';
import { ConsoleAgenda } from './ConsoleAgenda';
import { ConsoleAttendance } from './ConsoleAttendance';
import { ConsoleCase } from './ConsoleCase';
import { DeferCaseModal } from './DeferCaseModal';
import { EMPTY_DRAFT, type NoteDraft } from './DiscussionNotes';
import { ShortcutList } from './ShortcutList';
import { useShortcuts } from './shortcuts';
import { useSetCurrentCase, useStartMeeting } from './use-console';

const LIVE_TONES: Record<LiveState, StatusTone> = {
  connecting: 'pending',
  live: 'success',
  reconnecting: 'warning',
  ended: 'neutral',
};

/**
 * Whether the user guides the board (its chair, or a coordinator): the domain's rule for moving the
 * board to a case, asked for display. `moves` adds that the board is in progress.
 */
function guidance(me: Me, meeting: MeetingDetail): { guides: boolean; moves: boolean } {
  const check = canSetCurrentCase({
    role: me.role,
    callerSpecialistId: me.specialistId,
    chairSpecialistId: meeting.chair.id,
    meetingState: meeting.status,
  });
  return { guides: check.ok || check.code !== 'NOT_CHAIR_OR_COORDINATOR', moves: check.ok };
}

function moveFailure(error: Error, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 403) return t('liveConsole.navigation.failed.forbidden');
    if (error.status === 409) return t('liveConsole.navigation.failed.notInProgress');
    if (error.status === 404) return t('liveConsole.navigation.failed.notFound');
  }
  return t('liveConsole.navigation.failed.other');
}

function startFailure(error: Error, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 409) return t('liveConsole.header.startFailed.conflict');
    if (error.status === 403) return t('liveConsole.header.startFailed.forbidden');
  }
  return t('liveConsole.header.startFailed.other');
}

/** The event stream's state, in words: the console must say when it may be behind the board. */
function LiveBadge({ state }: { state: LiveState }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="status" wrap="wrap">
      <StatusBadge tone={LIVE_TONES[state]}>{t(`liveConsole.live.${state}`)}</StatusBadge>
      {state === 'reconnecting' && <Text size="sm">{t('liveConsole.live.behind')}</Text>}
    </Group>
  );
}

function StatusNotice({ meeting, manages }: { meeting: MeetingDetail; manages: boolean }) {
  const { t } = useTranslation();
  switch (meeting.status) {
    case 'planned':
      return (
        <Alert color="blue">
          {manages ? t('liveConsole.status.planned') : t('liveConsole.status.plannedChair')}
        </Alert>
      );
    case 'closed':
      return (
        <Alert color="teal" title={t('liveConsole.status.closedTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('liveConsole.status.closed')}</Text>
            <Anchor component={Link} to={`/meetings/${meeting.id}`} size="sm">
              {t('liveConsole.status.outcomes')}
            </Anchor>
          </Stack>
        </Alert>
      );
    case 'cancelled':
      return (
        <Alert color="red" title={t('liveConsole.status.cancelledTitle')}>
          {t('liveConsole.status.cancelled')}
        </Alert>
      );
    default:
      return null;
  }
}

function NoCase({ moves, onFirst }: { moves: boolean; onFirst: (() => void) | null }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('liveConsole.case.noneTitle')}
      </Title>
      <Text size="sm">{moves ? t('liveConsole.case.none') : t('liveConsole.case.noneWaiting')}</Text>
      {moves && onFirst && (
        <Group>
          <Button onClick={onFirst}>{t('liveConsole.navigation.first')}</Button>
        </Group>
      )}
    </Stack>
  );
}

function Console({ meeting, me, live }: { meeting: MeetingDetail; me: Me; live: LiveState }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const { moves } = guidance(me, meeting);
  const manages = me.permissions.includes('meetings.manage');
  const agenda = agendaInOrder(meeting);
  const index = agenda.findIndex((item) => item.case.id === meeting.currentCaseId);
  const current = index >= 0 ? agenda[index] : null;
  const next = index + 1 < agenda.length ? agenda[index + 1] : null;
  const previous = index > 0 ? agenda[index - 1] : null;

  const setCurrent = useSetCurrentCase(meeting.id);
  const start = useStartMeeting(meeting.id);
  const [moveError, setMoveError] = useState<string | null>(null);
  const [composerOpen, setComposerOpen] = useState(false);
  const [attendanceOpen, setAttendanceOpen] = useState(false);
  const [closing, setClosing] = useState(false);
  const [deferring, setDeferring] = useState(false);

  // Where the shortcuts move the focus.
  const noteBoxRef = useRef<HTMLTextAreaElement>(null);
  const notesRef = useRef<HTMLElement>(null);
  const votesRef = useRef<HTMLDivElement>(null);
  const proposeRef = useRef<HTMLDivElement>(null);
  const attendanceRef = useRef<HTMLDivElement>(null);
  // What is typed for each case stays when the board moves on (someone else may move it), and is
  // back in the box when the board returns to that case. Not state: the box renders it, not the page.
  const [drafts] = useState(() => new Map<string, NoteDraft>());

  // Focus moves after the render that shows its target (an opened panel, the composer).
  const pendingFocus = useRef<(() => HTMLElement | null | undefined) | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const focusAfterRender = (target: () => HTMLElement | null | undefined) => {
    pendingFocus.current = target;
    setFocusRequest((n) => n + 1);
  };
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    target()?.focus();
  }, [focusRequest]);

  const open = (item: AgendaItem | null) => {
    if (!item || !moves || item.case.id === meeting.currentCaseId) return;
    setMoveError(null);
    setCurrent.mutate(item.case.id, { onError: (error) => setMoveError(moveFailure(error, t)) });
  };
  const first = agenda[0] ?? null;

  useShortcuts({
    next: () => open(current ? next : first),
    previous: () => open(previous),
    note: () => (noteBoxRef.current ?? notesRef.current)?.focus(),
    propose: () => {
      if (!current) return;
      if (me.permissions.includes('plans.propose')) setComposerOpen(true);
      focusAfterRender(() => proposeRef.current);
    },
    votes: () => votesRef.current?.focus(),
    attendance: () => {
      setAttendanceOpen(true);
      focusAfterRender(
        () => attendanceRef.current?.querySelector<HTMLElement>('button') ?? attendanceRef.current,
      );
    },
  });

  const title = t('liveConsole.title', { board: meeting.title });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          {/* The board's title, never a patient's name: it is what the browser's history keeps. */}
          <PageTitle documentTitle={title}>{title}</PageTitle>
          <Text c="dimmed" mt={-8}>
            {meeting.boardType}
          </Text>
        </div>
        <Group gap="sm" wrap="wrap">
          <MeetingStatusBadge status={meeting.status} />
          <LiveBadge state={live} />
        </Group>
      </Group>

      <Group gap="sm" wrap="wrap" role="group" aria-label={t('liveConsole.header.actions')}>
        {manages && meeting.status === 'planned' && (
          <Button
            loading={start.isPending}
            onClick={() =>
              start.mutate(undefined, { onSuccess: () => notify(t('liveConsole.header.started')) })
            }
          >
            {t('liveConsole.header.start')}
          </Button>
        )}
        {moves && (
          <>
            {/* Shown disabled but kept focusable: reaching the last case must not drop the focus. */}
            <Button
              variant="default"
              data-disabled={!previous || undefined}
              aria-disabled={!previous || undefined}
              aria-keyshortcuts="K ["
              onClick={() => open(previous)}
            >
              {t('liveConsole.navigation.previous')}
            </Button>
            <Button
              variant="default"
              data-disabled={!(current ? next : first) || undefined}
              aria-disabled={!(current ? next : first) || undefined}
              aria-keyshortcuts="J ]"
              onClick={() => open(current ? next : first)}
            >
              {t('liveConsole.navigation.next')}
            </Button>
          </>
        )}
        <Button component={Link} to={`/meetings/${meeting.id}`} variant="subtle">
          {t('liveConsole.header.boardPage')}
        </Button>
        {isMeetingOpen(meeting.status) && (
          // The projector's view opens on its own screen (a new window on the room's computer).
          <Button
            component="a"
            href={`/meetings/${meeting.id}/display`}
            target="_blank"
            rel="noopener"
            variant="subtle"
          >
            {t('liveConsole.header.roomDisplay')}
          </Button>
        )}
        {manages && meeting.status === 'in_progress' && (
          <Button color="red" variant="light" onClick={() => setClosing(true)}>
            {t('liveConsole.header.close')}
          </Button>
        )}
      </Group>
      {!manages && isMeetingOpen(meeting.status) && (
        <Text size="sm">{t('liveConsole.header.chairNote')}</Text>
      )}
      {moves && current && current.active && current.case.status === 'scheduled' && (
        <Group gap="sm">
          <Button variant="light" color="orange.9" onClick={() => setDeferring(true)}>
            {t('liveConsole.defer.open')}
          </Button>
          <Text size="sm">{t('liveConsole.navigation.defer')}</Text>
          <DeferCaseModal
            meetingId={meeting.id}
            caseId={current.case.id}
            patient={current.case.patient.fullName}
            opened={deferring}
            onClose={() => setDeferring(false)}
          />
        </Group>
      )}
      {start.error && (
        <Alert color="red" role="alert">
          {startFailure(start.error, t)}
        </Alert>
      )}
      {moveError && (
        <Alert color="red" role="alert">
          {moveError}
        </Alert>
      )}
      <StatusNotice meeting={meeting} manages={manages} />
      {/* Whoever moves the board (here or on another device), a screen reader hears where it is now. */}
      <VisuallyHidden role="status" aria-live="polite">
        {current
          ? t('liveConsole.navigation.opened', { position: current.position, total: agenda.length })
          : ''}
      </VisuallyHidden>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 4, xl: 3 }}>
          <Stack gap="lg">
            <ConsoleAgenda meeting={meeting} canMove={moves} onOpen={open} />
            <ConsoleAttendance
              meeting={meeting}
              me={me}
              open={attendanceOpen}
              onToggle={() => setAttendanceOpen((o) => !o)}
              listRef={attendanceRef}
            />
            <ShortcutList />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8, xl: 9 }}>
          {current ? (
            <ConsoleCase
              // A new case, a new composer and note box (drafts are kept per case).
              key={current.case.id}
              meeting={meeting}
              me={me}
              item={current}
              total={agenda.length}
              noteBoxRef={noteBoxRef}
              notesRef={notesRef}
              votesRef={votesRef}
              proposeRef={proposeRef}
              composerOpen={composerOpen}
              onToggleComposer={() => setComposerOpen((o) => !o)}
              onProposed={() => {
                setComposerOpen(false);
                focusAfterRender(() => votesRef.current);
              }}
              initialDraft={drafts.get(current.case.id) ?? EMPTY_DRAFT}
              onDraftChange={(next) => drafts.set(current.case.id, next)}
            />
          ) : (
            meeting.status === 'in_progress' && (
              <NoCase moves={moves} onFirst={first ? () => open(first) : null} />
            )
          )}
        </Grid.Col>
      </Grid>

      {manages && (
        <CloseMeetingModal
          meeting={meeting}
          opened={closing}
          onClose={() => setClosing(false)}
          onClosed={() => {
            setClosing(false);
            notify(t('liveConsole.close.closed'));
          }}
        />
      )}
    </Stack>
  );
}

/** For anyone else: what the console is, and where to follow the board instead. */
function ReadOnlyNotice({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <PageTitle>{t('liveConsole.readOnly.title')}</PageTitle>
      <Alert color="blue" title={t('liveConsole.readOnly.heading')}>
        <Stack gap="xs">
          <Text size="sm">{t('liveConsole.readOnly.text')}</Text>
          <Anchor component={Link} to={`/meetings/${meetingId}`} size="sm">
            {t('liveConsole.readOnly.boardPage')}
          </Anchor>
        </Stack>
      </Alert>
    </Stack>
  );
}

/**
 * The meeting console (`/meetings/:meetingId/console`), for the board's chair and the coordinators:
 * the agenda down the side, the case under discussion in the middle, attendance, notes, proposals
 * with their live votes and adoption, the per-case timer, start and close. Everything is reachable
 * from the keyboard, with single-key shortcuts listed on screen. It follows the board live: the
 * meeting's events refresh what it shows.
 */
export function MeetingConsolePage() {
  const { meetingId = '' } = useParams();
  const me = useMe();
  const meeting = useMeeting(meetingId);
  const guides = me.data && meeting.data ? guidance(me.data, meeting.data).guides : false;
  // Only whoever runs the board follows its stream from here.
  const live = useMeetingEvents(guides ? meetingId : undefined);
  const both = {
    isPending: me.isPending || meeting.isPending,
    isError: me.isError || meeting.isError,
    refetch: () => Promise.all([me.refetch(), meeting.refetch()]),
  };
  return (
    <QueryState query={both}>
      {() =>
        me.data &&
        meeting.data &&
        (guides ? (
          <Console meeting={meeting.data} me={me.data} live={live} />
        ) : (
          <ReadOnlyNotice meetingId={meetingId} />
        ))
      }
    </QueryState>
  );
}
