import { z } from 'zod';

import { type Discipline, DISCIPLINES } from '@consilium/domain';

import type boardCalendarEn from '../../i18n/board-calendar.en.json';
import { splitLocal, zonedStart } from './calendar-days';
import type { CreateMeetingInput, MeetingDetail, UpdateMeetingInput } from './use-meetings';

export type BoardFormError = keyof (typeof boardCalendarEn)['form']['errors'];

// The API's limits (apps/api/src/modules/meetings/dto/meeting-input.dto.ts), checked here first so
// that the coordinator hears about them on the field, before anything is sent.
export const DURATION_MIN = 5;
export const DURATION_MAX = 720;
export const DEFAULT_DURATION = 60;

const TIME = /^\d{2}:\d{2}$/;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const code = (error: BoardFormError) => error;

/** The form's rules; the start is checked against the institution's zone (a skipped hour is no time). */
export function boardFormSchema(timeZone: string) {
  return z
    .object({
      title: z.string().trim().min(1, code('titleRequired')).max(200, code('titleTooLong')),
      boardType: z.string().trim().min(1, code('boardTypeRequired')).max(100, code('boardTypeTooLong')),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, code('dateRequired')),
      time: z.string().regex(TIME, code('timeRequired')),
      durationMinutes: z
        .number({ error: code('durationRequired') })
        .int(code('durationWhole'))
        .min(DURATION_MIN, code('durationRange'))
        .max(DURATION_MAX, code('durationRange')),
      location: z.string().trim().max(200, code('locationTooLong')),
      videoUrl: z
        .string()
        .trim()
        .max(2000, code('videoUrlTooLong'))
        .refine((v) => v === '' || isHttpUrl(v), code('videoUrlInvalid')),
      chairSpecialistId: z.string().min(1, code('chairRequired')),
      requiredDisciplines: z.array(z.enum(DISCIPLINES)).min(1, code('disciplinesRequired')),
    })
    .superRefine((values, ctx) => {
      // The API refuses a board with neither (both fields are named in its answer too).
      if (values.location === '' && values.videoUrl === '') {
        ctx.addIssue({ code: 'custom', path: ['location'], message: code('placeRequired') });
        ctx.addIssue({ code: 'custom', path: ['videoUrl'], message: code('placeRequired') });
      }
      if (TIME.test(values.time)) {
        const start = zonedStart(values.date, values.time, timeZone);
        if (!start.ok && start.reason === 'skipped') {
          ctx.addIssue({ code: 'custom', path: ['time'], message: code('timeSkipped') });
        }
      }
    });
}

export type BoardFormInput = z.input<ReturnType<typeof boardFormSchema>>;
export type BoardFormValues = z.output<ReturnType<typeof boardFormSchema>>;
export type BoardField = keyof BoardFormInput;

export const BOARD_FIELDS: readonly BoardField[] = [
  'title',
  'boardType',
  'date',
  'time',
  'durationMinutes',
  'location',
  'videoUrl',
  'chairSpecialistId',
  'requiredDisciplines',
];

/** Disciplines in the domain's order, whatever order they were ticked in. */
export function inDomainOrder(disciplines: readonly Discipline[]): Discipline[] {
  return DISCIPLINES.filter((d) => disciplines.includes(d));
}

function sameDisciplines(a: readonly Discipline[], b: readonly Discipline[]): boolean {
  const x = inDomainOrder(a);
  const y = inDomainOrder(b);
  return x.length === y.length && x.every((d, i) => d === y[i]);
}

function startsAtOf(values: BoardFormValues, timeZone: string): string {
  const start = zonedStart(values.date, values.time, timeZone);
  // The schema refused anything else before this point.
  if (!start.ok) throw new RangeError(`no start time ${values.date} ${values.time} in ${timeZone}`);
  return start.startsAt;
}

export function emptyBoardForm({
  date,
  boardType,
  requiredDisciplines,
}: {
  date: string;
  boardType: string;
  requiredDisciplines: Discipline[];
}): BoardFormInput {
  return {
    title: '',
    boardType,
    date,
    time: '',
    durationMinutes: DEFAULT_DURATION,
    location: '',
    videoUrl: '',
    chairSpecialistId: '',
    requiredDisciplines: inDomainOrder(requiredDisciplines),
  };
}

/** A board as the form shows it: its start on the institution's wall clock (`localStartsAt`). */
export function boardFormOf(meeting: MeetingDetail): BoardFormInput {
  const { date, time } = splitLocal(meeting.localStartsAt);
  return {
    title: meeting.title,
    boardType: meeting.boardType,
    date,
    time,
    durationMinutes: meeting.durationMinutes,
    location: meeting.location ?? '',
    videoUrl: meeting.videoUrl ?? '',
    chairSpecialistId: meeting.chair.id,
    requiredDisciplines: inDomainOrder(meeting.requiredDisciplines),
  };
}

export function createBody(values: BoardFormValues, timeZone: string): CreateMeetingInput {
  return {
    title: values.title,
    boardType: values.boardType,
    startsAt: startsAtOf(values, timeZone),
    durationMinutes: values.durationMinutes,
    ...(values.location ? { location: values.location } : {}),
    ...(values.videoUrl ? { videoUrl: values.videoUrl } : {}),
    chairSpecialistId: values.chairSpecialistId,
    requiredDisciplines: inDomainOrder(values.requiredDisciplines),
  };
}

/** Only what differs from the board as it was; an emptied room or video link is cleared (null). */
export function patchBody(values: BoardFormValues, meeting: MeetingDetail): UpdateMeetingInput {
  const before = boardFormOf(meeting);
  const body: UpdateMeetingInput = {};
  if (values.title !== meeting.title) body.title = values.title;
  if (values.boardType !== meeting.boardType) body.boardType = values.boardType;
  if (values.date !== before.date || values.time !== before.time) {
    body.startsAt = startsAtOf(values, meeting.timeZone);
  }
  if (values.durationMinutes !== meeting.durationMinutes) body.durationMinutes = values.durationMinutes;
  const location = values.location || null;
  if (location !== meeting.location) body.location = location;
  const videoUrl = values.videoUrl || null;
  if (videoUrl !== meeting.videoUrl) body.videoUrl = videoUrl;
  if (values.chairSpecialistId !== meeting.chair.id) body.chairSpecialistId = values.chairSpecialistId;
  if (!sameDisciplines(values.requiredDisciplines, meeting.requiredDisciplines)) {
    body.requiredDisciplines = inDomainOrder(values.requiredDisciplines);
  }
  return body;
}

/** The API's 400 details (`[{ field, problems }]`) on the form's fields; `startsAt` is the date's. */
export function problemsByField(details: unknown): Partial<Record<BoardField, string>> {
  const found: Partial<Record<BoardField, string>> = {};
  if (!Array.isArray(details)) return found;
  for (const detail of details as unknown[]) {
    if (!detail || typeof detail !== 'object' || !('field' in detail)) continue;
    const apiField = String(detail.field);
    const field = (apiField === 'startsAt' ? 'date' : apiField) as BoardField;
    if (!BOARD_FIELDS.includes(field)) continue;
    const problems =
      'problems' in detail && Array.isArray(detail.problems) ? detail.problems.map(String) : [];
    found[field] = [found[field], ...problems].filter(Boolean).join('; ');
  }
  return found;
}
