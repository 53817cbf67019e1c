import type { TFunction } from 'i18next';

import type { SupportiveCareStatus } from '@consilium/domain';

import type { DateRange } from './metrics-range';
import type { Discipline, FollowUpReason, Metrics, SupportiveCareCounts } from './use-metrics';

// The API's answer turned into what the page says: table rows, summary sentences and the CSV file.
// Plain functions of the answer, the reader's language and its number formats, so that each can be
// tested without a screen.

export interface Formats {
  integer(value: number): string;
  /** Days, minutes, members per board: one decimal at most. */
  decimal(value: number): string;
  /** A share (0–1) as a percentage. */
  percent(share: number): string;
  /** A month of the API (`2026-11`): `short` on a chart's axis, `long` in text and tables. */
  month(month: string, style: 'short' | 'long'): string;
  list(items: string[]): string;
}

export function createFormats(locale: string): Formats {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  // A month is a calendar month, not a moment: read and written in UTC so no zone shifts it.
  const shortMonth = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const longMonth = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return {
    integer: (value) => integer.format(value),
    decimal: (value) => decimal.format(value),
    percent: (share) => percent.format(share),
    month: (month, style) =>
      (style === 'short' ? shortMonth : longMonth).format(new Date(`${month}-01T00:00:00Z`)),
    list: (items) => list.format(items),
  };
}

export interface FigureContext {
  t: TFunction;
  f: Formats;
}

// ---- Cases per month ---------------------------------------------------------------------------

export interface MonthRow {
  month: string;
  /** For the chart's axis. */
  shortLabel: string;
  label: string;
  meetingsClosed: number;
  casesDiscussed: number;
  decisions: number;
}

export function monthRows(metrics: Metrics, { f }: Pick<FigureContext, 'f'>): MonthRow[] {
  return metrics.byMonth.map((m) => ({
    ...m,
    shortLabel: f.month(m.month, 'short'),
    label: f.month(m.month, 'long'),
  }));
}

/** Boards, cases and decisions over the range, and the busiest month(s); null when no board closed. */
export function activitySummary(metrics: Metrics, { t, f }: FigureContext): string | null {
  if (metrics.meetingsClosed === 0) return null;
  const count = (key: 'casesDiscussed' | 'boardsClosed' | 'decisions' | 'cases', n: number) =>
    t(`metrics.count.${key}`, { count: n, n: f.integer(n) });
  const totals = t('metrics.activity.summary', {
    cases: count('casesDiscussed', metrics.casesDiscussed),
    boards: count('boardsClosed', metrics.meetingsClosed),
    decisions: count('decisions', metrics.decisions),
  });
  const most = Math.max(0, ...metrics.byMonth.map((m) => m.casesDiscussed));
  const busiest = metrics.byMonth.filter((m) => m.casesDiscussed === most);
  // "The busiest months were…" says nothing when most months tie.
  if (most === 0 || busiest.length > 3 || busiest.length === metrics.byMonth.length) return totals;
  const peak = t('metrics.activity.busiest', {
    count: busiest.length,
    months: f.list(busiest.map((m) => f.month(m.month, 'long'))),
    cases: count('cases', most),
  });
  return `${totals} ${peak}`;
}

// ---- Time to decision and to follow-up ---------------------------------------------------------

export function daysText(days: number, { t, f }: FigureContext): string {
  return t('metrics.count.days', { count: days, n: f.decimal(days) });
}

// ---- Follow-up outcomes ------------------------------------------------------------------------

export const OUTCOMES = ['implemented', 'partially_implemented', 'not_implemented'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface OutcomeRow {
  outcome: Outcome;
  count: number;
  /** Of the follow-ups recorded; null without any. */
  share: number | null;
}

export function outcomeRows({ followUps }: Metrics): OutcomeRow[] {
  const counts: Record<Outcome, number> = {
    implemented: followUps.implemented,
    partially_implemented: followUps.partiallyImplemented,
    not_implemented: followUps.notImplemented,
  };
  return OUTCOMES.map((outcome) => ({
    outcome,
    count: counts[outcome],
    share:
      outcome === 'implemented'
        ? followUps.implementedShare
        : followUps.recorded === 0
          ? null
          : counts[outcome] / followUps.recorded,
  }));
}

export function outcomeSummary({ followUps }: Metrics, { t, f }: FigureContext): string | null {
  if (followUps.recorded === 0 || followUps.implementedShare === null) return null;
  return t('metrics.followUps.summary', {
    share: f.percent(followUps.implementedShare),
    implemented: f.integer(followUps.implemented),
    recorded: f.integer(followUps.recorded),
    partial: f.integer(followUps.partiallyImplemented),
    not: f.integer(followUps.notImplemented),
  });
}

// ---- Reasons for partial or non-implementation -------------------------------------------------

export interface ReasonRow {
  reason: FollowUpReason;
  count: number;
  /** Of the reasons recorded. */
  share: number;
}

/** Most frequent first; reasons never recorded are left out. */
export function reasonRows({ followUps }: Metrics): ReasonRow[] {
  const total = followUps.reasons.reduce((sum, r) => sum + r.count, 0);
  return followUps.reasons
    .filter((r) => r.count > 0)
    .map((r) => ({ reason: r.reason, count: r.count, share: r.count / total }))
    .sort((a, b) => b.count - a.count);
}

export function reasonSummary(metrics: Metrics, { t, f }: FigureContext): string | null {
  const rows = reasonRows(metrics);
  if (rows.length === 0) return null;
  const top = rows.filter((r) => r.count === rows[0].count);
  return t('metrics.reasons.summary', {
    count: top.length,
    reasons: f.list(top.map((r) => t('metrics.quoted', { text: t(`enums.followUpReason.${r.reason}`) }))),
    n: f.integer(rows[0].count),
    total: f.integer(rows.reduce((sum, r) => sum + r.count, 0)),
  });
}

// ---- Deferral ----------------------------------------------------------------------------------

export function deferralSummary({ deferral }: Metrics, { t, f }: FigureContext): string | null {
  if (deferral.rate === null || deferral.agendaItems === 0) return null;
  return t('metrics.deferral.summary', {
    count: deferral.agendaItems,
    rate: f.percent(deferral.rate),
    agendaItems: f.integer(deferral.agendaItems),
    deferred: f.integer(deferral.deferred),
  });
}

// ---- Letters signed ----------------------------------------------------------------------------

export function lettersSignedSummary(
  { decisions, lettersSigned }: Metrics,
  { t, f }: FigureContext,
): string | null {
  if (decisions === 0) return null;
  const signed = t('metrics.letters.summary', {
    share: f.percent(lettersSigned / decisions),
    signed: f.integer(lettersSigned),
    decisions: t('metrics.count.decisions', { count: decisions, n: f.integer(decisions) }),
  });
  const unsigned = decisions - lettersSigned;
  if (unsigned === 0) return signed;
  return `${signed} ${t('metrics.letters.unsigned', { count: unsigned, n: f.integer(unsigned) })}`;
}

// ---- Supportive care ---------------------------------------------------------------------------

/** The API's counts per service, in the order of the chart's segments and the table's columns. */
export const SUPPORTIVE_CARE_COUNTS = [
  'offered',
  'referred',
  'declined',
  'notNeeded',
  'notRecorded',
] as const;
export type SupportiveCareCount = (typeof SUPPORTIVE_CARE_COUNTS)[number];

const STATUS_OF: Record<Exclude<SupportiveCareCount, 'notRecorded'>, SupportiveCareStatus> = {
  offered: 'offered',
  referred: 'referred',
  declined: 'declined',
  notNeeded: 'not_needed',
};

export function supportiveCareCountLabel(
  count: SupportiveCareCount,
  { t }: Pick<FigureContext, 't'>,
): string {
  return count === 'notRecorded'
    ? t('metrics.supportiveCare.notRecorded')
    : t(`enums.supportiveCareStatus.${STATUS_OF[count]}`);
}

export interface SupportiveCareRow extends SupportiveCareCounts {
  label: string;
}

/** Every service in the API's fixed order (the letter's), each with its counts. */
export function supportiveCareRows(metrics: Metrics, { t }: Pick<FigureContext, 't'>): SupportiveCareRow[] {
  return metrics.supportiveCare.map((s) => ({ ...s, label: t(`enums.supportiveCareService.${s.service}`) }));
}

/** The service(s) most often offered or referred, and how many statuses are still to record. */
export function supportiveCareSummary(metrics: Metrics, { t, f }: FigureContext): string | null {
  const { decisions } = metrics;
  const rows = supportiveCareRows(metrics, { t });
  if (decisions === 0 || rows.length === 0) return null;
  const adopted = t('metrics.count.decisions', { count: decisions, n: f.integer(decisions) });
  const taken = (r: SupportiveCareRow) => r.offered + r.referred;
  const most = Math.max(...rows.map(taken));
  const top = rows.filter((r) => taken(r) === most);
  const uptake =
    most === 0
      ? t('metrics.supportiveCare.noneTaken', { decisions: adopted })
      : t('metrics.supportiveCare.summary', {
          count: top.length,
          services: f.list(top.map((r) => r.label)),
          n: f.integer(most),
          decisions: adopted,
          share: f.percent(most / decisions),
        });
  const missing = rows.reduce((sum, r) => sum + r.notRecorded, 0);
  const recording =
    missing === 0
      ? t('metrics.supportiveCare.allRecorded')
      : t('metrics.supportiveCare.missing', {
          n: f.integer(missing),
          total: f.integer(decisions * rows.length),
          services: f.integer(rows.length),
        });
  return `${uptake} ${recording}`;
}

// ---- Attendance by discipline ------------------------------------------------------------------

export interface AttendanceRow {
  discipline: Discipline;
  label: string;
  presentAttendances: number;
  meetingsAttended: number;
  perMeeting: number;
}

/** Best represented first; a tie in the order of the labels. */
export function attendanceRows(metrics: Metrics, { t }: Pick<FigureContext, 't'>): AttendanceRow[] {
  return metrics.attendanceByDiscipline
    .map((a) => ({ ...a, label: t(`enums.discipline.${a.discipline}`) }))
    .sort((a, b) => b.perMeeting - a.perMeeting || a.label.localeCompare(b.label));
}

export function attendanceSummary(metrics: Metrics, { t, f }: FigureContext): string | null {
  const rows = attendanceRows(metrics, { t }).filter((r) => r.presentAttendances > 0);
  if (metrics.meetingsClosed === 0 || rows.length === 0) return null;
  const boards = t('metrics.count.boardsClosed', {
    count: metrics.meetingsClosed,
    n: f.integer(metrics.meetingsClosed),
  });
  const top = rows[0];
  const bottom = rows[rows.length - 1];
  if (rows.length > 1 && top.perMeeting === bottom.perMeeting) {
    return t('metrics.attendance.summaryEven', {
      boards,
      count: rows.length,
      value: f.decimal(top.perMeeting),
    });
  }
  if (rows.length === 1) {
    return t('metrics.attendance.summarySingle', {
      boards,
      top: top.label,
      topValue: f.decimal(top.perMeeting),
    });
  }
  return t('metrics.attendance.summary', {
    boards,
    top: top.label,
    topValue: f.decimal(top.perMeeting),
    bottom: bottom.label,
    bottomValue: f.decimal(bottom.perMeeting),
  });
}

// ---- Minutes per case --------------------------------------------------------------------------

/** Minutes measured on the live board where it timed cases, else the scheduled minutes. */
export function minutesValue({ minutesPerCase, measuredMinutesPerCase }: Metrics): number | null {
  return measuredMinutesPerCase ?? minutesPerCase;
}

export function minutesSummary(
  { minutesPerCase, measuredMinutesPerCase, casesTimed }: Metrics,
  { t, f }: FigureContext,
): string | null {
  if (measuredMinutesPerCase !== null) {
    return t('metrics.minutes.summaryMeasured', {
      n: f.decimal(measuredMinutesPerCase),
      count: casesTimed,
      scheduled: minutesPerCase === null ? '—' : f.decimal(minutesPerCase),
    });
  }
  return minutesPerCase === null ? null : t('metrics.minutes.summary', { n: f.decimal(minutesPerCase) });
}

// ---- CSV ---------------------------------------------------------------------------------------

export interface CsvRow {
  figure: string;
  label: string;
  /** Numbers as the API gave them (a dot for decimals, shares as 0–1); empty when there is none. */
  value: number | string | null;
}

/** Every figure the page shows, one row per value, in the reader's language but with raw numbers. */
export function csvRows(
  metrics: Metrics,
  range: DateRange,
  boardType: string | null,
  { t }: Pick<FigureContext, 't'>,
): CsvRow[] {
  const row = (figure: Parameters<typeof csvFigure>[0], value: CsvRow['value'], label = ''): CsvRow => ({
    figure: csvFigure(figure, t),
    label,
    value,
  });
  const attendance = attendanceRows(metrics, { t });
  const supportiveCare = supportiveCareRows(metrics, { t });
  return [
    row('from', range.from),
    row('to', range.to),
    row('boardType', boardType ?? t('metrics.filters.allBoards')),
    row('meetingsClosed', metrics.meetingsClosed),
    row('casesDiscussed', metrics.casesDiscussed),
    row('decisions', metrics.decisions),
    row('lettersSigned', metrics.lettersSigned),
    ...metrics.byMonth.map((m) => row('monthMeetingsClosed', m.meetingsClosed, m.month)),
    ...metrics.byMonth.map((m) => row('monthCasesDiscussed', m.casesDiscussed, m.month)),
    ...metrics.byMonth.map((m) => row('monthDecisions', m.decisions, m.month)),
    row('medianDaysSubmissionToDecision', metrics.medianDaysSubmissionToDecision),
    row('medianDaysDecisionToFollowUp', metrics.medianDaysDecisionToFollowUp),
    row('followUpsRecorded', metrics.followUps.recorded),
    ...outcomeRows(metrics).map((o) =>
      row('followUpOutcome', o.count, t(`enums.followUpStatus.${o.outcome}`)),
    ),
    row('implementedShare', metrics.followUps.implementedShare),
    ...reasonRows(metrics).map((r) => row('followUpReason', r.count, t(`enums.followUpReason.${r.reason}`))),
    row('agendaItems', metrics.deferral.agendaItems),
    row('deferred', metrics.deferral.deferred),
    row('deferralRate', metrics.deferral.rate),
    ...SUPPORTIVE_CARE_COUNTS.flatMap((count) =>
      supportiveCare.map((s) => row(SUPPORTIVE_CARE_CSV[count], s[count], s.label)),
    ),
    ...attendance.map((a) => row('presentAttendances', a.presentAttendances, a.label)),
    ...attendance.map((a) => row('meetingsAttended', a.meetingsAttended, a.label)),
    ...attendance.map((a) => row('perMeeting', a.perMeeting, a.label)),
    row('minutesPerCase', metrics.minutesPerCase),
    row('measuredMinutesPerCase', metrics.measuredMinutesPerCase),
    row('casesTimed', metrics.casesTimed),
  ];
}

type CsvFigure =
  | 'from'
  | 'to'
  | 'boardType'
  | 'meetingsClosed'
  | 'casesDiscussed'
  | 'decisions'
  | 'lettersSigned'
  | 'monthMeetingsClosed'
  | 'monthCasesDiscussed'
  | 'monthDecisions'
  | 'medianDaysSubmissionToDecision'
  | 'medianDaysDecisionToFollowUp'
  | 'followUpsRecorded'
  | 'followUpOutcome'
  | 'implementedShare'
  | 'followUpReason'
  | 'agendaItems'
  | 'deferred'
  | 'deferralRate'
  | (typeof SUPPORTIVE_CARE_CSV)[SupportiveCareCount]
  | 'presentAttendances'
  | 'meetingsAttended'
  | 'perMeeting'
  | 'minutesPerCase'
  | 'measuredMinutesPerCase'
  | 'casesTimed';

const SUPPORTIVE_CARE_CSV = {
  offered: 'supportiveCareOffered',
  referred: 'supportiveCareReferred',
  declined: 'supportiveCareDeclined',
  notNeeded: 'supportiveCareNotNeeded',
  notRecorded: 'supportiveCareNotRecorded',
} as const satisfies Record<SupportiveCareCount, string>;

function csvFigure(figure: CsvFigure, t: TFunction): string {
  return t(`metrics.csv.${figure}`);
}

// Text a spreadsheet would run as a formula (a board type typed as "=HYPERLINK(…)"): kept as text.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: CsvRow['value']): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 text (comma-separated, CRLF) with a byte-order mark first: without it, Excel reads UTF-8
 * as the system's code page and garbles the accents of the Spanish labels.
 */
export function toCsv(rows: CsvRow[], { t }: Pick<FigureContext, 't'>): string {
  const header = [t('metrics.csv.figure'), t('metrics.csv.label'), t('metrics.csv.value')];
  const lines = [header, ...rows.map((r) => [r.figure, r.label, r.value])].map((cells) =>
    cells.map(csvCell).join(','),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** `board-metrics_2025-12-01_2026-11-30.csv`, with the board type when one is chosen. */
export function csvFilename(range: DateRange, boardType: string | null, { t }: Pick<FigureContext, 't'>) {
  const board = boardType ? slug(boardType) : '';
  return [t('metrics.csv.filename'), range.from, range.to, ...(board ? [board] : [])].join('_') + '.csv';
}
