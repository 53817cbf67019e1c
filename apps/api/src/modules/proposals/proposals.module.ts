import { Module } from '@nestjs/common';

import { CasesModule } from '../cases/cases.module';
import { PlanOptionsModule } from '../plan-options/plan-options.module';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { AdoptionService } from './adoption.service';
import { CaseProposalsController, ProposalsController } from './proposals.controller';
import { ProposalsService } from './proposals.service';

// Proposals, votes and adoption. A proposal is judged with plan-options' evaluation; adoption moves
// the case through CasesService and answers with the recommendation it made. Meetings are read and
// locked through meetings/meeting.queries.ts, inside these transactions.
@Module({
  imports: [PlanOptionsModule, CasesModule, RecommendationsModule],
  controllers: [CaseProposalsController, ProposalsController],
  providers: [ProposalsService, AdoptionService],
})
export class ProposalsModule {}
