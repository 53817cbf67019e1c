import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import type { SignatureKind } from '@consilium/domain';

import { Specialist } from '../specialists/specialist.entity';
import { User } from '../users/user.entity';
import type { SignedContent } from './letter/letter-content';
import { Recommendation } from './recommendation.entity';

// A signature of the board's letter: the original, once per recommendation
// (recommendation_signature_original_key), or an addendum that amends it. It keeps the canonical
// content it signed and that content's SHA-256 hash; never changed or deleted (trigger).
@Entity({ name: 'recommendation_signature' })
export class RecommendationSignature {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;

  @ManyToOne(() => Recommendation)
  @JoinColumn({
    name: 'recommendation_id',
    foreignKeyConstraintName: 'recommendation_signature_recommendation_id_fkey',
  })
  recommendation?: Recommendation;

  @Column({ type: 'text' })
  kind!: SignatureKind;

  @Column({ name: 'amends_id', type: 'uuid', nullable: true })
  amendsId!: string | null;

  @ManyToOne(() => RecommendationSignature, { nullable: true })
  @JoinColumn({ name: 'amends_id', foreignKeyConstraintName: 'recommendation_signature_amends_id_fkey' })
  amends?: RecommendationSignature | null;

  @Column({ name: 'signer_user_id', type: 'uuid' })
  signerUserId!: string;

  @ManyToOne(() => User)
  @JoinColumn({
    name: 'signer_user_id',
    foreignKeyConstraintName: 'recommendation_signature_signer_user_id_fkey',
  })
  signerUser?: User;

  @Column({ name: 'signer_specialist_id', type: 'uuid' })
  signerSpecialistId!: string;

  @ManyToOne(() => Specialist)
  @JoinColumn({
    name: 'signer_specialist_id',
    foreignKeyConstraintName: 'recommendation_signature_signer_specialist_id_fkey',
  })
  signer?: Specialist;

  @Column({ name: 'as_deputy', type: 'boolean' })
  asDeputy!: boolean;

  @Column({ type: 'jsonb' })
  content!: SignedContent;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  @Column({ name: 'signed_at', type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  signedAt!: Date;
}
