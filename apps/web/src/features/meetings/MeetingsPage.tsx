import {
  Button,
  Checkbox,
  Group,
  Loader,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { useFormatters } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useMe } from '../auth/use-me';
import {
  CALENDAR_VIEWS,
  type CalendarView,
  isCalendarDate,
  stepDate,
  todayIn,
  type VisibleRange,
  visibleRange,
} from './calendar-days';
import { CalendarGrid } from './CalendarGrid';
import { MeetingsTable } from './MeetingsTable';
import { useCalendarFormat } from './use-calendar-format';
import {
  MEETING_STATUSES,
  type MeetingStatus,
  type MeetingSummary,
  useInstitution,
  useMeetingsInRange,
} from './use-meetings';

const DEFAULT_VIEW: CalendarView = 'month';

function parseView(value: string | null): CalendarView {
  return CALENDAR_VIEWS.includes(value as CalendarView) ? (value as CalendarView) : DEFAULT_VIEW;
}

function parseStatus(value: string | null): MeetingStatus | undefined {
  return MEETING_STATUSES.includes(value as MeetingStatus) ? (value as MeetingStatus) : undefined;
}

// Only until the institution's settings answer (or if they cannot be read): the reader's own zone.
const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The board calendar: boards by week or by month on a grid (weeks start on Monday, days are the
 * institution's), or as a list; view, date and filters live in the address
 * (`?view=week|month|list&date=2026-12-01&status=planned&mine=1`).
 */
export function MeetingsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const institution = useInstitution();
  const [params, setParams] = useSearchParams();

  const view = parseView(params.get('view'));
  const dateParam = params.get('date');
  const status = parseStatus(params.get('status'));
  const specialistId = me?.specialistId ?? null;
  const mine = params.get('mine') === '1' && specialistId !== null;
  const canSchedule = me?.permissions.includes('meetings.manage') ?? false;

  const timeZone = institution.data?.timeZone ?? BROWSER_ZONE;
  const today = todayIn(timeZone);
  const date = isCalendarDate(dateParam) ? dateParam : today;
  const range = visibleRange(view, date);
  // Without a date in the address, "today" is the institution's: wait for its zone (or its failure).
  const rangeKnown = isCalendarDate(dateParam) || !institution.isPending;
  const rangeText = useRangeText(range);

  const meetings = useMeetingsInRange(
    {
      from: range.from,
      to: range.to,
      ...(status ? { status } : {}),
      ...(mine && specialistId ? { expectedSpecialistId: specialistId } : {}),
    },
    { enabled: rangeKnown },
  );

  const update = (changes: Record<string, string | null>, { replace = false } = {}) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace },
    );

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('boardCalendar.title')}</PageTitle>
        {canSchedule && (
          <Button component={Link} to="/meetings/new">
            {t('boardCalendar.schedule')}
          </Button>
        )}
      </Group>

      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
        <Group gap="xs" role="group" aria-label={t('boardCalendar.toolbar')}>
          <Button variant="default" onClick={() => update({ date: stepDate(view, date, -1) })}>
            <span aria-hidden>‹&nbsp;</span>
            {t(`boardCalendar.previous.${view}`)}
          </Button>
          <Button variant="default" onClick={() => update({ date: today })}>
            {t('boardCalendar.today')}
          </Button>
          <Button variant="default" onClick={() => update({ date: stepDate(view, date, 1) })}>
            {t(`boardCalendar.next.${view}`)}
            <span aria-hidden>&nbsp;›</span>
          </Button>
        </Group>
        <SegmentedControl
          aria-label={t('boardCalendar.view.label')}
          value={view}
          onChange={(value) => update({ view: value })}
          data={CALENDAR_VIEWS.map((v) => ({ value: v, label: t(`boardCalendar.view.${v}`) }))}
        />
      </Group>

      <Group align="flex-end" wrap="wrap" gap="lg">
        <Select
          label={t('boardCalendar.status')}
          placeholder={t('boardCalendar.allStatuses')}
          data={MEETING_STATUSES.map((s) => ({ value: s, label: t(`enums.meetingStatus.${s}`) }))}
          value={status ?? null}
          onChange={(value) => update({ status: value }, { replace: true })}
          clearable
          clearButtonProps={{ 'aria-label': t('boardCalendar.clearStatus') }}
          w={220}
        />
        {specialistId && (
          <Checkbox
            label={t('boardCalendar.mine')}
            description={t('boardCalendar.mineHint')}
            checked={mine}
            onChange={(event) =>
              update({ mine: event.currentTarget.checked ? '1' : null }, { replace: true })
            }
          />
        )}
      </Group>

      {rangeKnown && <RangeHeading range={range} timeZone={timeZone} updating={meetings.isPlaceholderData} />}

      <QueryState query={meetings}>
        {() => (
          <RangeContent
            range={range}
            today={today}
            meetings={meetings.data ?? []}
            canSchedule={canSchedule}
            label={t('boardCalendar.gridLabel', { range: rangeText })}
          />
        )}
      </QueryState>
    </Stack>
  );
}

// The words for a range: a week's first and last days, or a month.
function useRangeText(range: VisibleRange): string {
  const format = useCalendarFormat();
  return range.view === 'week' ? format.range(range.from, range.to) : format.month(range.month ?? range.from);
}

function RangeHeading({
  range,
  timeZone,
  updating,
}: {
  range: VisibleRange;
  timeZone: string;
  updating: boolean;
}) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const text = useRangeText(range);
  const heading =
    range.view === 'week'
      ? t('boardCalendar.rangeHeading.week', { range: text })
      : t(`boardCalendar.rangeHeading.${range.view}`, { month: text });
  return (
    <div>
      <Group gap="sm">
        {/* Announced when previous / next / today change it. */}
        <Title order={2} size="h3" aria-live="polite">
          {heading}
        </Title>
        {updating && (
          <Group gap={4} role="status">
            <Loader size="xs" aria-hidden />
            <VisuallyHidden>{t('boardCalendar.updating')}</VisuallyHidden>
          </Group>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('boardCalendar.timesIn', {
          zone: formatters.timeZoneName(timeZone, `${range.from}T12:00:00Z`),
          timeZone,
        })}
      </Text>
    </div>
  );
}

function RangeContent({
  range,
  today,
  meetings,
  canSchedule,
  label,
}: {
  range: VisibleRange;
  today: string;
  meetings: MeetingSummary[];
  canSchedule: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  if (range.view === 'list') return <MeetingsList meetings={meetings} />;
  const boardsByDay = new Map<string, MeetingSummary[]>();
  for (const m of meetings) {
    // The day it starts on in the institution's zone, as the API writes it.
    const day = m.localStartsAt.slice(0, 10);
    boardsByDay.set(day, [...(boardsByDay.get(day) ?? []), m]);
  }
  return (
    <>
      <CalendarGrid
        label={label}
        weeks={range.weeks}
        month={range.month}
        today={today}
        boardsByDay={boardsByDay}
        canSchedule={canSchedule}
      />
      {meetings.length === 0 && <Text c="dimmed">{t('boardCalendar.noneInRange')}</Text>}
    </>
  );
}

/** The range's boards: those not yet over, soonest first; then those over, latest first. */
function MeetingsList({ meetings }: { meetings: MeetingSummary[] }) {
  const { t } = useTranslation();
  // The moment the list is shown: what has ended by then is past.
  const [now] = useState(() => Date.now());
  const upcoming = meetings.filter((m) => new Date(m.endsAt).getTime() > now);
  const past = meetings.filter((m) => new Date(m.endsAt).getTime() <= now).reverse();
  return (
    <Stack gap="lg">
      <section aria-labelledby="boards-upcoming">
        <Title order={3} size="h4" mb="xs" id="boards-upcoming">
          {t('boardCalendar.list.upcoming')}
        </Title>
        <MeetingsTable
          label={t('boardCalendar.list.upcoming')}
          meetings={upcoming}
          empty={t('boardCalendar.list.noneUpcoming')}
        />
      </section>
      <section aria-labelledby="boards-past">
        <Title order={3} size="h4" mb="xs" id="boards-past">
          {t('boardCalendar.list.past')}
        </Title>
        <MeetingsTable
          label={t('boardCalendar.list.past')}
          meetings={past}
          empty={t('boardCalendar.list.nonePast')}
        />
      </section>
    </Stack>
  );
}
