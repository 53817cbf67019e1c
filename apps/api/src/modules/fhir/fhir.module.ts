import { Module } from '@nestjs/common';

import { CasesModule } from '../cases/cases.module';
import { PatientsModule } from '../patients/patients.module';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { SettingsModule } from '../settings/settings.module';
import { FhirController } from './fhir.controller';
import { FhirService } from './fhir.service';

@Module({
  imports: [CasesModule, PatientsModule, SettingsModule, RecommendationsModule],
  controllers: [FhirController],
  providers: [FhirService],
})
export class FhirModule {}
