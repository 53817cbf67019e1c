import { Module } from '@nestjs/common';

import { CasesModule } from '../cases/cases.module';
import { PatientsModule } from '../patients/patients.module';
import { SettingsModule } from '../settings/settings.module';
import { FhirController } from './fhir.controller';
import { FhirService } from './fhir.service';

@Module({
  imports: [CasesModule, PatientsModule, SettingsModule],
  controllers: [FhirController],
  providers: [FhirService],
})
export class FhirModule {}
