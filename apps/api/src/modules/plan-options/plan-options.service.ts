import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { evaluatePlanOptions, type PlanEvaluation } from '@consilium/plan-builder';
import { notFound } from '@api/common/errors';

import { BoardCase } from '../cases/board-case.entity';
import { caseFactsOf } from '../cases/case-facts.mapping';
import { SettingsService } from '../settings/settings.service';
import { PlanBuilderSettingsService } from './plan-builder-settings.service';

@Injectable()
export class PlanOptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
    private readonly planBuilderSettings: PlanBuilderSettingsService,
  ) {}

  /** Every modality's verdict for a case, from its current facts and the institution's thresholds. */
  async forCase(caseId: string): Promise<PlanEvaluation> {
    const boardCase = await this.dataSource.getRepository(BoardCase).findOneBy({ id: caseId });
    if (!boardCase) throw notFound('case', caseId);
    return this.evaluate(this.dataSource.manager, boardCase);
  }

  /** Inside a transaction: `today` in the institution's calendar and thresholds read fresh. */
  async evaluate(em: EntityManager, boardCase: BoardCase): Promise<PlanEvaluation> {
    const { today } = await this.settings.today(em);
    const thresholds = await this.planBuilderSettings.overrides(em);
    return evaluatePlanOptions(caseFactsOf(boardCase), { today, thresholds });
  }
}
