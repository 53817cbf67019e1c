import { formatInTimeZone } from '@consilium/domain';

import type { Schemas } from '../../api/client';
import { summariseDetails } from './audit-details';

export type AuditEntry = Schemas['AuditEntryDto'];
export type CsvValue = string | number | boolean | null | undefined;

/** Spreadsheets read UTF-8 (accents in names) only when the file says so with a byte-order mark. */
export const CSV_BOM = '\uFEFF';

// A cell a spreadsheet would run as a formula (CSV injection, OWASP): = + - @, and tab or carriage
// return, which some spreadsheets skip before looking for one.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote, a line break or edge spaces, with
 * quotes doubled; a cell that would start a formula is prefixed with `'` so that it stays text.
 */
export function csvCell(value: CsvValue): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text, CRLF-separated as RFC 4180 has it (without the byte-order mark). */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export interface AuditCsvOptions {
  timeZone: string;
  /** The column headings, in the order of `AUDIT_CSV_COLUMNS`. */
  headings: Record<AuditCsvColumn, string>;
  actorName: (actorId: string) => string | undefined;
}

export const AUDIT_CSV_COLUMNS = [
  'occurredAt',
  'localTime',
  'actorId',
  'actorName',
  'actorRole',
  'action',
  'entityType',
  'entityId',
  'outcome',
  'requestId',
  'details',
] as const;
export type AuditCsvColumn = (typeof AUDIT_CSV_COLUMNS)[number];

/** The audit log as CSV: the instant in UTC and in the institution's zone, details as on screen. */
export function auditCsv(entries: readonly AuditEntry[], options: AuditCsvOptions): string {
  const rows = entries.map((e) => {
    const cells: Record<AuditCsvColumn, CsvValue> = {
      occurredAt: e.occurredAt,
      localTime: formatInTimeZone(new Date(e.occurredAt), options.timeZone),
      actorId: e.actorId,
      actorName: e.actorId ? options.actorName(e.actorId) : null,
      actorRole: e.actorRole,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      outcome: e.outcome,
      requestId: e.requestId,
      details: summariseDetails(e.details).join('; '),
    };
    return AUDIT_CSV_COLUMNS.map((column) => cells[column]);
  });
  return CSV_BOM + toCsv([AUDIT_CSV_COLUMNS.map((column) => options.headings[column]), ...rows]);
}
