import { Module } from '@nestjs/common';

import { SettingsModule } from '../settings/settings.module';
import { ModalitiesController } from './modalities.controller';
import { PlanBuilderSettingsController } from './plan-builder-settings.controller';
import { PlanBuilderSettingsService } from './plan-builder-settings.service';
import { PlanOptionsController } from './plan-options.controller';
import { PlanOptionsService } from './plan-options.service';

// The modality catalogue, a case's plan options, and the institution's plan-builder thresholds.
// Exports the evaluation a proposal is judged (and stored) with.
@Module({
  imports: [SettingsModule],
  controllers: [ModalitiesController, PlanOptionsController, PlanBuilderSettingsController],
  providers: [PlanBuilderSettingsService, PlanOptionsService],
  exports: [PlanOptionsService],
})
export class PlanOptionsModule {}
