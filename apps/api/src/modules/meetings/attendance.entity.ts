import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Specialist } from '../specialists/specialist.entity';
import { User } from '../users/user.entity';
import { Meeting } from './meeting.entity';

// One specialist's attendance at one meeting: recorded in advance (the invitation list) or during it.
@Entity({ name: 'attendance' })
export class Attendance {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid', primaryKeyConstraintName: 'attendance_pkey' })
  meetingId!: string;

  @ManyToOne(() => Meeting)
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'attendance_meeting_id_fkey' })
  meeting?: Meeting;

  @PrimaryColumn({ name: 'specialist_id', type: 'uuid', primaryKeyConstraintName: 'attendance_pkey' })
  specialistId!: string;

  @ManyToOne(() => Specialist)
  @JoinColumn({ name: 'specialist_id', foreignKeyConstraintName: 'attendance_specialist_id_fkey' })
  specialist?: Specialist;

  @Column({ type: 'boolean' })
  present!: boolean;

  /** Free text, e.g. "presenter" or "guest"; the chair is a property of the meeting. */
  @Column({ type: 'text', nullable: true })
  role!: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedById!: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'attendance_recorded_by_fkey' })
  recordedBy?: User;

  // Set on every change (the row is upserted), not only on creation.
  @Column({ name: 'recorded_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  recordedAt!: Date;
}
