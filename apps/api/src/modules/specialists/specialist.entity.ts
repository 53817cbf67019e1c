import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import type { Discipline } from '@consilium/domain';

@Entity({ name: 'specialist' })
export class Specialist {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ type: 'text' })
  discipline!: Discipline;

  @Column({ type: 'text' })
  institution!: string;

  @Column({ name: 'sub_specialties', type: 'text', array: true, default: () => "'{}'" })
  subSpecialties!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
