import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { SettingsModule } from '../settings/settings.module';
import { AdoptionService } from './adoption.service';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';
import { ModalitiesController } from './modalities.controller';
import { PlanBuilderSettingsController } from './plan-builder-settings.controller';
import { PlanBuilderSettingsService } from './plan-builder-settings.service';
import { PlanOptionsController } from './plan-options.controller';
import { PlanOptionsService } from './plan-options.service';
import { CaseProposalsController, ProposalsController } from './proposals.controller';
import { ProposalsService } from './proposals.service';
import { RecommendationsController } from './recommendations.controller';
import { RecommendationsService } from './recommendations.service';

// Treatment plans: the modality catalogue, plan options, the institution's thresholds, proposals,
// votes, adoption, the recommendation and its follow-up, and the board's metrics. Meetings are read
// through their entities (board.queries.ts).
@Module({
  imports: [SettingsModule, CasesModule],
  controllers: [
    ModalitiesController,
    PlanOptionsController,
    PlanBuilderSettingsController,
    CaseProposalsController,
    ProposalsController,
    RecommendationsController,
    MetricsController,
  ],
  providers: [
    PlanBuilderSettingsService,
    PlanOptionsService,
    ProposalsService,
    AdoptionService,
    RecommendationsService,
    MetricsService,
  ],
  exports: [PlanBuilderSettingsService, PlanOptionsService],
})
export class PlansModule {}
