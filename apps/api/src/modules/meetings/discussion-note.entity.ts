import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { BoardCase } from '../cases/board-case.entity';
import { Specialist } from '../specialists/specialist.entity';
import { User } from '../users/user.entity';
import { Meeting } from './meeting.entity';

// Append-only (a trigger rejects UPDATE, DELETE and TRUNCATE): a correction is a new note that
// refers to the one it corrects, in the same meeting and case (checked by another trigger).
@Entity({ name: 'discussion_note' })
export class DiscussionNote {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => Meeting)
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'discussion_note_meeting_id_fkey' })
  meeting?: Meeting;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => BoardCase)
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'discussion_note_case_id_fkey' })
  boardCase?: BoardCase;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId!: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'author_user_id', foreignKeyConstraintName: 'discussion_note_author_user_id_fkey' })
  author?: User;

  /** The author's specialist profile; null for a coordinator. */
  @Column({ name: 'author_specialist_id', type: 'uuid', nullable: true })
  authorSpecialistId!: string | null;

  @ManyToOne(() => Specialist, { nullable: true })
  @JoinColumn({
    name: 'author_specialist_id',
    foreignKeyConstraintName: 'discussion_note_author_specialist_id_fkey',
  })
  authorSpecialist?: Specialist | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'corrects_note_id', type: 'uuid', nullable: true })
  correctsNoteId!: string | null;

  @ManyToOne(() => DiscussionNote, { nullable: true })
  @JoinColumn({ name: 'corrects_note_id', foreignKeyConstraintName: 'discussion_note_corrects_note_id_fkey' })
  correctsNote?: DiscussionNote | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
