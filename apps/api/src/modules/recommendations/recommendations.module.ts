import { Module } from '@nestjs/common';

import { CasesModule } from '../cases/cases.module';
import { SettingsModule } from '../settings/settings.module';
import { LetterService } from './letter.service';
import { LettersController } from './letters.controller';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';
import { RecommendationsController } from './recommendations.controller';
import { RecommendationsService } from './recommendations.service';

// The board's recommendation (JSON, the signed letter as PDF and printable page), its follow-up, and
// the board's metrics. Exports the recommendation read, with which an adoption answers.
@Module({
  imports: [CasesModule, SettingsModule],
  controllers: [RecommendationsController, LettersController, MetricsController],
  providers: [RecommendationsService, LetterService, MetricsService],
  exports: [RecommendationsService, LetterService],
})
export class RecommendationsModule {}
