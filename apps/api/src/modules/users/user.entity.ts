import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import type { Discipline, Role } from '@consilium/domain';

import { Specialist } from '../specialists/specialist.entity';

@Entity({ name: 'app_user' })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // Stored lower-cased; uniqueness is case-insensitive through the index on lower(email).
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'text', nullable: true })
  discipline!: Discipline | null;

  @Column({ name: 'specialist_id', type: 'uuid', nullable: true })
  specialistId!: string | null;

  @OneToOne(() => Specialist, { nullable: true })
  @JoinColumn({ name: 'specialist_id', foreignKeyConstraintName: 'app_user_specialist_id_fkey' })
  specialist?: Specialist | null;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  // Carried in every token; a password change increments it, so tokens issued before are refused.
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
