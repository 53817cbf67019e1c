import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { checkAgendaOrder, isMeetingEditable } from '@consilium/domain';
import { AuditService } from '@api/audit/audit.service';
import { isUniqueViolation } from '@api/common/errors';
import type { RequestContext } from '@api/common/request-context';

import { CasesService } from '../cases/cases.service';
import { AgendaItem } from './agenda-item.entity';
import {
  type AddAgendaItemDto,
  type AgendaOrderDto,
  MAX_AGENDA_CASES,
  type UpdateAgendaItemDto,
} from './dto/meeting-input.dto';
import { Meeting } from './meeting.entity';
import { lockCase, lockMeeting } from './meeting.queries';
import {
  agendaFull,
  caseAlreadyOnAgenda,
  invalidAgendaOrder,
  meetingNotEditable,
  notOnAgenda,
} from './meetings.errors';
import { type MeetingDetail, MeetingsService } from './meetings.service';

// The agenda is built while the meeting is planned (`isMeetingEditable`): once it has started, its
// cases are being discussed and voted on, and a case that turns up late goes on the next meeting.
// Every change locks the meeting row first, then the case (the lock order of meeting.queries.ts).
@Injectable()
export class AgendaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
    private readonly cases: CasesService,
  ) {}

  /** Puts an accepted or deferred case at the end of the agenda; the case becomes `scheduled`. */
  async add(ctx: RequestContext, meetingId: string, dto: AddAgendaItemDto): Promise<MeetingDetail> {
    try {
      await this.dataSource.transaction(async (em) => {
        const meeting = await lockMeeting(em, meetingId);
        if (!isMeetingEditable(meeting.status)) throw meetingNotEditable(meeting.status);
        // Locking the case makes a second coordinator adding it elsewhere wait for this one, and
        // then see its agenda row: a clear 409 instead of the unique index's.
        const boardCase = await lockCase(em, dto.caseId, 'pessimistic_write');
        const open = await em.findOne(AgendaItem, { where: { caseId: dto.caseId, active: true } });
        if (open) {
          const other = await em.findOneOrFail(Meeting, { where: { id: open.meetingId } });
          throw caseAlreadyOnAgenda(dto.caseId, other);
        }
        const size = await em.count(AgendaItem, { where: { meetingId } });
        if (size >= MAX_AGENDA_CASES) throw agendaFull(MAX_AGENDA_CASES);

        const previousState = boardCase.status;
        await this.cases.applyTransition(em, ctx, dto.caseId, 'schedule', { actor: 'coordinator' });
        const position = size + 1;
        const plannedMinutes = dto.plannedMinutes ?? null;
        await em.insert(AgendaItem, {
          meetingId,
          caseId: dto.caseId,
          position,
          plannedMinutes,
          previousState,
          active: true,
        });
        await this.audit.record(
          ctx,
          {
            action: 'meeting.agenda.add',
            entityType: 'meeting',
            entityId: meetingId,
            details: { caseId: dto.caseId, position, plannedMinutes, previousState },
          },
          em,
        );
      });
    } catch (error) {
      // The partial unique index is the guarantee; the check above only words the refusal.
      if (
        isUniqueViolation(error, 'agenda_item_case_open_key') ||
        isUniqueViolation(error, 'agenda_item_meeting_case_key')
      ) {
        throw caseAlreadyOnAgenda(dto.caseId);
      }
      throw error;
    }
    return this.meetings.detail(meetingId);
  }

  /**
   * Takes a case off a planned meeting's agenda: it returns to the state it had before (accepted or
   * deferred; its history keeps the scheduling). A withdrawn case just leaves the agenda.
   */
  async remove(ctx: RequestContext, meetingId: string, caseId: string): Promise<MeetingDetail> {
    await this.dataSource.transaction(async (em) => {
      const meeting = await lockMeeting(em, meetingId);
      if (!isMeetingEditable(meeting.status)) throw meetingNotEditable(meeting.status);
      const item = await em.findOne(AgendaItem, { where: { meetingId, caseId } });
      if (!item) throw notOnAgenda(meetingId, caseId);
      const from = (await lockCase(em, caseId, 'pessimistic_write')).status;
      // A case withdrawn while on the agenda has nothing to return to; any other state than
      // scheduled is refused by the state machine (409 naming the state).
      const to =
        from === 'withdrawn'
          ? from
          : (await this.cases.applyTransition(em, ctx, caseId, 'unschedule', { actor: 'coordinator' }))
              .status;
      await em.delete(AgendaItem, { id: item.id });
      await em.query(
        `UPDATE agenda_item a SET position = r.rn
           FROM (SELECT id, row_number() OVER (ORDER BY position, added_at)::int AS rn
                   FROM agenda_item WHERE meeting_id = $1) r
          WHERE a.id = r.id AND a.position <> r.rn`,
        [meetingId],
      );
      await this.audit.record(
        ctx,
        {
          action: 'meeting.agenda.remove',
          entityType: 'meeting',
          entityId: meetingId,
          details: {
            caseId,
            position: item.position,
            plannedMinutes: item.plannedMinutes,
            caseState: { from, to },
          },
        },
        em,
      );
    });
    return this.meetings.detail(meetingId);
  }

  /** Changes a case's planned minutes on a planned meeting's agenda (null: the default per case). */
  async update(
    ctx: RequestContext,
    meetingId: string,
    caseId: string,
    dto: UpdateAgendaItemDto,
  ): Promise<MeetingDetail> {
    await this.dataSource.transaction(async (em) => {
      const meeting = await lockMeeting(em, meetingId);
      if (!isMeetingEditable(meeting.status)) throw meetingNotEditable(meeting.status);
      const item = await em.findOne(AgendaItem, { where: { meetingId, caseId } });
      if (!item) throw notOnAgenda(meetingId, caseId);
      const plannedMinutes = dto.plannedMinutes ?? null;
      if (item.plannedMinutes === plannedMinutes) return;
      await em.update(AgendaItem, { id: item.id }, { plannedMinutes });
      await this.audit.record(
        ctx,
        {
          action: 'meeting.agenda.update',
          entityType: 'meeting',
          entityId: meetingId,
          details: { caseId, previousPlannedMinutes: item.plannedMinutes, plannedMinutes },
        },
        em,
      );
    });
    return this.meetings.detail(meetingId);
  }

  /** Reorders the agenda: `caseIds` must list each case on it exactly once (else 422). */
  async reorder(ctx: RequestContext, meetingId: string, dto: AgendaOrderDto): Promise<MeetingDetail> {
    await this.dataSource.transaction(async (em) => {
      const meeting = await lockMeeting(em, meetingId);
      if (!isMeetingEditable(meeting.status)) throw meetingNotEditable(meeting.status);
      const items = await em.find(AgendaItem, { where: { meetingId }, order: { position: 'ASC' } });
      const current = items.map((i) => i.caseId);
      const check = checkAgendaOrder(current, dto.caseIds);
      if (!check.ok) {
        const { missing, extra, duplicated } = check;
        throw invalidAgendaOrder(check.message, { missing, extra, duplicated });
      }
      if (current.every((id, index) => dto.caseIds[index] === id)) return;
      await em.query(
        `UPDATE agenda_item a SET position = o.ord
           FROM unnest($2::uuid[]) WITH ORDINALITY AS o(case_id, ord)
          WHERE a.meeting_id = $1 AND a.case_id = o.case_id`,
        [meetingId, dto.caseIds],
      );
      await this.audit.record(
        ctx,
        {
          action: 'meeting.agenda.reorder',
          entityType: 'meeting',
          entityId: meetingId,
          details: { previousCaseIds: current, caseIds: dto.caseIds },
        },
        em,
      );
    });
    return this.meetings.detail(meetingId);
  }
}
