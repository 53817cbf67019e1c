import { CreateFoundation1764000000000 } from './1764000000000-CreateFoundation';
import { CreateClinicalRecords1764100000000 } from './1764100000000-CreateClinicalRecords';
import { CreateMeetings1764200000000 } from './1764200000000-CreateMeetings';
import { CreateTreatmentPlans1764300000000 } from './1764300000000-CreateTreatmentPlans';
import { SeparateRuntimeRole1764400000000 } from './1764400000000-SeparateRuntimeRole';
import { HardenLogin1764500000000 } from './1764500000000-HardenLogin';
import { AddFollowUpOverdueDays1764600000000 } from './1764600000000-AddFollowUpOverdueDays';
import { LiveMeetings1764700000000 } from './1764700000000-LiveMeetings';
import { SignedLetters1764800000000 } from './1764800000000-SignedLetters';
import { FhirExchange1764900000000 } from './1764900000000-FhirExchange';
import { PatientNameWords1765000000000 } from './1765000000000-PatientNameWords';

// Every migration, in order. A new migration is added here as well as in this folder.
export const MIGRATIONS = [
  CreateFoundation1764000000000,
  CreateClinicalRecords1764100000000,
  CreateMeetings1764200000000,
  CreateTreatmentPlans1764300000000,
  SeparateRuntimeRole1764400000000,
  HardenLogin1764500000000,
  AddFollowUpOverdueDays1764600000000,
  LiveMeetings1764700000000,
  SignedLetters1764800000000,
  FhirExchange1764900000000,
  PatientNameWords1765000000000,
];
