import { offsetMinutesAt } from '@consilium/domain';

import type { paths } from '../../api/schema';

export type AuditQuery = Omit<NonNullable<paths['/api/audit']['get']['parameters']['query']>, 'cursor'>;
export type AuditOutcome = NonNullable<AuditQuery['outcome']>;

export const AUDIT_OUTCOMES: readonly AuditOutcome[] = ['success', 'failure', 'denied'];

/** The entity types the API records (apps/api/src/audit/clinical.ts and the services' entries). */
export const AUDIT_ENTITY_TYPES = [
  'user',
  'specialist',
  'institution_settings',
  'plan_builder_settings',
  'calendar_feed',
  'patient',
  'board_case',
  'meeting',
  'proposal',
  'recommendation',
  'follow_up',
  'metrics',
] as const;

/** Actions the API records, offered while typing (the field takes any action). */
export const KNOWN_AUDIT_ACTIONS = [
  'auth.login',
  'user.create',
  'user.update',
  'user.login_lock.clear',
  'specialist.create',
  'specialist.update',
  'settings.update',
  'plan_builder_settings.update',
  'calendar_feed.create',
  'patient.create',
  'patient.update',
  'patient.read',
  'case.create',
  'case.update',
  'case.submit',
  'case.accept',
  'case.return',
  'case.schedule',
  'case.unschedule',
  'case.defer',
  'case.cancel_meeting',
  'case.decide',
  'case.close',
  'case.withdraw',
  'board_case.read',
  'meeting.create',
  'meeting.update',
  'meeting.start',
  'meeting.close',
  'meeting.cancel',
  'meeting.read',
  'meeting.agenda.add',
  'meeting.agenda.remove',
  'meeting.agenda.reorder',
  'meeting.agenda.update',
  'meeting.attendance',
  'meeting.note.create',
  'proposal.create',
  'proposal.vote',
  'proposal.read',
  'recommendation.adopt',
  'follow_up.record',
] as const;

/** The filters as the address holds them; `from` and `to` are wall-clock times in the institution's zone. */
export interface AuditFilter {
  actorId: string | null;
  entityType: string | null;
  entityId: string | null;
  action: string | null;
  outcome: AuditOutcome | null;
  /** `2026-11-01T08:00`: inclusive. */
  from: string | null;
  /** `2026-11-01T18:00`: exclusive. */
  to: string | null;
}

export const AUDIT_FILTER_KEYS = [
  'actorId',
  'entityType',
  'entityId',
  'action',
  'outcome',
  'from',
  'to',
] as const satisfies readonly (keyof AuditFilter)[];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// What the API accepts (AuditQueryDto): a lower-case entity name, an action of at most 80 characters.
const ENTITY_TYPE = /^[a-z_]{1,40}$/;
const MAX_ACTION_LENGTH = 80;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * The filters of an address. A value the API would refuse (an id that is not a UUID, an unknown
 * outcome, a time that is not one) is left out rather than failing the whole page.
 */
export function readAuditFilter(params: URLSearchParams): AuditFilter {
  const text = (key: string) => params.get(key)?.trim() || null;
  const id = (key: string) => {
    const value = text(key);
    return value && isUuid(value) ? value.toLowerCase() : null;
  };
  const entityType = text('entityType');
  const action = text('action');
  const outcome = text('outcome');
  const time = (key: string) => {
    const value = text(key);
    return value && LOCAL_DATE_TIME.test(value) ? value : null;
  };
  return {
    actorId: id('actorId'),
    entityType: entityType && ENTITY_TYPE.test(entityType) ? entityType : null,
    entityId: id('entityId'),
    action: action && action.length <= MAX_ACTION_LENGTH ? action : null,
    outcome: AUDIT_OUTCOMES.find((o) => o === outcome) ?? null,
    from: time('from'),
    to: time('to'),
  };
}

/**
 * The instant a wall-clock time (`2026-11-01T08:00`) names in a zone, as ISO 8601 in UTC, which is
 * what the API's `from`/`to` take (ISO 8601 with an offset). Null for a time that is not one. In the
 * hour a zone skips (spring forward) the time is read with the offset before the change.
 */
export function instantOfLocalTime(local: string, timeZone: string): string | null {
  const m = LOCAL_DATE_TIME.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  // The offset at the wall time read as UTC is at most a day off; a second pass settles on the
  // offset in force at the instant itself.
  let instant = wall - offsetMinutesAt(new Date(wall), timeZone) * 60_000;
  instant = wall - offsetMinutesAt(new Date(instant), timeZone) * 60_000;
  return new Date(instant).toISOString();
}

/** The API's query for the filters: times converted from the institution's zone. */
export function auditQuery(filter: AuditFilter, timeZone: string): AuditQuery {
  const query: AuditQuery = {};
  if (filter.actorId) query.actorId = filter.actorId;
  if (filter.entityType) query.entityType = filter.entityType;
  if (filter.entityId) query.entityId = filter.entityId;
  if (filter.action) query.action = filter.action;
  if (filter.outcome) query.outcome = filter.outcome;
  const from = filter.from ? instantOfLocalTime(filter.from, timeZone) : null;
  const to = filter.to ? instantOfLocalTime(filter.to, timeZone) : null;
  if (from) query.from = from;
  if (to) query.to = to;
  return query;
}

/** Whether any filter is set (the export is then of a part of the log). */
export function hasAuditFilter(filter: AuditFilter): boolean {
  return AUDIT_FILTER_KEYS.some((key) => filter[key] !== null);
}
