import { Alert, Anchor, Button, Divider, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';

import { ApiError } from '../../api/client';
import { useNotify } from '../../components/notify';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { boardFormOf, type BoardFormValues, createBody, emptyBoardForm, patchBody } from './board-form';
import { BoardForm, type SaveOutcome } from './BoardForm';
import { isCalendarDate } from './calendar-days';
import { CancelBoardModal } from './CancelBoardModal';
import {
  type MeetingDetail,
  type SpecialistSummary,
  useAllSpecialists,
  useBoardTypes,
  useCreateMeeting,
  useInstitution,
  useMeetingDetail,
  useUpdateMeeting,
} from './use-meetings';

// A board type is the institution's name for a board (data, not interface text): the same in every
// language, so the metrics count one board type, not one per coordinator's language.
const DEFAULT_BOARD_TYPE = 'Hepatobiliary MDT';

/**
 * `/meetings/new` (optionally `?date=2026-12-01`) and `/meetings/:meetingId/edit`, for coordinators
 * (permission `meetings.manage`, checked by the route and by the API).
 */
export function BoardFormPage() {
  const { meetingId } = useParams();
  // A fresh form for each board (a new board's warnings link to its own edit page).
  return meetingId ? <EditBoard key={meetingId} meetingId={meetingId} /> : <NewBoard />;
}

function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      <span aria-hidden>‹ </span>
      {label}
    </Anchor>
  );
}

function NewBoard() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const institution = useInstitution();
  const specialists = useAllSpecialists();
  const boardTypes = useBoardTypes();
  const create = useCreateMeeting();
  const date = params.get('date');

  return (
    <Stack>
      <BackLink to="/meetings" label={t('boardCalendar.form.backToCalendar')} />
      <PageTitle>{t('boardCalendar.form.newTitle')}</PageTitle>
      <QueryState query={institution}>
        {() => (
          <QueryState query={specialists}>
            {() => {
              const settings = institution.data;
              if (!settings) return null;
              return (
                <BoardForm
                  mode="create"
                  defaultValues={emptyBoardForm({
                    date: isCalendarDate(date) ? date : '',
                    boardType: DEFAULT_BOARD_TYPE,
                    requiredDisciplines: settings.quorumDisciplines,
                  })}
                  timeZone={settings.timeZone}
                  specialists={specialists.data ?? []}
                  boardTypes={boardTypes.data ?? []}
                  institutionDisciplines={settings.quorumDisciplines}
                  backTo="/meetings"
                  onSubmit={async (values: BoardFormValues): Promise<SaveOutcome> => ({
                    saved: await create.mutateAsync(createBody(values, settings.timeZone)),
                  })}
                />
              );
            }}
          </QueryState>
        )}
      </QueryState>
    </Stack>
  );
}

function EditBoard({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const meeting = useMeetingDetail(meetingId);
  const specialists = useAllSpecialists();
  const boardTypes = useBoardTypes();
  // Only for "reset to the institution's default"; the board carries its own zone and disciplines.
  const institution = useInstitution();

  const notFound = meeting.error instanceof ApiError && meeting.error.status === 404;
  return (
    <Stack>
      <BackLink
        to={meeting.data ? `/meetings/${meetingId}` : '/meetings'}
        label={t(meeting.data ? 'boardCalendar.form.backToBoard' : 'boardCalendar.form.backToCalendar')}
      />
      {/* The title names the board (never a patient), as the document title may. */}
      <PageTitle documentTitle={t('boardCalendar.form.editDocumentTitle')}>
        {meeting.data
          ? t('boardCalendar.form.editTitleNamed', { title: meeting.data.title })
          : t('boardCalendar.form.editTitle')}
      </PageTitle>
      {notFound ? (
        <Alert color="gray" title={t('boardCalendar.form.notFoundTitle')}>
          {t('boardCalendar.form.notFound')}
        </Alert>
      ) : (
        <QueryState query={meeting}>
          {() => (
            <QueryState query={specialists}>
              {() =>
                meeting.data && (
                  <EditableBoard
                    meeting={meeting.data}
                    specialists={specialists.data ?? []}
                    boardTypes={boardTypes.data ?? []}
                    institutionDisciplines={institution.data?.quorumDisciplines ?? null}
                  />
                )
              }
            </QueryState>
          )}
        </QueryState>
      )}
    </Stack>
  );
}

function EditableBoard({
  meeting,
  specialists,
  boardTypes,
  institutionDisciplines,
}: {
  meeting: MeetingDetail;
  specialists: SpecialistSummary[];
  boardTypes: string[];
  institutionDisciplines: MeetingDetail['requiredDisciplines'] | null;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const update = useUpdateMeeting(meeting.id);
  const [cancelling, setCancelling] = useState(false);
  const [leavingTo, setLeavingTo] = useState<string | null>(null);
  // After the render that lifts the form's "unsaved changes" guard.
  useEffect(() => {
    if (leavingTo) void navigate(leavingTo);
  }, [leavingTo, navigate]);
  // The form's baseline is the board as loaded; later saves are compared with the board as saved.
  const [defaultValues] = useState(() => boardFormOf(meeting));
  // Whether it could be edited when the page opened: cancelling it here leaves for the board's page
  // rather than turning into this notice (a change by someone else meanwhile is the API's 409).
  const [status] = useState(meeting.status);

  if (status !== 'planned') {
    return (
      <Alert color="gray" title={t('boardCalendar.form.notEditableTitle')}>
        <Stack gap="xs">
          <Text size="sm">
            {t('boardCalendar.form.notEditable', { status: t(`enums.meetingStatus.${meeting.status}`) })}
          </Text>
          <BackLink to={`/meetings/${meeting.id}`} label={t('boardCalendar.form.backToBoard')} />
        </Stack>
      </Alert>
    );
  }

  const chairKnown = specialists.some((s) => s.id === meeting.chair.id);
  return (
    <>
      <BoardForm
        mode="edit"
        defaultValues={defaultValues}
        timeZone={meeting.timeZone}
        specialists={chairKnown ? specialists : [...specialists, meeting.chair]}
        leaving={leavingTo !== null}
        boardTypes={boardTypes}
        institutionDisciplines={institutionDisciplines}
        backTo={`/meetings/${meeting.id}`}
        onSubmit={async (values: BoardFormValues): Promise<SaveOutcome> => {
          const body = patchBody(values, update.data ?? meeting);
          if (Object.keys(body).length === 0) return { unchanged: true };
          return { saved: await update.mutateAsync(body) };
        }}
      />
      <Divider my="md" />
      <Group>
        <Button variant="outline" color="red" onClick={() => setCancelling(true)}>
          {t('boardCalendar.cancel.open')}
        </Button>
      </Group>
      <CancelBoardModal
        meetingId={meeting.id}
        opened={cancelling}
        onClose={() => setCancelling(false)}
        onCancelled={(cancelled) => {
          notify(t('boardCalendar.cancel.done'));
          setLeavingTo(`/meetings/${cancelled.id}`);
        }}
      />
    </>
  );
}
