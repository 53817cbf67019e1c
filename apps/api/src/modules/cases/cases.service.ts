import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import {
  type CaseAction,
  type CaseActor,
  type CaseFacts,
  type CaseState,
  checkPrimarySide,
  checkTreatingPhysician,
  emptyCaseFacts,
  evaluateReadiness,
  formatInTimeZone,
  isCaseEditable,
  mayPerformCaseAction,
  nextCaseState,
  nextStepNeedsHistory,
  nextStepOf,
  type Readiness,
  validateCaseActionReason,
} from '@consilium/domain';
import { AuditService } from '@api/audit/audit.service';
import { givenFields } from '@api/audit/diff';
import { BatchLoader } from '@api/common/batcher';
import { illegalTransition, notFound } from '@api/common/errors';
import { decodeCursor, Page, PageQueryDto, pageSize, toPage } from '@api/common/pagination';
import { actorOf, type RequestContext } from '@api/common/request-context';
import { escapeLike } from '@api/common/sql';
import { isUuid } from '@api/common/uuid-param';
import { validationException } from '@api/common/validation';
import { preparedQuery } from '@api/database/prepared';

import { Patient } from '../patients/patient.entity';
import type { InstitutionSettings } from '../settings/institution-settings.entity';
import { SettingsService } from '../settings/settings.service';
import { Specialist } from '../specialists/specialist.entity';
import { BoardCase } from './board-case.entity';
import { type CaseStatements, caseStatements } from './case.queries';
import { CaseEvent, type CaseEventAction } from './case-event.entity';
import { caseFactsOf, changedFactKeys, factChangesOf, pickFacts } from './case-facts.mapping';
import {
  caseActionNotAllowed,
  caseActionReasonRefused,
  caseNotEditable,
  caseNotReady,
  invalidPrimarySide,
  letterAlreadySigned,
  treatingPhysicianRefused,
} from './cases.errors';
import type { CaseNextStepDto } from './dto/case.dto';
import type { CaseQueryDto, CreateCaseDto, UpdateCaseDto } from './dto/case-input.dto';

interface NextStepRow {
  case_id: string;
  action: CaseEventAction | null;
  reason: string | null;
  occurred_at: Date | null;
  meeting_id: string | null;
  title: string | null;
  starts_at: Date | null;
}

export interface TransitionOptions {
  reason?: string | null;
  /** `system` for a transition that follows from another module's operation; default the caller's role. */
  actor?: CaseActor;
}

const TREATING_PHYSICIAN_KEYS = [
  'treatingPhysicianSpecialistId',
  'treatingPhysicianName',
  'treatingPhysicianContact',
] as const;

/** Whether the case's letter has its original signature (the addressee is then part of it). */
async function letterSigned(em: EntityManager, caseId: string): Promise<boolean> {
  const rows: unknown[] = await em.query(
    `SELECT 1 FROM recommendation_signature s JOIN recommendation r ON r.id = s.recommendation_id
      WHERE r.case_id = $1 AND s.kind = 'original'`,
    [caseId],
  );
  return rows.length > 0;
}

function assertPrimarySide(facts: CaseFacts): void {
  const side = checkPrimarySide(facts);
  if (!side.ok) throw invalidPrimarySide(side.message);
}

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly settings: SettingsService,
  ) {
    this.sql = caseStatements(dataSource);
  }

  private readonly sql: CaseStatements;

  async create(ctx: RequestContext, dto: CreateCaseDto): Promise<BoardCase> {
    const id = await this.dataSource.transaction((em) => this.createIn(em, ctx, dto));
    return this.get(id);
  }

  /** Creates a draft case inside the caller's transaction (a FHIR import's, say); returns its id. */
  async createIn(em: EntityManager, ctx: RequestContext, dto: CreateCaseDto): Promise<string> {
    const actor = actorOf(ctx);
    const facts: CaseFacts = { ...emptyCaseFacts(), ...factChangesOf(dto) };
    assertPrimarySide(facts);
    if (!(await em.exists(Patient, { where: { id: dto.patientId } }))) {
      throw notFound('patient', dto.patientId);
    }
    // By default the clinician who prepares the case presents it.
    const presentingSpecialistId =
      dto.presentingSpecialistId === undefined ? actor.specialistId : dto.presentingSpecialistId;
    if (presentingSpecialistId) await this.assertSpecialist(em, presentingSpecialistId);
    const treatingPhysician = await this.treatingPhysicianOf(em, null, dto);
    const boardCase = await em.save(
      em.create(BoardCase, {
        ...facts,
        ...treatingPhysician,
        patientId: dto.patientId,
        presentingSpecialistId,
        status: 'draft',
        createdById: actor.id,
      }),
    );
    await this.recordEvent(em, boardCase.id, actor.id, 'created', null, 'draft', null);
    // Facts are clinical: the entry names the ones given, never their values (ADR 0009).
    await this.audit.record(
      ctx,
      {
        action: 'case.create',
        entityType: 'board_case',
        entityId: boardCase.id,
        details: {
          patientId: dto.patientId,
          presentingSpecialistId,
          fields: givenFields({ ...facts, ...treatingPhysician }),
        },
      },
      em,
    );
    return boardCase.id;
  }

  /**
   * Newest first (created_at DESC, id DESC), keyset-paginated; each filter has an index ending in that
   * order. Patient, presenter and addressee come in the same query (no N+1), as fixed SQL.
   */
  async list(query: CaseQueryDto): Promise<Page<BoardCase>> {
    const limit = pageSize(query);
    const after = decodeCursor(query.cursor);
    const oldestFirst = query.order === 'oldest';
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const status = query.status === undefined ? null : param(query.status);
    const patientId = query.patientId === undefined ? null : param(query.patientId);
    const specialistId =
      query.presentingSpecialistId === undefined ? null : param(query.presentingSpecialistId);
    const keyset = after ? `(${param(after.v)}::timestamptz, ${param(after.id)}::uuid)` : null;
    // The filters and the keyset, for any alias of board_case.
    const filters = (a: string): string[] => [
      ...(status ? [`${a}.status = ${status}`] : []),
      ...(patientId ? [`${a}.patient_id = ${patientId}::uuid`] : []),
      ...(specialistId ? [`${a}.presenting_specialist_id = ${specialistId}::uuid`] : []),
      ...(keyset ? [`(${a}.created_at, ${a}.id) ${oldestFirst ? '>' : '<'} ${keyset}`] : []),
    ];
    const direction = oldestFirst ? 'ASC' : 'DESC';
    const order = (a: string) => `ORDER BY ${a}.created_at ${direction}, ${a}.id ${direction}`;
    const conditions = filters('c');
    if (query.q) {
      const q = escapeLike(query.q);
      const textPart = param(`%${q.toLowerCase()}%`);
      const mrnPrefix = param(`${q.toUpperCase()}%`);
      // One page of the first matches (in the list's order) of each kind (case text through its trigram index, patient
      // name or MRN through the patient's indexes), then the page of their union. A single OR of the
      // two lets the planner pick neither index and scan every case.
      const first = (a: string, match: string) =>
        `(SELECT ${a}.id FROM board_case ${a} WHERE ${[...filters(a), match].join(' AND ')}
           ${order(a)} LIMIT ${limit + 1})`;
      const byText = first(
        't',
        // Word for word the expression of board_case_text_trgm_idx.
        `lower(coalesce(t.histology, '') || ' ' || coalesce(t.question_for_board, '')) LIKE ${textPart}`,
      );
      const byPatient = first(
        'm',
        `m.patient_id IN (SELECT sp.id FROM patient sp
           WHERE sp.mrn LIKE ${mrnPrefix} OR lower(sp.full_name) LIKE ${textPart})`,
      );
      conditions.push(`c.id IN (${byText} UNION ALL ${byPatient})`);
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    // Without a search the statement's text is one of a few fixed ones: prepared. The limit (a
    // validated integer) is in the text: a generic plan for `LIMIT $n` expects a tenth of the table
    // and starts parallel workers for a page of twenty.
    const rows = await this.withPeople(
      this.dataSource.manager,
      `${where} ${order('c')} LIMIT ${limit + 1}`,
      params,
      { prepared: !query.q },
    );
    return toPage(rows, limit, (c) => ({ v: c.createdAt.toISOString(), id: c.id }));
  }

  /** A case with its patient, presenter and addressee. Outside a transaction, batched by id. */
  async get(id: string, manager?: EntityManager): Promise<BoardCase> {
    const boardCase = manager
      ? (await this.withPeople(manager, 'WHERE c.id = $1', [id]))[0]
      : await this.byId.load(id);
    if (!boardCase) throw notFound('case', id);
    return boardCase;
  }

  private async withPeople(
    em: EntityManager,
    rest: string,
    params: unknown[],
    { prepared = true } = {},
  ): Promise<BoardCase[]> {
    const text = `${this.sql.withPeople} ${rest}`;
    const rows = prepared
      ? await preparedQuery<BoardCase>(em, text, params)
      : await em.query<BoardCase[]>(text, params);
    for (const row of rows) {
      const raw = row as unknown as Record<string, Record<string, unknown> | null>;
      row.patient = this.sql.patient.fromJson(raw.patient) ?? undefined;
      row.presentingSpecialist = this.sql.specialist.fromJson(raw.presentingSpecialist);
      row.treatingPhysicianSpecialist = this.sql.specialist.fromJson(raw.treatingPhysicianSpecialist);
    }
    return rows;
  }

  private readonly byId = new BatchLoader<string, BoardCase>(async (ids) => {
    const valid = ids.filter(isUuid);
    const cases =
      valid.length === 0
        ? []
        : await this.withPeople(this.dataSource.manager, 'WHERE c.id = ANY($1::uuid[])', [valid]);
    return new Map(cases.map((c) => [c.id, c]));
  });

  async update(ctx: RequestContext, id: string, dto: UpdateCaseDto): Promise<BoardCase> {
    await this.dataSource.transaction(async (em) => {
      const boardCase = await this.lock(em, id);
      const before = caseFactsOf(boardCase);
      const after: CaseFacts = { ...before, ...factChangesOf(dto) };
      assertPrimarySide(after);
      const changed = changedFactKeys(before, after);
      const patch: Partial<BoardCase> = pickFacts(after, changed);

      const specialistId = dto.presentingSpecialistId;
      if (specialistId !== undefined && specialistId !== boardCase.presentingSpecialistId) {
        if (specialistId) await this.assertSpecialist(em, specialistId);
        patch.presentingSpecialistId = specialistId;
      }
      // Facts and presenter are frozen once the board decided; the addressee of the letter stays
      // open until the letter is signed (docs/adr/0015-signed-letter.md).
      if (!isCaseEditable(boardCase.status) && Object.keys(patch).length > 0) {
        throw caseNotEditable(boardCase.status);
      }
      const treatingPhysician = await this.treatingPhysicianOf(em, boardCase, dto);
      for (const key of TREATING_PHYSICIAN_KEYS) {
        if (treatingPhysician[key] !== boardCase[key]) patch[key] = treatingPhysician[key];
      }
      if (Object.keys(patch).length === 0) return;
      if (TREATING_PHYSICIAN_KEYS.some((k) => k in patch) && (await letterSigned(em, id))) {
        throw letterAlreadySigned(id);
      }
      await em.update(BoardCase, { id }, patch);
      await this.audit.record(
        ctx,
        {
          action: 'case.update',
          entityType: 'board_case',
          entityId: id,
          // The patch holds exactly the changed fields; their values stay out of the log.
          details: { changedFields: Object.keys(patch) },
        },
        em,
      );
    });
    return this.get(id);
  }

  /**
   * What each case needs next (libs/domain next-step), for a page of cases in two queries whatever
   * its size: the settings (today and the imaging window for readiness, the zone for the board's
   * local time, the follow-up overdue days), and each case's latest event (since when it is in its
   * state; a return and its reason) and the open board whose agenda holds it.
   */
  async nextSteps(
    cases: readonly BoardCase[],
    now = new Date(),
  ): Promise<(boardCase: BoardCase) => CaseNextStepDto> {
    // Two queries for any page, each shared with the concurrent requests (common/batcher.ts): the
    // settings, and each case's latest event and open agenda entry.
    const [context, rows]: [
      { today: string; settings: InstitutionSettings } | null,
      (NextStepRow | undefined)[],
    ] =
      cases.length === 0
        ? [null, []]
        : await Promise.all([
            this.settings.today(undefined, now),
            this.nextStepRows.loadMany(cases.map((c) => c.id)),
          ]);
    const byCase = new Map(rows.filter((r) => r !== undefined).map((r) => [r.case_id, r]));
    return (c) => {
      const row = byCase.get(c.id);
      const readiness =
        context && nextStepNeedsHistory(c.status)
          ? // The case is its own fact sheet; readiness only reads it.
            evaluateReadiness(c, {
              today: context.today,
              imagingWindowDays: context.settings.imagingWindowDays,
            })
          : null;
      const step = nextStepOf(c.status, {
        readiness,
        lastEvent: row?.action
          ? { action: row.action, reason: row.reason, occurredAt: row.occurred_at ?? undefined }
          : null,
        followUp: context ? { overdueDays: context.settings.followUpOverdueDays, now } : null,
      });
      // The board matters while the case waits for it; a decided case's is in its recommendation.
      const meeting =
        context && step.kind === 'on_agenda' && row?.meeting_id && row.title && row.starts_at
          ? {
              id: row.meeting_id,
              title: row.title,
              startsAt: row.starts_at,
              localStartsAt: formatInTimeZone(row.starts_at, context.settings.timeZone),
              timeZone: context.settings.timeZone,
            }
          : null;
      return { ...step, meeting };
    };
  }

  private readonly nextStepRows = new BatchLoader<string, NextStepRow>(async (ids) => {
    const rows = await preparedQuery<NextStepRow>(this.dataSource.manager, this.sql.nextStepRows, [
      ids.filter(isUuid),
    ]);
    return new Map(rows.map((r) => [r.case_id, r]));
  });

  /** The readiness checklist, with today's date and the imaging window of the institution. */
  async readiness(id: string): Promise<Readiness> {
    const boardCase = await this.dataSource.getRepository(BoardCase).findOneBy({ id });
    if (!boardCase) throw notFound('case', id);
    return this.evaluate(this.dataSource.manager, boardCase);
  }

  /** A workflow action of a user on a case, in its own transaction; returns the case afterwards. */
  async transition(
    ctx: RequestContext,
    id: string,
    action: 'submit' | 'accept' | 'return' | 'withdraw',
    reason?: string,
  ): Promise<BoardCase> {
    await this.dataSource.transaction((em) => this.applyTransition(em, ctx, id, action, { reason }));
    return this.get(id);
  }

  /**
   * Moves a case through the workflow inside the caller's transaction: locks the case, asks the
   * domain state machine, and writes the case event and the audit entry with the change. The
   * meetings and plans modules drive `schedule`, `unschedule`, `defer`, `cancel_meeting`, `decide`
   * and `close` through this method.
   */
  async applyTransition(
    em: EntityManager,
    ctx: RequestContext | null,
    id: string,
    action: CaseAction,
    options: TransitionOptions = {},
  ): Promise<BoardCase> {
    const actor: CaseActor | undefined = options.actor ?? ctx?.user?.role;
    if (!actor || !mayPerformCaseAction(actor, action)) {
      throw caseActionNotAllowed(actor, action);
    }
    const reason = options.reason?.trim() || null;
    const reasonCheck = validateCaseActionReason(action, reason);
    if (!reasonCheck.ok) throw caseActionReasonRefused(reasonCheck.code, reasonCheck.message);

    const boardCase = await this.lock(em, id);
    const from = boardCase.status;
    const previousState = action === 'unschedule' ? await this.stateBeforeScheduling(em, id) : undefined;
    const next = nextCaseState(from, action, { previousState });
    if (!next.ok) throw illegalTransition(next.message, from);
    if (action === 'submit') {
      const readiness = await this.evaluate(em, boardCase);
      if (!readiness.ready) throw caseNotReady(readiness.items.filter((i) => !i.ok));
    }

    await em.update(BoardCase, { id }, { status: next.to });
    boardCase.status = next.to;
    await this.recordEvent(em, id, ctx?.user?.id ?? null, action, from, next.to, reason);
    await this.audit.record(
      ctx,
      {
        action: `case.${action}`,
        entityType: 'board_case',
        entityId: id,
        // The reason is clinical text, kept in the case's history: the entry only says one was given.
        details: { from, to: next.to, fields: givenFields({ reason }) },
      },
      em,
    );
    return boardCase;
  }

  /** The case's history, oldest first, keyset-paginated on the insertion order. */
  async events(id: string, query: PageQueryDto): Promise<Page<CaseEvent>> {
    if (!(await this.dataSource.getRepository(BoardCase).exists({ where: { id } })))
      throw notFound('case', id);
    const limit = pageSize(query);
    const after = decodeCursor(query.cursor);
    const qb = this.dataSource
      .getRepository(CaseEvent)
      .createQueryBuilder('e')
      .leftJoinAndSelect('e.actor', 'a')
      .where('e.case_id = :id', { id })
      .orderBy('e.seq', 'ASC')
      .limit(limit + 1);
    if (after) {
      if (!/^\d{1,19}$/.test(after.v)) {
        throw validationException([
          { field: 'cursor', problems: ['cursor is not a cursor returned by this list'] },
        ]);
      }
      qb.andWhere('e.seq > :seq', { seq: after.v });
    }
    return toPage(await qb.getMany(), limit, (e) => ({ v: e.seq, id: e.id }));
  }

  private async evaluate(em: EntityManager, facts: CaseFacts): Promise<Readiness> {
    const { today, settings } = await this.settings.today(em);
    return evaluateReadiness(caseFactsOf(facts), { today, imagingWindowDays: settings.imagingWindowDays });
  }

  private async lock(em: EntityManager, id: string): Promise<BoardCase> {
    const boardCase = await em.findOne(BoardCase, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!boardCase) throw notFound('case', id);
    return boardCase;
  }

  /** The case's treating physician after applying the input (a specialist, or a name and contact). */
  private async treatingPhysicianOf(
    em: EntityManager,
    current: BoardCase | null,
    dto: CreateCaseDto | UpdateCaseDto,
  ): Promise<Pick<BoardCase, (typeof TREATING_PHYSICIAN_KEYS)[number]>> {
    const next = {
      treatingPhysicianSpecialistId:
        dto.treatingPhysicianSpecialistId === undefined
          ? (current?.treatingPhysicianSpecialistId ?? null)
          : dto.treatingPhysicianSpecialistId,
      treatingPhysicianName:
        dto.treatingPhysicianName === undefined
          ? (current?.treatingPhysicianName ?? null)
          : dto.treatingPhysicianName,
      treatingPhysicianContact:
        dto.treatingPhysicianContact === undefined
          ? (current?.treatingPhysicianContact ?? null)
          : dto.treatingPhysicianContact,
    };
    const check = checkTreatingPhysician({
      specialistId: next.treatingPhysicianSpecialistId,
      name: next.treatingPhysicianName,
      contact: next.treatingPhysicianContact,
    });
    if (!check.ok) throw treatingPhysicianRefused(check.code, check.message);
    const specialistId = next.treatingPhysicianSpecialistId;
    if (specialistId && specialistId !== current?.treatingPhysicianSpecialistId) {
      await this.assertSpecialist(em, specialistId);
    }
    return next;
  }

  private async assertSpecialist(em: EntityManager, id: string): Promise<void> {
    if (!(await em.exists(Specialist, { where: { id } }))) throw notFound('specialist', id);
  }

  // For `unschedule`: the state the case had when it was last put on an agenda.
  private async stateBeforeScheduling(em: EntityManager, id: string): Promise<CaseState | null> {
    const event = await em.findOne(CaseEvent, {
      where: { caseId: id, action: 'schedule' },
      order: { seq: 'DESC' },
    });
    return event?.fromState ?? null;
  }

  private async recordEvent(
    em: EntityManager,
    caseId: string,
    actorId: string | null,
    action: CaseEventAction,
    fromState: CaseState | null,
    toState: CaseState,
    reason: string | null,
  ): Promise<void> {
    await em.insert(CaseEvent, { caseId, actorId, action, fromState, toState, reason });
  }
}
