import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  ValueTransformer,
} from 'typeorm';

import type {
  BrafStatus,
  CaseFacts,
  CaseState,
  ChildPughClass,
  ColorectalSide,
  ExtrahepaticDisease,
  LiverLesion,
  MsiStatus,
  PrimarySite,
  PriorTreatment,
  RasStatus,
} from '@consilium/domain';

import { Patient } from '../patients/patient.entity';
import { Specialist } from '../specialists/specialist.entity';
import { User } from '../users/user.entity';

// node-postgres returns numeric as a string (it may not fit a double); these values always do.
const numeric: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

// A board case ("case" is an SQL keyword). The clinical facts are typed columns named as in
// `CaseFacts`, so the entity is itself a fact sheet; CHECK constraints in the migration hold the
// enums and ranges.
@Entity({ name: 'board_case' })
export class BoardCase implements CaseFacts {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId!: string;

  @ManyToOne(() => Patient)
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'board_case_patient_id_fkey' })
  patient?: Patient;

  @Column({ type: 'text', default: 'draft' })
  status!: CaseState;

  @Column({ name: 'presenting_specialist_id', type: 'uuid', nullable: true })
  presentingSpecialistId!: string | null;

  @ManyToOne(() => Specialist, { nullable: true })
  @JoinColumn({
    name: 'presenting_specialist_id',
    foreignKeyConstraintName: 'board_case_presenting_specialist_id_fkey',
  })
  presentingSpecialist?: Specialist | null;

  @Column({ name: 'primary_site', type: 'text', nullable: true })
  primarySite!: PrimarySite | null;

  @Column({ name: 'primary_side', type: 'text', nullable: true })
  primarySide!: ColorectalSide | null;

  @Column({ type: 'text', nullable: true })
  histology!: string | null;

  @Column({ name: 'diagnosis_date', type: 'date', nullable: true })
  diagnosisDate!: string | null;

  @Column({ type: 'text', nullable: true })
  ras!: RasStatus | null;

  @Column({ name: 'braf_v600e', type: 'text', nullable: true })
  brafV600e!: BrafStatus | null;

  @Column({ type: 'text', nullable: true })
  msi!: MsiStatus | null;

  @Column({
    name: 'pdl1_percent',
    type: 'numeric',
    precision: 5,
    scale: 2,
    nullable: true,
    transformer: numeric,
  })
  pdl1Percent!: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  lesions!: LiverLesion[];

  @Column({ type: 'boolean', nullable: true })
  bilobar!: boolean | null;

  @Column({ name: 'extrahepatic_disease', type: 'text', nullable: true })
  extrahepaticDisease!: ExtrahepaticDisease | null;

  @Column({
    name: 'bilirubin_mg_dl',
    type: 'numeric',
    precision: 5,
    scale: 2,
    nullable: true,
    transformer: numeric,
  })
  bilirubinMgDl!: number | null;

  @Column({
    name: 'albumin_g_dl',
    type: 'numeric',
    precision: 4,
    scale: 2,
    nullable: true,
    transformer: numeric,
  })
  albuminGDl!: number | null;

  @Column({ type: 'numeric', precision: 4, scale: 2, nullable: true, transformer: numeric })
  inr!: number | null;

  @Column({ name: 'child_pugh', type: 'text', nullable: true })
  childPugh!: ChildPughClass | null;

  @Column({ name: 'cirrhosis_or_fibrosis', type: 'boolean', nullable: true })
  cirrhosisOrFibrosis!: boolean | null;

  @Column({
    name: 'future_liver_remnant_percent',
    type: 'numeric',
    precision: 5,
    scale: 2,
    nullable: true,
    transformer: numeric,
  })
  futureLiverRemnantPercent!: number | null;

  @Column({ type: 'smallint', nullable: true })
  ecog!: CaseFacts['ecog'];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  comorbidities!: string[];

  @Column({ name: 'prior_treatments', type: 'jsonb', default: () => "'[]'" })
  priorTreatments!: PriorTreatment[];

  @Column({ name: 'latest_imaging_date', type: 'date', nullable: true })
  latestImagingDate!: string | null;

  @Column({ name: 'planned_surgery_date', type: 'date', nullable: true })
  plannedSurgeryDate!: string | null;

  @Column({ name: 'question_for_board', type: 'text', nullable: true })
  questionForBoard!: string | null;

  // The physician the board's letter is addressed to: a specialist of the directory, or an outside
  // physician by name and contact (board_case_treating_physician_check: not both).
  @Column({ name: 'treating_physician_specialist_id', type: 'uuid', nullable: true })
  treatingPhysicianSpecialistId!: string | null;

  @ManyToOne(() => Specialist, { nullable: true })
  @JoinColumn({
    name: 'treating_physician_specialist_id',
    foreignKeyConstraintName: 'board_case_treating_physician_specialist_id_fkey',
  })
  treatingPhysicianSpecialist?: Specialist | null;

  @Column({ name: 'treating_physician_name', type: 'text', nullable: true })
  treatingPhysicianName!: string | null;

  @Column({ name: 'treating_physician_contact', type: 'text', nullable: true })
  treatingPhysicianContact!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'board_case_created_by_fkey' })
  createdBy?: User;

  // Millisecond precision so that the keyset cursor (a JavaScript date) matches the stored value.
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
