import { ActionIcon, Anchor, Badge, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import classes from './Calendar.module.css';
import { dateAtUtcMidnight } from './calendar-days';
import { MeetingStatusBadge } from './MeetingStatusBadge';
import { useCalendarFormat } from './use-calendar-format';
import type { MeetingSummary } from './use-meetings';

interface CalendarGridProps {
  /** The table's accessible name: the visible range. */
  label: string;
  /** Whole weeks, Monday first. */
  weeks: string[][];
  /** The month a month grid is about (days outside it are dimmed); null for a week. */
  month: string | null;
  today: string;
  /** The boards by the day they start on in the institution's zone. */
  boardsByDay: Map<string, MeetingSummary[]>;
  /** Coordinators get a link to schedule a board on each day from today on. */
  canSchedule: boolean;
}

/**
 * A week or a month as a table: a column per weekday (headed by its name), a row per week, each day a
 * cell with its full date for screen readers and its boards as a list of links.
 */
export function CalendarGrid({ label, weeks, month, today, boardsByDay, canSchedule }: CalendarGridProps) {
  const format = useCalendarFormat();
  const firstWeek = weeks[0] ?? [];
  const isWeek = weeks.length === 1;
  return (
    <Table.ScrollContainer minWidth={720} type="native" tabIndex={0} role="region" aria-label={label}>
      <Table aria-label={label} className={classes.grid}>
        <Table.Thead>
          <Table.Tr>
            {firstWeek.map((day) => (
              <Table.Th key={day} scope="col">
                <span aria-hidden>{format.weekdayShort(day)}</span>
                <VisuallyHidden>{format.weekdayLong(day)}</VisuallyHidden>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {weeks.map((week) => (
            <Table.Tr key={week[0]}>
              {week.map((day) => (
                <DayCell
                  key={day}
                  day={day}
                  isToday={day === today}
                  outside={month !== null && day.slice(0, 7) !== month.slice(0, 7)}
                  tall={isWeek}
                  boards={boardsByDay.get(day) ?? []}
                  canSchedule={canSchedule && day >= today}
                />
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function DayCell({
  day,
  isToday,
  outside,
  tall,
  boards,
  canSchedule,
}: {
  day: string;
  isToday: boolean;
  outside: boolean;
  tall: boolean;
  boards: MeetingSummary[];
  canSchedule: boolean;
}) {
  const { t } = useTranslation();
  const format = useCalendarFormat();
  const fullDate = format.fullDate(day);
  const className = [
    classes.day,
    tall ? classes.weekDay : '',
    outside ? classes.outside : '',
    isToday ? classes.today : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Table.Td className={className} aria-current={isToday ? 'date' : undefined}>
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={isToday ? 700 : 500} c={outside ? 'dimmed' : undefined}>
            <span aria-hidden>{dateAtUtcMidnight(day).getUTCDate()}</span>
            <VisuallyHidden>{fullDate}</VisuallyHidden>
          </Text>
          {isToday && (
            <Badge size="xs" variant="filled" radius="sm" tt="none">
              {t('boardCalendar.todayMark')}
            </Badge>
          )}
        </Group>
        {canSchedule && (
          <ActionIcon
            component={Link}
            to={`/meetings/new?date=${day}`}
            variant="subtle"
            size="sm"
            aria-label={t('boardCalendar.scheduleOn', { date: fullDate })}
          >
            <span aria-hidden>+</span>
          </ActionIcon>
        )}
      </Group>
      {boards.length > 0 && (
        <ul className={classes.boards} aria-label={t('boardCalendar.boardsOnDay', { count: boards.length })}>
          {boards.map((m) => (
            <li key={m.id} className={classes.board}>
              <Anchor
                component={Link}
                to={`/meetings/${m.id}`}
                size="sm"
                className={m.status === 'cancelled' ? classes.cancelled : undefined}
              >
                <Text span size="sm" fw={600}>
                  {format.time(m.startsAt, m.timeZone)}
                </Text>{' '}
                {m.title}
              </Anchor>
              <div>
                <MeetingStatusBadge status={m.status} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </Table.Td>
  );
}
