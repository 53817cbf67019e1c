import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';

import {
  type AgendaOutcome,
  agendaOutcome,
  type AgendaOverrun,
  agendaOverrun,
  calendarDateIn,
  canSetCurrentCase,
  evaluateQuorum,
  evaluateReadiness,
  formatInTimeZone,
  isMeetingEditable,
  isMeetingOpen,
  type MeetingAction,
  nextMeetingState,
  OPEN_MEETING_STATES,
  overlaps,
  parseInstantWithOffset,
  type Quorum,
  type Readiness,
} from '@consilium/domain';
import { AuditService } from '@api/audit/audit.service';
import { changedFields, givenFields } from '@api/audit/diff';
import { BatchLoader } from '@api/common/batcher';
import { rangeBound } from '@api/common/date-range';
import { illegalTransition, notFound } from '@api/common/errors';
import { decodeCursor, Page, pageSize, toPage } from '@api/common/pagination';
import { actorOf, type RequestContext } from '@api/common/request-context';
import { isUuid } from '@api/common/uuid-param';
import { validationException } from '@api/common/validation';
import { preparedQuery } from '@api/database/prepared';

import { BoardCase } from '../cases/board-case.entity';
import { CasesService } from '../cases/cases.service';
import { SettingsService } from '../settings/settings.service';
import { Specialist } from '../specialists/specialist.entity';
import { AgendaItem } from './agenda-item.entity';
import { Attendance } from './attendance.entity';
import {
  type CreateMeetingDto,
  DURATION_MAX_MINUTES,
  type MeetingQueryDto,
  type UpdateMeetingDto,
} from './dto/meeting-input.dto';
import { publishMeetingEvent } from './live/meeting-events';
import { Meeting } from './meeting.entity';
import {
  expectedAtMeeting,
  type ExpectedAttendee,
  expectedAttendees,
  isOnActiveAgenda,
  lockCase,
  lockMeeting,
  type MeetingDetailStatements,
  meetingDetailStatements,
} from './meeting.queries';
import { currentCaseRefused, meetingNotEditable, meetingNotFound, notOnAgenda } from './meetings.errors';

const AUDITED_FIELDS = [
  'title',
  'boardType',
  'startsAt',
  'durationMinutes',
  'location',
  'videoUrl',
  'chairSpecialistId',
  'requiredDisciplines',
] as const;

// Fields whose change a subscribed calendar must pick up (they bump the iCalendar SEQUENCE).
const CALENDAR_FIELDS: readonly string[] = [
  'title',
  'boardType',
  'startsAt',
  'durationMinutes',
  'location',
  'videoUrl',
  'chairSpecialistId',
];

function snapshot(meeting: Meeting): Record<string, unknown> {
  return Object.fromEntries(
    AUDITED_FIELDS.map((f) => [f, f === 'startsAt' ? meeting.startsAt.toISOString() : meeting[f]]),
  );
}

function instant(value: string): Date {
  const parsed = parseInstantWithOffset(value);
  // The DTO has validated it; a null here is a programming error.
  if (!parsed) throw new Error(`not an instant with offset: ${value}`);
  return parsed;
}

/** A meeting needs a place: a location, a video link or both (a 400 naming both fields). */
function assertPlace(location: string | null, videoUrl: string | null): void {
  if (location === null && videoUrl === null) {
    const problem = 'a meeting needs a location, a video link, or both';
    throw validationException([
      { field: 'location', problems: [problem] },
      { field: 'videoUrl', problems: [problem] },
    ]);
  }
}

/** A meeting of a list, with the number of cases on its agenda. */
export interface MeetingSummary {
  meeting: Meeting;
  agendaSize: number;
  timeZone: string;
}

/**
 * The meeting screen: the meeting with its chair; the agenda in order, each item with its case (patient,
 * presenting specialist) and the case's readiness today; the attendance with specialists; the quorum
 * of those present; the agenda's length against the meeting's; and warnings (overrun, double bookings).
 */
export interface MeetingDetail {
  meeting: Meeting;
  agenda: { item: AgendaItem; readiness: Readiness; outcome: AgendaOutcome | null }[];
  attendance: Attendance[];
  /** Who is expected (docs/adr/0013), with why and their recorded attendance. */
  expected: ExpectedAttendee[];
  quorum: Quorum;
  overrun: AgendaOverrun;
  warnings: string[];
  timeZone: string;
}

type Json = Record<string, unknown> | null;

interface MeetingDetailRows {
  meeting: Meeting;
  items: AgendaItem[];
  attendance: Attendance[];
  expected: ExpectedAttendee[];
  outcomes: { meetingId: string; caseId: string; decidedHere: boolean; withdrawnBeforeClose: boolean }[];
}

export interface ConflictSubject {
  specialistId: string;
  fullName: string;
  /** What the person is at this meeting. */
  capacity: 'chair' | 'present';
}

interface ConflictRow {
  id: string;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  specialistId: string;
  capacity: 'chair' | 'attendee';
}

@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly settings: SettingsService,
    private readonly cases: CasesService,
  ) {}

  async create(ctx: RequestContext, dto: CreateMeetingDto): Promise<MeetingDetail> {
    const actor = actorOf(ctx);
    const location = dto.location ?? null;
    const videoUrl = dto.videoUrl ?? null;
    assertPlace(location, videoUrl);
    const id = await this.dataSource.transaction(async (em) => {
      await this.assertSpecialist(em, dto.chairSpecialistId);
      const requiredDisciplines = dto.requiredDisciplines ?? (await this.settings.get(em)).quorumDisciplines;
      const meeting = await em.save(
        em.create(Meeting, {
          title: dto.title,
          boardType: dto.boardType,
          startsAt: instant(dto.startsAt),
          durationMinutes: dto.durationMinutes,
          location,
          videoUrl,
          chairSpecialistId: dto.chairSpecialistId,
          requiredDisciplines,
          status: 'planned',
          createdById: actor.id,
        }),
      );
      await this.audit.record(
        ctx,
        {
          action: 'meeting.create',
          entityType: 'meeting',
          entityId: meeting.id,
          details: { chairSpecialistId: meeting.chairSpecialistId, fields: givenFields(snapshot(meeting)) },
        },
        em,
      );
      return meeting.id;
    });
    return this.detail(id);
  }

  async update(ctx: RequestContext, id: string, dto: UpdateMeetingDto): Promise<MeetingDetail> {
    await this.dataSource.transaction(async (em) => {
      const meeting = await lockMeeting(em, id);
      if (!isMeetingEditable(meeting.status)) throw meetingNotEditable(meeting.status);
      const before = snapshot(meeting);
      if (dto.title !== undefined) meeting.title = dto.title;
      if (dto.boardType !== undefined) meeting.boardType = dto.boardType;
      if (dto.startsAt !== undefined) meeting.startsAt = instant(dto.startsAt);
      if (dto.durationMinutes !== undefined) meeting.durationMinutes = dto.durationMinutes;
      if (dto.location !== undefined) meeting.location = dto.location;
      if (dto.videoUrl !== undefined) meeting.videoUrl = dto.videoUrl;
      if (dto.requiredDisciplines !== undefined) meeting.requiredDisciplines = dto.requiredDisciplines;
      if (dto.chairSpecialistId !== undefined && dto.chairSpecialistId !== meeting.chairSpecialistId) {
        await this.assertSpecialist(em, dto.chairSpecialistId);
        meeting.chairSpecialistId = dto.chairSpecialistId;
      }
      assertPlace(meeting.location, meeting.videoUrl);
      const changed = changedFields(before, snapshot(meeting));
      if (changed.length === 0) return;
      // The row is locked, so incrementing here cannot lose a concurrent bump.
      if (changed.some((f) => CALENDAR_FIELDS.includes(f))) meeting.revision += 1;
      await em.save(meeting);
      await this.audit.record(
        ctx,
        {
          action: 'meeting.update',
          entityType: 'meeting',
          entityId: id,
          details: { changedFields: changed },
        },
        em,
      );
    });
    return this.detail(id);
  }

  /**
   * Soonest first (starts_at, id), keyset-paginated on the (starts_at, id) index; the chair comes in
   * the same query and the agenda sizes of the whole page in one more (no N+1).
   */
  async list(query: MeetingQueryDto): Promise<Page<MeetingSummary>> {
    const limit = pageSize(query);
    const after = decodeCursor(query.cursor);
    // A plain date is a day of the institution's calendar: its zone is needed to read the range.
    const { timeZone } = await this.settings.get();
    const from = query.from === undefined ? null : rangeBound(query.from, timeZone);
    const to = query.to === undefined ? null : rangeBound(query.to, timeZone);
    if (from && to && from.getTime() >= to.getTime()) {
      throw validationException([{ field: 'to', problems: ['to must be later than from'] }]);
    }
    const qb = this.dataSource
      .getRepository(Meeting)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.chair', 'chair')
      .orderBy('m.starts_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(limit + 1);
    if (from) qb.andWhere('m.starts_at >= :from', { from });
    if (to) qb.andWhere('m.starts_at < :to', { to });
    if (query.status) qb.andWhere('m.status = :status', { status: query.status });
    if (query.expectedSpecialistId) {
      qb.andWhere(
        expectedAtMeeting(
          'm',
          ':expectedId',
          '(SELECT es.discipline FROM specialist es WHERE es.id = :expectedId)',
        ),
        { expectedId: query.expectedSpecialistId },
      );
    }
    if (after) qb.andWhere('(m.starts_at, m.id) > (:v, :id)', { v: after.v, id: after.id });
    const page = toPage(await qb.getMany(), limit, (m) => ({ v: m.startsAt.toISOString(), id: m.id }));

    const ids = page.items.map((m) => m.id);
    const counts: { meetingId: string; count: number }[] =
      ids.length === 0
        ? []
        : await this.dataSource.query(
            `SELECT meeting_id AS "meetingId", count(*)::int AS count
               FROM agenda_item WHERE meeting_id = ANY($1::uuid[]) GROUP BY meeting_id`,
            [ids],
          );
    const sizes = new Map(counts.map((c) => [c.meetingId, c.count]));
    return {
      items: page.items.map((meeting) => ({ meeting, agendaSize: sizes.get(meeting.id) ?? 0, timeZone })),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * The meeting screen in a fixed number of queries, whatever the agenda's length: the meeting with
   * its chair; the agenda with cases, patients and presenters; the attendance with specialists; the
   * settings; and (while the meeting is open) one search for overlapping bookings.
   */
  async detail(id: string, now = new Date()): Promise<MeetingDetail> {
    const em = this.dataSource.manager;
    const [rows, settings] = await Promise.all([this.detailRows.load(id), this.settings.get()]);
    if (!rows) throw meetingNotFound(id);
    const { meeting, items, attendance, expected, outcomes } = rows;
    const timeZone = settings.timeZone;
    const outcomeFacts = new Map(
      outcomes.map((o) => [
        o.caseId,
        { decidedHere: o.decidedHere, withdrawnBeforeClose: o.withdrawnBeforeClose },
      ]),
    );
    const today = calendarDateIn(now, timeZone);
    const readinessOptions = { today, imagingWindowDays: settings.imagingWindowDays };

    const present = attendance.filter((a) => a.present && a.specialist);
    const quorum = evaluateQuorum(
      meeting.requiredDisciplines,
      present.map((a) => ({ discipline: (a.specialist as Specialist).discipline })),
    );
    const overrun = agendaOverrun(
      items.map((i) => i.plannedMinutes),
      meeting.durationMinutes,
    );
    const warnings: string[] = [];
    if (isMeetingOpen(meeting.status)) {
      if (overrun.warning) warnings.push(overrun.warning);
      const chair = meeting.chair as Specialist;
      warnings.push(
        ...(await this.conflictWarnings(em, meeting, timeZone, [
          { specialistId: chair.id, fullName: chair.fullName, capacity: 'chair' },
          ...present
            .filter((a) => a.specialistId !== chair.id)
            .map((a) => ({
              specialistId: a.specialistId,
              fullName: (a.specialist as Specialist).fullName,
              capacity: 'present' as const,
            })),
        ])),
      );
    }

    return {
      meeting,
      agenda: items.map((item) => {
        const facts = outcomeFacts.get(item.caseId);
        return {
          item,
          // The case is its own fact sheet; readiness only reads it.
          readiness: evaluateReadiness(item.boardCase as BoardCase, readinessOptions),
          outcome: facts ? agendaOutcome(meeting.status, facts) : null,
        };
      }),
      attendance,
      expected,
      quorum,
      overrun,
      warnings,
      timeZone,
    };
  }

  /**
   * What `detail` reads of each meeting, for every meeting asked for by concurrent requests at once
   * (common/batcher.ts): five queries per batch, whatever the number of meetings or agenda items;
   * fixed SQL, prepared (docs/adr/0020), built on first use.
   */
  private readonly detailRows = new BatchLoader<string, MeetingDetailRows>(async (keys) => {
    const ids = keys.filter(isUuid);
    if (ids.length === 0) return new Map();
    const em = this.dataSource.manager;
    this.detailSql ??= meetingDetailStatements(this.dataSource);
    const sql = this.detailSql;
    const [meetings, items, attendance, expected, outcomes] = await Promise.all([
      preparedQuery<Meeting & { chair: Json }>(em, sql.meetings, [ids]).then((rows) =>
        rows.map((row) => Object.assign(row, { chair: sql.specialist.fromJson(row.chair) ?? undefined })),
      ),
      preparedQuery<AgendaItem & { boardCase: Json; patient?: Json; presenter?: Json }>(em, sql.items, [
        ids,
      ]).then((rows) =>
        rows.map(({ boardCase, patient, presenter, ...item }) => {
          const c = sql.boardCase.fromJson(boardCase) as BoardCase;
          c.patient = sql.patient.fromJson(patient ?? null) ?? undefined;
          c.presentingSpecialist = sql.specialist.fromJson(presenter ?? null);
          return Object.assign(item, { boardCase: c }) as AgendaItem;
        }),
      ),
      preparedQuery<Attendance & { specialist: Json }>(em, sql.attendance, [ids]).then((rows) =>
        rows.map((row) =>
          Object.assign(row, { specialist: sql.specialist.fromJson(row.specialist) ?? undefined }),
        ),
      ),
      expectedAttendees(em, ids),
      // What the board did with each case: adopted its plan here, or saw it withdrawn before closing.
      preparedQuery<MeetingDetailRows['outcomes'][number]>(em, sql.outcomes, [ids]),
    ]);
    const of = <T extends { meetingId: string }>(rows: T[], meetingId: string) =>
      rows.filter((row) => row.meetingId === meetingId);
    return new Map(
      meetings.map((meeting) => [
        meeting.id,
        {
          meeting,
          items: of(items, meeting.id),
          attendance: of(attendance, meeting.id),
          expected: of(expected, meeting.id),
          outcomes: of(outcomes, meeting.id),
        },
      ]),
    );
  });

  private detailSql?: MeetingDetailStatements;

  /**
   * Moves the board to a case of its agenda (or to none): the chair or a coordinator, while the
   * meeting is in progress. The time on the previous case ends and the new one's starts, so the
   * minutes each case took are real figures; audited, and announced to every device.
   */
  async setCurrentCase(ctx: RequestContext, id: string, caseId: string | null): Promise<MeetingDetail> {
    const actor = actorOf(ctx);
    await this.dataSource.transaction(async (em) => {
      const meeting = await lockMeeting(em, id);
      const check = canSetCurrentCase({
        role: actor.role,
        callerSpecialistId: actor.specialistId,
        chairSpecialistId: meeting.chairSpecialistId,
        meetingState: meeting.status,
      });
      if (!check.ok) throw currentCaseRefused(check);
      if (caseId !== null && !(await isOnActiveAgenda(em, id, caseId))) throw notOnAgenda(id, caseId);
      if (meeting.currentCaseId === caseId) return;
      await em.query(
        `UPDATE meeting_case_time SET ended_at = now() WHERE meeting_id = $1 AND ended_at IS NULL`,
        [id],
      );
      if (caseId !== null) {
        await em.query(
          `INSERT INTO meeting_case_time (meeting_id, case_id, started_at, started_by) VALUES ($1, $2, now(), $3)`,
          [id, caseId, actor.id],
        );
      }
      // Not a change a calendar must pick up: neither updated_at nor the revision moves.
      await em.query(
        `UPDATE meeting SET current_case_id = $2, current_case_since = CASE WHEN $2::uuid IS NULL THEN NULL ELSE now() END
          WHERE id = $1`,
        [id, caseId],
      );
      await this.audit.record(
        ctx,
        {
          action: 'meeting.current_case',
          entityType: 'meeting',
          entityId: id,
          details: { caseId, previousCaseId: meeting.currentCaseId },
        },
        em,
      );
      await publishMeetingEvent(em, id, 'current_case_changed', { caseId });
    });
    return this.detail(id);
  }

  /**
   * Defers a case of the agenda during the meeting, with the board's reason: it leaves this board
   * without a plan, back to the coordinator's queue for a later one (what the close does to every
   * undecided case, one case at a time and said why). The chair or a coordinator, in progress.
   */
  async deferCase(ctx: RequestContext, id: string, caseId: string, reason: string): Promise<MeetingDetail> {
    const actor = actorOf(ctx);
    await this.dataSource.transaction(async (em) => {
      const meeting = await lockMeeting(em, id);
      const check = canSetCurrentCase({
        role: actor.role,
        callerSpecialistId: actor.specialistId,
        chairSpecialistId: meeting.chairSpecialistId,
        meetingState: meeting.status,
      });
      if (!check.ok) throw currentCaseRefused(check);
      const item = await em.findOne(AgendaItem, { where: { meetingId: id, caseId, active: true } });
      if (!item) throw notOnAgenda(id, caseId);
      // A decided (or withdrawn) case is refused by the state machine: 409 naming its state.
      await lockCase(em, caseId, 'pessimistic_write');
      await this.cases.applyTransition(em, ctx, caseId, 'defer', { actor: 'system', reason });
      await em.update(AgendaItem, { id: item.id }, { active: false });
      if (meeting.currentCaseId === caseId) {
        await em.query(
          `UPDATE meeting_case_time SET ended_at = now() WHERE meeting_id = $1 AND ended_at IS NULL`,
          [id],
        );
        await em.query(`UPDATE meeting SET current_case_id = NULL, current_case_since = NULL WHERE id = $1`, [
          id,
        ]);
      }
      await publishMeetingEvent(em, id, 'case_deferred', { caseId });
    });
    return this.detail(id);
  }

  async start(ctx: RequestContext, id: string): Promise<MeetingDetail> {
    await this.dataSource.transaction(async (em) => {
      const meeting = await this.lockForTransition(em, id, 'start');
      await em.update(Meeting, { id }, { status: 'in_progress', startedAt: () => 'now()' });
      await this.audit.record(
        ctx,
        {
          action: 'meeting.start',
          entityType: 'meeting',
          entityId: id,
          details: { from: meeting.status, to: 'in_progress' },
        },
        em,
      );
      await publishMeetingEvent(em, id, 'meeting_started');
    });
    return this.detail(id);
  }

  /**
   * Closes the meeting: every case still `scheduled` on it (no plan adopted) is deferred, to be put
   * on a later agenda; decided (or withdrawn) cases stay as they are. The agenda is then closed.
   */
  async close(ctx: RequestContext, id: string): Promise<MeetingDetail> {
    await this.dataSource.transaction(async (em) => {
      const meeting = await this.lockForTransition(em, id, 'close');
      const deferred = await this.releaseAgenda(
        em,
        ctx,
        id,
        'defer',
        'the meeting closed without an adopted plan',
      );
      // The case under discussion, if any, ends with the meeting.
      await em.query(
        `UPDATE meeting_case_time SET ended_at = now() WHERE meeting_id = $1 AND ended_at IS NULL`,
        [id],
      );
      await em.update(
        Meeting,
        { id },
        { status: 'closed', closedAt: () => 'now()', currentCaseId: null, currentCaseSince: null },
      );
      await this.audit.record(
        ctx,
        {
          action: 'meeting.close',
          entityType: 'meeting',
          entityId: id,
          details: { from: meeting.status, to: 'closed', deferredCaseIds: deferred },
        },
        em,
      );
      await publishMeetingEvent(em, id, 'meeting_closed');
    });
    return this.detail(id);
  }

  /** Cancels a planned meeting: its scheduled cases go back to `accepted`, for another agenda. */
  async cancel(ctx: RequestContext, id: string, reason: string): Promise<MeetingDetail> {
    await this.dataSource.transaction(async (em) => {
      const meeting = await this.lockForTransition(em, id, 'cancel');
      const returned = await this.releaseAgenda(
        em,
        ctx,
        id,
        'cancel_meeting',
        `the meeting was cancelled: ${reason}`.slice(0, 2000),
      );
      await em.update(
        Meeting,
        { id },
        { status: 'cancelled', cancelReason: reason, revision: () => 'revision + 1' },
      );
      await this.audit.record(
        ctx,
        {
          action: 'meeting.cancel',
          entityType: 'meeting',
          entityId: id,
          // The reason is kept on the meeting; the entry only says one was given.
          details: {
            from: meeting.status,
            to: 'cancelled',
            fields: givenFields({ reason }),
            returnedCaseIds: returned,
          },
        },
        em,
      );
    });
    return this.detail(id);
  }

  /**
   * Warnings (never refusals) for people booked into another open meeting that overlaps this one in
   * time, as its chair or marked present there. Candidates come from the (starts_at, id) index; the
   * overlap itself is the domain's half-open interval rule.
   */
  async conflictWarnings(
    em: EntityManager,
    meeting: Pick<Meeting, 'id' | 'startsAt' | 'durationMinutes'>,
    timeZone: string,
    subjects: ConflictSubject[],
  ): Promise<string[]> {
    if (subjects.length === 0) return [];
    const end = new Date(meeting.startsAt.getTime() + meeting.durationMinutes * 60_000);
    // No meeting lasts longer, so one that starts earlier than this cannot overlap.
    const earliest = new Date(meeting.startsAt.getTime() - DURATION_MAX_MINUTES * 60_000);
    const rows: ConflictRow[] = await em.query(
      `SELECT m.id, m.title, m.starts_at AS "startsAt", m.duration_minutes AS "durationMinutes",
              x.specialist_id AS "specialistId", x.capacity
         FROM meeting m
         CROSS JOIN LATERAL (
           SELECT m.chair_specialist_id AS specialist_id, 'chair' AS capacity
           UNION ALL
           SELECT a.specialist_id, 'attendee' FROM attendance a WHERE a.meeting_id = m.id AND a.present
         ) x
        WHERE m.status = ANY($5::text[]) AND m.id <> $1
          AND m.starts_at < $2 AND m.starts_at > $3
          AND x.specialist_id = ANY($4::uuid[])
        ORDER BY m.starts_at, m.id, x.capacity DESC`,
      [meeting.id, end, earliest, subjects.map((s) => s.specialistId), [...OPEN_MEETING_STATES]],
    );
    const seen = new Set<string>();
    const warnings: string[] = [];
    for (const row of rows) {
      const key = `${row.specialistId}/${row.id}`;
      if (seen.has(key)) continue;
      if (!overlaps(meeting.startsAt, meeting.durationMinutes, row.startsAt, row.durationMinutes)) continue;
      seen.add(key);
      const subject = subjects.find((s) => s.specialistId === row.specialistId);
      if (!subject) continue;
      const here = subject.capacity === 'chair' ? 'chair of this meeting' : 'marked present at this meeting';
      const there = row.capacity === 'chair' ? 'the chair of' : 'marked present at';
      warnings.push(
        `${subject.fullName} (${here}) is also ${there} "${row.title}" at ` +
          `${formatInTimeZone(row.startsAt, timeZone)} (${row.durationMinutes} min), which overlaps it`,
      );
    }
    return warnings;
  }

  private async lockForTransition(em: EntityManager, id: string, action: MeetingAction): Promise<Meeting> {
    const meeting = await lockMeeting(em, id);
    const next = nextMeetingState(meeting.status, action);
    if (!next.ok) throw illegalTransition(next.message, meeting.status);
    return meeting;
  }

  /**
   * Closes the agenda of a meeting that ends: each case still `scheduled` on it takes `action`
   * (as a system transition recorded in the case history); the items become inactive, which frees
   * the cases for another meeting. Cases are locked in agenda order, after the meeting.
   */
  private async releaseAgenda(
    em: EntityManager,
    ctx: RequestContext,
    meetingId: string,
    action: 'defer' | 'cancel_meeting',
    reason: string,
  ): Promise<string[]> {
    const items = await em.find(AgendaItem, {
      where: { meetingId, active: true },
      order: { position: 'ASC' },
    });
    const moved: string[] = [];
    for (const item of items) {
      const boardCase = await lockCase(em, item.caseId, 'pessimistic_write');
      if (boardCase.status !== 'scheduled') continue;
      await this.cases.applyTransition(em, ctx, item.caseId, action, { actor: 'system', reason });
      moved.push(item.caseId);
    }
    if (items.length > 0) {
      await em.update(AgendaItem, { id: In(items.map((i) => i.id)) }, { active: false });
    }
    return moved;
  }

  private async assertSpecialist(em: EntityManager, id: string): Promise<void> {
    if (!(await em.exists(Specialist, { where: { id } }))) throw notFound('specialist', id);
  }
}
