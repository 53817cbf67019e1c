import {
  Alert,
  Box,
  Button,
  Collapse,
  Group,
  NativeSelect,
  Paper,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type Discipline, DISCIPLINES } from '@consilium/domain';

import { ApiError } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { StatusBadge } from '../../components/StatusBadge';
import { useRecordAttendance, useSpecialistDirectory } from './use-board-actions';
import type { ExpectedAttendee, MeetingDetail } from './use-meeting';

/** Quorate, or the required disciplines nobody present covers yet (the API's evaluation). */
export function QuorumIndicator({ quorum }: { quorum: MeetingDetail['quorum'] }) {
  const { t } = useTranslation();
  const names = (disciplines: readonly Discipline[]) =>
    disciplines.map((d) => t(`enums.discipline.${d}`)).join(', ');
  return (
    <Paper withBorder p="sm" radius="sm" role="status" aria-live="polite" aria-atomic="true">
      <Group gap="sm" wrap="wrap">
        <StatusBadge tone={quorum.quorate ? 'success' : 'danger'}>
          {quorum.quorate ? t('boards.quorum.quorate') : t('boards.quorum.notQuorate')}
        </StatusBadge>
        <Text size="sm">
          {quorum.quorate
            ? t('boards.quorum.allPresent', { disciplines: names(quorum.requiredDisciplines) })
            : t('boards.quorum.missing', { disciplines: names(quorum.missingDisciplines) })}
        </Text>
      </Group>
    </Paper>
  );
}

function groupByDiscipline(expected: readonly ExpectedAttendee[]): [Discipline, ExpectedAttendee[]][] {
  const groups = new Map<Discipline, ExpectedAttendee[]>();
  for (const attendee of expected) {
    const discipline = attendee.specialist.discipline;
    groups.set(discipline, [...(groups.get(discipline) ?? []), attendee]);
  }
  return [...groups];
}

interface AttendeeProps {
  attendee: ExpectedAttendee;
  editable: boolean;
  pending: boolean;
  onRecord: (present: boolean) => void;
}

function Attendee({ attendee, editable, pending, onRecord }: AttendeeProps) {
  const { t } = useTranslation();
  const name = attendee.specialist.fullName;
  const reasons = attendee.reasons.map((r) => t(`boards.attendance.reason.${r}`)).join(' · ');
  const state =
    attendee.present === null
      ? t('boards.attendance.notRecorded')
      : attendee.present
        ? t('boards.attendance.present')
        : t('boards.attendance.absent');
  return (
    <Box component="li" py={4}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <div>
          <Text size="sm" fw={500}>
            {name}
          </Text>
          {reasons && (
            <Text size="xs" c="dimmed">
              {reasons}
            </Text>
          )}
        </div>
        {editable ? (
          <PresenceToggle
            label={t('boards.attendance.for', { name })}
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

/** Someone the board did not expect (a guest, a stand-in), found in the specialist directory. */
function AddAttendee({
  expected,
  onAdd,
  adding,
}: {
  expected: readonly ExpectedAttendee[];
  onAdd: (specialistId: string, name: string) => void;
  adding: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [discipline, setDiscipline] = useState<Discipline | null>(null);
  const [specialistId, setSpecialistId] = useState<string | null>(null);
  const directory = useSpecialistDirectory(discipline, open);
  const listed = new Set(expected.map((e) => e.specialist.id));
  const options = (directory.data?.items ?? [])
    .filter((s) => !listed.has(s.id))
    .map((s) => ({ value: s.id, label: `${s.fullName} (${t(`enums.discipline.${s.discipline}`)})` }));
  const chosen = options.find((o) => o.value === specialistId);

  return (
    <Stack gap="xs">
      <Group>
        <Button variant="subtle" size="compact-sm" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {t('boards.attendance.addSomeone')}
        </Button>
      </Group>
      <Collapse expanded={open}>
        {open && (
          <Stack gap="xs">
            <NativeSelect
              label={t('boards.attendance.discipline')}
              value={discipline ?? ''}
              onChange={(event) => {
                setDiscipline((event.currentTarget.value || null) as Discipline | null);
                setSpecialistId(null);
              }}
              data={[
                { value: '', label: t('boards.attendance.allDisciplines') },
                ...DISCIPLINES.map((d) => ({ value: d, label: t(`enums.discipline.${d}`) })),
              ]}
            />
            <QueryState query={directory}>
              {() => (
                <Select
                  label={t('boards.attendance.specialist')}
                  placeholder={t('boards.attendance.searchPlaceholder')}
                  searchable
                  data={options}
                  value={specialistId}
                  onChange={setSpecialistId}
                  nothingFoundMessage={t('boards.attendance.nobodyFound')}
                />
              )}
            </QueryState>
            <Group>
              <Button
                size="compact-sm"
                disabled={!chosen}
                loading={adding}
                onClick={() => {
                  if (!chosen) return;
                  onAdd(chosen.value, chosen.label);
                  setSpecialistId(null);
                }}
              >
                {t('boards.attendance.markPresent')}
              </Button>
            </Group>
          </Stack>
        )}
      </Collapse>
    </Stack>
  );
}

/**
 * Who the board expects, by discipline, each marked present or absent in one click, and the quorum
 * that follows (the API answers it with every change). Read-only once the board has ended.
 */
export function AttendancePanel({ meeting, editable }: { meeting: MeetingDetail; editable: boolean }) {
  const { t } = useTranslation();
  const record = useRecordAttendance(meeting.id);
  const [failed, setFailed] = useState<{ name: string; closed: boolean } | null>(null);
  const expected = meeting.expected;
  const pendingId = record.isPending ? (record.variables?.specialistId ?? null) : null;

  const send = (specialistId: string, name: string, present: boolean) => {
    setFailed(null);
    record.mutate(
      { specialistId, present },
      {
        onError: (error) =>
          setFailed({
            name,
            closed: error instanceof ApiError && error.code === 'MEETING_NOT_EDITABLE',
          }),
      },
    );
  };

  return (
    <Stack gap="sm">
      <QuorumIndicator quorum={meeting.quorum} />
      {failed && (
        <Alert color="red" role="alert">
          {failed.closed
            ? t('boards.attendance.closed')
            : t('boards.attendance.failed', { name: failed.name })}
        </Alert>
      )}
      {expected.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('boards.attendance.nobodyExpected')}
        </Text>
      ) : (
        groupByDiscipline(expected).map(([discipline, attendees]) => {
          const headingId = `attendance-${discipline}`;
          return (
            <section key={discipline} aria-labelledby={headingId}>
              <Title order={3} size="h5" id={headingId}>
                {t(`enums.discipline.${discipline}`)}
              </Title>
              <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {attendees.map((attendee) => (
                  <Attendee
                    key={attendee.specialist.id}
                    attendee={attendee}
                    editable={editable}
                    pending={pendingId === attendee.specialist.id}
                    onRecord={(present) =>
                      send(attendee.specialist.id, attendee.specialist.fullName, present)
                    }
                  />
                ))}
              </Box>
            </section>
          );
        })
      )}
      {editable && (
        <AddAttendee
          expected={expected}
          adding={
            record.isPending && pendingId !== null && !expected.some((e) => e.specialist.id === pendingId)
          }
          onAdd={(specialistId, name) => send(specialistId, name, true)}
        />
      )}
    </Stack>
  );
}

/**
 * Present / Absent as one click each, the recorded one pressed, inside a group named after the
 * person ("Attendance: Dr …, Present, pressed"); the board page's and the console's.
 */
export function PresenceToggle({
  label,
  present: recorded,
  pending,
  onRecord,
}: {
  label: string;
  present: boolean | null;
  pending: boolean;
  onRecord: (present: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={label}>
      <Button.Group>
        {([true, false] as const).map((present) => {
          const pressed = recorded === present;
          return (
            <Button
              key={String(present)}
              size="compact-sm"
              variant={pressed ? 'filled' : 'default'}
              // Shade 9: white on it passes WCAG AA at this size (teal 6 does not).
              color={present ? 'teal.9' : 'gray.8'}
              aria-pressed={pressed}
              data-pending={pending || undefined}
              onClick={() => {
                if (!pressed && !pending) onRecord(present);
              }}
            >
              {present ? t('boards.attendance.present') : t('boards.attendance.absent')}
            </Button>
          );
        })}
      </Button.Group>
    </div>
  );
}
