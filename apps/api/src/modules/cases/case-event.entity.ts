import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import type { CaseAction, CaseState } from '@consilium/domain';

import { User } from '../users/user.entity';
import { BoardCase } from './board-case.entity';

/** `created` opens every history; the others are the workflow's actions. */
export type CaseEventAction = 'created' | CaseAction;

// Append-only: a database trigger rejects UPDATE, DELETE and TRUNCATE on this table.
@Entity({ name: 'case_event' })
export class CaseEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // Insertion order; a case's events are written under a lock on the case, so it is also time order.
  @Column({
    type: 'bigint',
    generated: 'identity',
    generatedIdentity: 'ALWAYS',
    insert: false,
    update: false,
  })
  seq!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => BoardCase)
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_event_case_id_fkey' })
  boardCase?: BoardCase;

  /** Null for a transition that follows from a system operation. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'case_event_actor_id_fkey' })
  actor?: User | null;

  @Column({ type: 'text' })
  action!: CaseEventAction;

  @Column({ name: 'from_state', type: 'text', nullable: true })
  fromState!: CaseState | null;

  @Column({ name: 'to_state', type: 'text' })
  toState!: CaseState;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt!: Date;
}
