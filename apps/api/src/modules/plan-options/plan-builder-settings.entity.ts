import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import type { PlanBuilderThresholds } from '@consilium/plan-builder';

export const PLAN_BUILDER_SETTINGS_ID = 1;

// One row (id = 1, enforced by a CHECK), inserted by the migration. `thresholds` holds only the
// institution's overrides; a missing key takes the rule set's default.
@Entity({ name: 'plan_builder_settings' })
export class PlanBuilderSettings {
  @PrimaryColumn({ type: 'smallint', default: PLAN_BUILDER_SETTINGS_ID })
  id!: number;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  thresholds!: Partial<PlanBuilderThresholds>;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
