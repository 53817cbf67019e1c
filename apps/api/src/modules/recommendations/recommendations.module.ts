import { Module } from '@nestjs/common';

import { CasesModule } from '../cases/cases.module';
import { SettingsModule } from '../settings/settings.module';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';
import { RecommendationsController } from './recommendations.controller';
import { RecommendationsService } from './recommendations.service';

// The board's recommendation (JSON and the printable letter), its follow-up, and the board's metrics.
// Exports the recommendation read, with which an adoption answers.
@Module({
  imports: [CasesModule, SettingsModule],
  controllers: [RecommendationsController, MetricsController],
  providers: [RecommendationsService, MetricsService],
  exports: [RecommendationsService],
})
export class RecommendationsModule {}
