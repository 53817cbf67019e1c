import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { type FormEvent, type KeyboardEvent, type RefObject, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { canWriteNote } from '@consilium/domain';

import { ApiError } from '../../../api/client';
import { LoadMore } from '../../../components/LoadMore';
import { useNotify } from '../../../components/notify';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import type { Me } from '../../auth/use-me';
import type { MeetingDetail } from '../../boards/use-meeting';
import classes from './Console.module.css';
import { type DiscussionNote, NOTE_MAX_LENGTH, useAddNote, useDiscussionNotes } from './use-console';

/** What is being written for a case: a note, or the correction of one; kept when the board moves on. */
export interface NoteDraft {
  body: string;
  correctsNoteId: string | null;
}

export const EMPTY_DRAFT: NoteDraft = { body: '', correctsNoteId: null };

type CannotWrite = 'noPermission' | 'notPresent' | 'notInProgress';

/** Why the signed-in user cannot write a note now (the domain's rule, asked for display), or null. */
function cannotWrite(me: Me, meeting: MeetingDetail): CannotWrite | null {
  if (!me.permissions.includes('discussion.write')) return 'noPermission';
  const present = meeting.attendance.some((a) => a.specialist.id === me.specialistId && a.present);
  const check = canWriteNote({ role: me.role, meetingState: meeting.status, present });
  if (check.ok) return null;
  return check.code === 'NOT_PRESENT' ? 'notPresent' : 'notInProgress';
}

/** A refused note, in words: the API's codes (docs/design.md#discussion-notes). */
function failureText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.code === 'NOT_PRESENT') return t('liveConsole.notes.errors.notPresent');
    if (error.code === 'MEETING_NOT_IN_PROGRESS') return t('liveConsole.notes.errors.notInProgress');
    if (error.code === 'CORRECTED_NOTE_MISMATCH') return t('liveConsole.notes.errors.mismatch');
    if (error.status === 400) return t('liveConsole.notes.errors.invalid', { max: NOTE_MAX_LENGTH });
  }
  return t('liveConsole.notes.errors.other');
}

function NoteItem({
  note,
  numbers,
  timeZone,
  canCorrect,
  onCorrect,
}: {
  note: DiscussionNote;
  numbers: ReadonlyMap<string, number>;
  timeZone: string;
  canCorrect: boolean;
  onCorrect: () => void;
}) {
  const { t, i18n } = useTranslation();
  const number = numbers.get(note.id) ?? 0;
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short', timeZone }).format(
    new Date(note.createdAt),
  );
  const corrected = note.correctsNoteId ? numbers.get(note.correctsNoteId) : undefined;
  const correctedBy = note.correctedByNoteIds.map((id) => numbers.get(id));
  const known = correctedBy.filter((n): n is number => n !== undefined);
  return (
    <li className={classes.note}>
      <Stack gap={2}>
        <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
          <Text size="xs" fw={600}>
            {`${t('liveConsole.notes.number', { number })} · ${t('liveConsole.notes.meta', {
              time,
              author: note.author.displayName,
            })}`}
          </Text>
          {canCorrect && (
            <Button
              size="compact-xs"
              variant="subtle"
              aria-label={t('liveConsole.notes.correctNote', { number })}
              onClick={onCorrect}
            >
              {t('liveConsole.notes.correct')}
            </Button>
          )}
        </Group>
        {note.correctsNoteId && (
          <Text size="xs" fw={600}>
            {corrected
              ? t('liveConsole.notes.correctionOf', { number: corrected })
              : t('liveConsole.notes.correctionOfEarlier')}
          </Text>
        )}
        <Text size="sm" className={classes.noteBody}>
          {note.body}
        </Text>
        {correctedBy.length > 0 && (
          <Group>
            <StatusBadge tone="warning">
              {known.length === correctedBy.length
                ? t('liveConsole.notes.correctedBy', { numbers: known.join(', ') })
                : t('liveConsole.notes.correctedByLater')}
            </StatusBadge>
          </Group>
        )}
      </Stack>
    </li>
  );
}

/**
 * The case's discussion at the board: the notes as written (the minutes; never edited), and the
 * box for the next one. "Correct" on a note starts a new note that refers to it. Ctrl+Enter (or
 * Cmd+Enter) in the box adds the note, so the minutes are kept without leaving the keyboard.
 */
export function DiscussionNotes({
  meeting,
  caseId,
  me,
  initialDraft,
  onDraftChange,
  noteBoxRef,
  sectionRef,
}: {
  meeting: MeetingDetail;
  caseId: string;
  me: Me;
  /** What was typed for this case before the board moved on, if anything. */
  initialDraft: NoteDraft;
  /** Told of every change, to keep it (not to render it: the box is this component's). */
  onDraftChange: (draft: NoteDraft) => void;
  noteBoxRef: RefObject<HTMLTextAreaElement | null>;
  sectionRef: RefObject<HTMLElement | null>;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const headingId = useId();
  const notes = useDiscussionNotes(meeting.id, caseId);
  const add = useAddNote(meeting.id, caseId);
  const [draft, setDraftState] = useState(initialDraft);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const refusal = cannotWrite(me, meeting);
  const items = notes.data?.items ?? [];
  const numbers = new Map(items.map((note, index) => [note.id, index + 1]));
  // The number of the note being corrected ('?' only while the list is being read again).
  const correcting = draft.correctsNoteId ? (numbers.get(draft.correctsNoteId) ?? '?') : null;

  const keepDraft = (next: NoteDraft) => {
    setDraftState(next);
    onDraftChange(next);
  };
  const setDraft = (next: NoteDraft) => {
    keepDraft(next);
    if (fieldError) setFieldError(null);
  };

  const startCorrection = (note: DiscussionNote) => {
    setFailure(null);
    setFieldError(null);
    keepDraft({ body: note.body, correctsNoteId: note.id });
    noteBoxRef.current?.focus();
  };

  const submit = () => {
    if (add.isPending) return;
    const body = draft.body.trim();
    if (body === '') {
      setFieldError(t('liveConsole.notes.required'));
      noteBoxRef.current?.focus();
      return;
    }
    setFailure(null);
    const correction = draft.correctsNoteId !== null;
    add.mutate(
      correction && draft.correctsNoteId ? { body, correctsNoteId: draft.correctsNoteId } : { body },
      {
        onSuccess: () => {
          keepDraft(EMPTY_DRAFT);
          notify(correction ? t('liveConsole.notes.correctionAdded') : t('liveConsole.notes.added'));
          noteBoxRef.current?.focus();
        },
        onError: (error) => {
          const text = failureText(error, t);
          if (error instanceof ApiError && error.status === 400) setFieldError(text);
          else setFailure(text);
        },
      },
    );
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <section aria-labelledby={headingId} ref={sectionRef} tabIndex={-1} className={classes.focusTarget}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {t('liveConsole.notes.title')}
        </Title>
        <Text size="xs">{t('liveConsole.notes.intro')}</Text>
        <QueryState query={notes}>
          {() =>
            items.length === 0 ? (
              <Text size="sm">{t('liveConsole.notes.empty')}</Text>
            ) : (
              <ol className={classes.plainList} aria-labelledby={headingId}>
                {items.map((note) => (
                  <NoteItem
                    key={note.id}
                    note={note}
                    numbers={numbers}
                    timeZone={meeting.timeZone}
                    canCorrect={refusal === null}
                    onCorrect={() => startCorrection(note)}
                  />
                ))}
              </ol>
            )
          }
        </QueryState>
        <LoadMore query={notes} />
        {refusal ? (
          <Text size="sm">{t(`liveConsole.notes.cannotWrite.${refusal}`)}</Text>
        ) : (
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="xs">
              {failure && (
                <Alert color="red" role="alert" title={t('liveConsole.notes.failedTitle')}>
                  {failure}
                </Alert>
              )}
              <Textarea
                ref={noteBoxRef}
                label={
                  correcting
                    ? t('liveConsole.notes.correctionLabel', { number: correcting })
                    : t('liveConsole.notes.newNote')
                }
                description={
                  correcting
                    ? t('liveConsole.notes.correctionHint', { number: correcting })
                    : t('liveConsole.notes.hint')
                }
                autosize
                minRows={2}
                maxRows={10}
                maxLength={NOTE_MAX_LENGTH}
                value={draft.body}
                error={fieldError}
                aria-keyshortcuts="N"
                onKeyDown={onKeyDown}
                onChange={(event) => setDraft({ ...draft, body: event.currentTarget.value })}
              />
              <Group gap="xs">
                <Button type="submit" loading={add.isPending}>
                  {correcting ? t('liveConsole.notes.addCorrection') : t('liveConsole.notes.add')}
                </Button>
                {draft.correctsNoteId && (
                  <Button
                    variant="default"
                    onClick={() => {
                      setDraft(EMPTY_DRAFT);
                      noteBoxRef.current?.focus();
                    }}
                  >
                    {t('liveConsole.notes.cancelCorrection')}
                  </Button>
                )}
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </section>
  );
}
