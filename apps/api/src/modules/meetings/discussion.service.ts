import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';

import { canRecordAttendance, canWriteNote, mayRecordAttendanceOf } from '@consilium/domain';
import { AuditService } from '@api/audit/audit.service';
import { changedFields } from '@api/audit/diff';
import { notFound } from '@api/common/errors';
import { decodeCursor, Page, PageQueryDto, pageSize, toPage } from '@api/common/pagination';
import { actorOf, type RequestContext } from '@api/common/request-context';

import { Specialist } from '../specialists/specialist.entity';
import { AgendaItem } from './agenda-item.entity';
import { Attendance } from './attendance.entity';
import { DiscussionNote } from './discussion-note.entity';
import type { CreateNoteDto, RecordAttendanceDto } from './dto/meeting-input.dto';
import { publishMeetingEvent } from './live/meeting-events';
import { Meeting } from './meeting.entity';
import { isPresent, lockMeeting } from './meeting.queries';
import {
  attendanceRefused,
  correctedNoteMismatch,
  meetingNotFound,
  noteRefused,
  notOnAgenda,
} from './meetings.errors';
import { type MeetingDetail, MeetingsService } from './meetings.service';

/** A discussion note (loaded with its author) and the later notes that correct it. */
export interface NoteWithCorrections {
  note: DiscussionNote;
  correctedByNoteIds: string[];
}

// Attendance and the discussion of each agenda case. Attendance changes lock the meeting row
// exclusively, so that whoever reads the attendance under a shared lock (quorum at adoption) sees
// it hold still; notes take a shared lock, so that closing the meeting waits for them.
@Injectable()
export class DiscussionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
  ) {}

  /**
   * Records one specialist as present or absent, in advance (the invitation list) or during the
   * meeting. A coordinator records anyone; a clinician only themselves; an admin nobody.
   */
  async recordAttendance(
    ctx: RequestContext,
    meetingId: string,
    specialistId: string,
    dto: RecordAttendanceDto,
  ): Promise<MeetingDetail> {
    const actor = actorOf(ctx);
    // Who may record whose attendance, and when: libs/domain/src/meeting-actions.ts. The caller
    // first, before any lock.
    const caller = {
      role: actor.role,
      callerSpecialistId: actor.specialistId,
      attendeeSpecialistId: specialistId,
    };
    const mayRecord = mayRecordAttendanceOf(caller);
    if (!mayRecord.ok) throw attendanceRefused(mayRecord);
    await this.dataSource.transaction(async (em) => {
      const meeting = await lockMeeting(em, meetingId);
      const check = canRecordAttendance({ ...caller, meetingState: meeting.status });
      if (!check.ok) throw attendanceRefused(check);
      if (!(await em.exists(Specialist, { where: { id: specialistId } })))
        throw notFound('specialist', specialistId);
      const previous = await em.findOne(Attendance, { where: { meetingId, specialistId } });
      const role = dto.role ?? null;
      // PUT replaces the record; concurrent PUTs for the same person resolve to the last one.
      await em.query(
        `INSERT INTO attendance (meeting_id, specialist_id, present, role, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (meeting_id, specialist_id) DO UPDATE
           SET present = EXCLUDED.present, role = EXCLUDED.role,
               recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at`,
        [meetingId, specialistId, dto.present, role, actor.id],
      );
      await this.audit.record(
        ctx,
        {
          action: 'meeting.attendance',
          entityType: 'meeting',
          entityId: meetingId,
          // Presence is kept (quorum at any moment is rebuilt from it); the free-text role is not.
          details: {
            specialistId,
            present: dto.present,
            changedFields: changedFields(
              { present: previous?.present ?? null, role: previous?.role ?? null },
              { present: dto.present, role },
            ),
          },
        },
        em,
      );
      await publishMeetingEvent(em, meetingId, 'attendance_changed');
    });
    return this.meetings.detail(meetingId);
  }

  /**
   * Adds a note to a case's discussion while the meeting is in progress: by a coordinator, or by a
   * clinician marked present. Notes are never changed; a correction refers to the note it corrects.
   */
  async addNote(
    ctx: RequestContext,
    meetingId: string,
    caseId: string,
    dto: CreateNoteDto,
  ): Promise<NoteWithCorrections> {
    const actor = actorOf(ctx);
    const id = await this.dataSource.transaction(async (em) => {
      const meeting = await lockMeeting(em, meetingId, 'pessimistic_read');
      if (!(await em.exists(AgendaItem, { where: { meetingId, caseId } })))
        throw notOnAgenda(meetingId, caseId);
      // Who may write a note, and when: libs/domain/src/meeting-actions.ts.
      const check = canWriteNote({
        role: actor.role,
        meetingState: meeting.status,
        present:
          meeting.status === 'in_progress' &&
          actor.role !== 'coordinator' &&
          actor.specialistId !== null &&
          (await isPresent(em, meetingId, actor.specialistId)),
      });
      if (!check.ok) throw noteRefused(check);
      if (dto.correctsNoteId !== undefined) {
        const corrected = await em.findOne(DiscussionNote, { where: { id: dto.correctsNoteId } });
        if (!corrected || corrected.meetingId !== meetingId || corrected.caseId !== caseId)
          throw correctedNoteMismatch(dto.correctsNoteId);
      }
      const result = await em.insert(DiscussionNote, {
        meetingId,
        caseId,
        authorUserId: actor.id,
        authorSpecialistId: actor.specialistId,
        body: dto.body,
        correctsNoteId: dto.correctsNoteId ?? null,
      });
      const noteId = (result.identifiers[0] as { id: string }).id;
      // The body is clinical text: the audit entry says who wrote what where, not the words.
      await this.audit.record(
        ctx,
        {
          action: 'meeting.note.create',
          entityType: 'meeting',
          entityId: meetingId,
          details: { caseId, noteId, correctsNoteId: dto.correctsNoteId ?? null },
        },
        em,
      );
      await publishMeetingEvent(em, meetingId, 'note_added', { caseId });
      return noteId;
    });
    const note = await this.noteQuery().where('n.id = :id', { id }).getOneOrFail();
    return { note, correctedByNoteIds: [] };
  }

  /** A case's discussion at a meeting, oldest first, each note with the notes that correct it. */
  async notes(meetingId: string, caseId: string, query: PageQueryDto): Promise<Page<NoteWithCorrections>> {
    const limit = pageSize(query);
    const after = decodeCursor(query.cursor);
    const [meetingExists, onAgenda] = await Promise.all([
      this.dataSource.getRepository(Meeting).exists({ where: { id: meetingId } }),
      this.dataSource.getRepository(AgendaItem).exists({ where: { meetingId, caseId } }),
    ]);
    if (!meetingExists) throw meetingNotFound(meetingId);
    if (!onAgenda) throw notOnAgenda(meetingId, caseId);
    const qb = this.noteQuery()
      .where('n.meeting_id = :meetingId AND n.case_id = :caseId', { meetingId, caseId })
      .orderBy('n.created_at', 'ASC')
      .addOrderBy('n.id', 'ASC')
      .limit(limit + 1);
    if (after) qb.andWhere('(n.created_at, n.id) > (:v, :id)', { v: after.v, id: after.id });
    const page = toPage(await qb.getMany(), limit, (n) => ({ v: n.createdAt.toISOString(), id: n.id }));
    const corrections =
      page.items.length === 0
        ? []
        : await this.dataSource.getRepository(DiscussionNote).find({
            select: { id: true, correctsNoteId: true },
            where: { correctsNoteId: In(page.items.map((n) => n.id)) },
            order: { createdAt: 'ASC', id: 'ASC' },
          });
    return {
      items: page.items.map((note) => ({
        note,
        correctedByNoteIds: corrections.filter((c) => c.correctsNoteId === note.id).map((c) => c.id),
      })),
      nextCursor: page.nextCursor,
    };
  }

  private noteQuery() {
    return this.dataSource
      .getRepository(DiscussionNote)
      .createQueryBuilder('n')
      .innerJoinAndSelect('n.author', 'u')
      .leftJoinAndSelect('n.authorSpecialist', 's');
  }
}
