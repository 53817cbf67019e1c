import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import {
  type PlanBuilderThresholds,
  resolveThresholds,
  THRESHOLD_KEYS,
  validateThresholds,
} from '@consilium/plan-builder';
import { AuditService } from '@api/audit/audit.service';
import { diffSnapshots } from '@api/audit/diff';
import type { RequestContext } from '@api/common/request-context';

import { settingsRowMissing } from '../settings/settings.errors';
import type { UpdatePlanBuilderSettingsDto } from './dto/plan-builder-settings-input.dto';
import { PLAN_BUILDER_SETTINGS_ID, PlanBuilderSettings } from './plan-builder-settings.entity';
import { invalidThresholds } from './plan-options.errors';

@Injectable()
export class PlanBuilderSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The institution's overrides, read fresh on every call (instances share one database). */
  async overrides(manager?: EntityManager): Promise<Partial<PlanBuilderThresholds>> {
    return (await this.row(manager ?? this.dataSource.manager)).thresholds;
  }

  get(): Promise<PlanBuilderSettings> {
    return this.row(this.dataSource.manager);
  }

  /**
   * Replaces the overrides: a threshold left out takes the rule set's default. The whole resolved set
   * is checked (an override may conflict with a default, e.g. caution above contraindicated).
   */
  async update(ctx: RequestContext, dto: UpdatePlanBuilderSettingsDto): Promise<PlanBuilderSettings> {
    const overrides: Partial<PlanBuilderThresholds> = {};
    for (const key of THRESHOLD_KEYS) {
      const value = dto[key];
      // null, like a missing key, means "use the default".
      if (value !== undefined && value !== null) overrides[key] = value;
    }
    const problems = validateThresholds(resolveThresholds(overrides));
    if (problems.length > 0) throw invalidThresholds(problems);

    return this.dataSource.transaction(async (em) => {
      const row = await this.row(em, true);
      const before = resolveThresholds(row.thresholds);
      const after = resolveThresholds(overrides);
      const change = diffSnapshots(before, after);
      row.thresholds = overrides;
      const saved = await em.save(row);
      await this.audit.record(
        ctx,
        {
          action: 'plan_builder_settings.update',
          entityType: 'plan_builder_settings',
          details: {
            before: change.before,
            after: change.after,
            overrides,
          },
        },
        em,
      );
      return saved;
    });
  }

  private async row(em: EntityManager, lock = false): Promise<PlanBuilderSettings> {
    const row = await em.findOne(PlanBuilderSettings, {
      where: { id: PLAN_BUILDER_SETTINGS_ID },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!row) throw settingsRowMissing('plan_builder_settings');
    return row;
  }
}
