import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';

import { Specialist } from '../specialists/specialist.entity';

// A specialist's calendar subscription. Only the sha256 of the URL's secret token is stored, so a
// database leak does not hand out working feed URLs; a new token replaces (and so revokes) the old.
@Entity({ name: 'calendar_feed' })
@Unique('calendar_feed_token_hash_key', ['tokenHash'])
export class CalendarFeed {
  @PrimaryColumn({ name: 'specialist_id', type: 'uuid', primaryKeyConstraintName: 'calendar_feed_pkey' })
  specialistId!: string;

  @ManyToOne(() => Specialist)
  @JoinColumn({ name: 'specialist_id', foreignKeyConstraintName: 'calendar_feed_specialist_id_fkey' })
  specialist?: Specialist;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', precision: 3, nullable: true })
  revokedAt!: Date | null;
}
