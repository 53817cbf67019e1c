import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Discipline, Role, SupportiveCareEntry } from '@consilium/domain';
import { formatInTimeZone, instantOfLocalDateTime, localDateTime } from '@consilium/domain';

import { toAuthenticatedUser } from '../auth/auth.service';
import type { RequestContext } from '../common/request-context';
import type { RuntimeConfig } from '../config/config.module';
import { CasesService } from '../modules/cases/cases.service';
import type { CreateCaseDto } from '../modules/cases/dto/case-input.dto';
import { AgendaService } from '../modules/meetings/agenda.service';
import { DiscussionService } from '../modules/meetings/discussion.service';
import { MeetingsService } from '../modules/meetings/meetings.service';
import type { CreatePatientDto } from '../modules/patients/dto/patient-input.dto';
import { PatientsService } from '../modules/patients/patients.service';
import { AdoptionService } from '../modules/proposals/adoption.service';
import type { CreateProposalDto } from '../modules/proposals/dto/proposal-input.dto';
import { ProposalsService } from '../modules/proposals/proposals.service';
import { LetterService } from '../modules/recommendations/letter.service';
import { RecommendationsService } from '../modules/recommendations/recommendations.service';
import { SettingsService } from '../modules/settings/settings.service';
import { User } from '../modules/users/user.entity';
import { UsersService } from '../modules/users/users.service';

export const DEMO_PASSWORD = 'consilium-demo';

export const DEMO_ACCOUNTS: { email: string; displayName: string; role: Role; discipline?: Discipline }[] = [
  { email: 'coordinator@demo.consilium.test', displayName: 'Claire Coordinator', role: 'coordinator' },
  { email: 'admin@demo.consilium.test', displayName: 'Adam Admin', role: 'admin' },
  {
    email: 'oncologist@demo.consilium.test',
    displayName: 'Dr Olivia Oncologist',
    role: 'clinician',
    discipline: 'medical_oncology',
  },
  {
    email: 'surgeon@demo.consilium.test',
    displayName: 'Dr Samuel Surgeon',
    role: 'clinician',
    discipline: 'surgery',
  },
  {
    email: 'ir@demo.consilium.test',
    displayName: 'Dr Irene Interventional',
    role: 'clinician',
    discipline: 'interventional_radiology',
  },
  {
    email: 'radiologist@demo.consilium.test',
    displayName: 'Dr Raj Radiologist',
    role: 'clinician',
    discipline: 'radiology',
  },
];

export interface SeedResult {
  bootstrapAdmin: string | null;
  demoAccounts: { email: string; role: Role; discipline?: Discipline }[];
  demoCases: number;
  /** Demo board meetings: one closed last week, one in progress today, one planned a week ahead. */
  demoMeetings?: number;
  /** Plans adopted at the closed board (DEMO-0015 and DEMO-0016). */
  demoDecisions?: number;
  /** Follow-ups recorded (DEMO-0015, implemented). */
  demoFollowUps?: number;
}

/**
 * First-start data. On an empty user table: the bootstrap admin from ADMIN_EMAIL/ADMIN_PASSWORD (how a
 * real deployment starts), and the demo accounts when demo data is on (embedded default, or
 * DEMO_DATA=true). A database that already has users is never touched.
 */
export async function seed(app: INestApplication, config: RuntimeConfig): Promise<SeedResult> {
  const users = app.get(UsersService);
  const empty = (await app.get(DataSource).getRepository(User).count()) === 0;
  const result: SeedResult = { bootstrapAdmin: null, demoAccounts: [], demoCases: 0 };
  if (!empty) return result;

  if (config.bootstrapAdmin) {
    await users.create(null, {
      email: config.bootstrapAdmin.email,
      displayName: 'Administrator',
      role: 'admin',
      password: config.bootstrapAdmin.password,
    });
    result.bootstrapAdmin = config.bootstrapAdmin.email.toLowerCase();
  }
  if (config.demoData) {
    const created = new Map<string, User>();
    for (const account of DEMO_ACCOUNTS) {
      if (account.email === result.bootstrapAdmin) continue;
      created.set(account.email, await users.create(null, { ...account, password: DEMO_PASSWORD }));
      result.demoAccounts.push({ email: account.email, role: account.role, discipline: account.discipline });
    }
    result.demoCases = await seedDemoCases(app, created);
    const meetings = await seedDemoMeetings(app, created);
    result.demoMeetings = meetings.meetings;
    result.demoDecisions = meetings.decisions;
    result.demoFollowUps = meetings.followUps;
  }
  return result;
}

// Demo clinical data: fictional patients with liver metastases, in the states a board's week shows
// before any meeting (scheduling, decisions and follow-up are made by seedDemoMeetings below).

const ONCOLOGIST = 'oncologist@demo.consilium.test';
const COORDINATOR = 'coordinator@demo.consilium.test';
const SURGEON = 'surgeon@demo.consilium.test';
const IR = 'ir@demo.consilium.test';
const RADIOLOGIST = 'radiologist@demo.consilium.test';

type DemoStep = 'submit' | 'accept' | { return: string } | { withdraw: string };

interface DemoCase {
  patient: CreatePatientDto;
  facts: Omit<CreateCaseDto, 'patientId' | 'latestImagingDate' | 'diagnosisDate'>;
  /** Relative to the seeding day, so that readiness holds whenever the demo is started. */
  imagingDaysAgo: number | null;
  diagnosisMonthsAgo: number;
  presenter?: string;
  steps: DemoStep[];
}

const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);

const liverOk = {
  bilirubinMgDl: 0.6,
  albuminGDl: 4.1,
  inr: 1.0,
  childPugh: 'A',
  cirrhosisOrFibrosis: false,
} as const;
const colorectalWildType = { ras: 'wild_type', brafV600e: 'absent', msi: 'mss' } as const;

export const DEMO_CASES: DemoCase[] = [
  {
    patient: { mrn: 'DEMO-0001', fullName: 'Johanna Visser', birthDate: '1958-03-12', sex: 'female' },
    facts: {
      treatingPhysicianName: 'Dr. Anouk Vos, medical oncologist, Amstelland Hospital',
      treatingPhysicianContact: 'a.vos@amstelland.example · +31 20 555 0177',
      primarySite: 'colon',
      primarySide: 'left',
      histology: 'adenocarcinoma of the sigmoid colon',
      ...colorectalWildType,
      lesions: [{ segment: 7, diameterMm: 24 }],
      bilobar: false,
      extrahepaticDisease: 'none',
      ...liverOk,
      futureLiverRemnantPercent: 72,
      ecog: 0,
      comorbidities: ['hypertension'],
      priorTreatments: [
        { modality: 'systemic_chemotherapy', regimen: 'CAPOX', months: 3, bestResponse: 'PR' },
      ],
      questionForBoard:
        'Single 24 mm segment 7 metastasis with partial response after 3 months of CAPOX: resection or thermal ablation?',
    },
    imagingDaysAgo: 9,
    diagnosisMonthsAgo: 8,
    steps: ['submit', 'accept'],
  },
  {
    patient: { mrn: 'DEMO-0002', fullName: 'Pieter de Graaf', birthDate: '1951-11-02', sex: 'male' },
    facts: {
      primarySite: 'colon',
      primarySide: 'right',
      histology: 'adenocarcinoma of the ascending colon',
      ras: 'mutant',
      brafV600e: 'absent',
      msi: 'mss',
      lesions: [
        { segment: 5, diameterMm: 32 },
        { segment: 6, diameterMm: 41 },
        { segment: 8, diameterMm: 28 },
      ],
      bilobar: false,
      extrahepaticDisease: 'none',
      bilirubinMgDl: 0.8,
      albuminGDl: 3.9,
      inr: 1.1,
      childPugh: 'A',
      cirrhosisOrFibrosis: false,
      futureLiverRemnantPercent: 38,
      ecog: 1,
      comorbidities: ['type 2 diabetes', 'atrial fibrillation'],
      priorTreatments: [
        { modality: 'systemic_chemotherapy', regimen: 'FOLFOX', months: 6, bestResponse: 'SD' },
        { modality: 'targeted_therapy', regimen: 'bevacizumab', months: 6, bestResponse: 'SD' },
      ],
      questionForBoard:
        'Three right-lobe lesions, RAS mutant, stable after 6 months of FOLFOX-bevacizumab: right hemihepatectomy with an FLR of 38%, or continue systemic therapy?',
    },
    imagingDaysAgo: 12,
    diagnosisMonthsAgo: 9,
    steps: ['submit', 'accept'],
  },
  {
    patient: { mrn: 'DEMO-0003', fullName: 'Fatima El Amrani', birthDate: '1969-07-21', sex: 'female' },
    facts: {
      primarySite: 'rectum',
      primarySide: 'left',
      histology: 'adenocarcinoma of the rectum',
      ...colorectalWildType,
      lesions: [
        { segment: 2, diameterMm: 18 },
        { segment: 3, diameterMm: 22 },
        { segment: 4, diameterMm: 35 },
        { segment: 5, diameterMm: 15 },
        { segment: 6, diameterMm: 27 },
        { segment: 7, diameterMm: 19 },
        { segment: 8, diameterMm: 44 },
      ],
      bilobar: true,
      extrahepaticDisease: 'none',
      bilirubinMgDl: 0.7,
      albuminGDl: 4.0,
      inr: 1.0,
      cirrhosisOrFibrosis: false,
      futureLiverRemnantPercent: 24,
      ecog: 1,
      priorTreatments: [
        { modality: 'systemic_chemotherapy', regimen: 'FOLFOX', months: 6, bestResponse: 'PR' },
        { modality: 'targeted_therapy', regimen: 'panitumumab', months: 6, bestResponse: 'PR' },
      ],
      questionForBoard:
        'Bilobar disease (7 lesions) with partial response after 6 months of FOLFOX-panitumumab, FLR 24%: two-stage hepatectomy with portal vein embolisation, or resection combined with ablation?',
    },
    imagingDaysAgo: 6,
    diagnosisMonthsAgo: 10,
    steps: ['submit', 'accept'],
  },
  {
    patient: { mrn: 'DEMO-0004', fullName: 'Hendrik Mulder', birthDate: '1963-01-30', sex: 'male' },
    facts: {
      primarySite: 'colon',
      primarySide: 'right',
      histology: 'adenocarcinoma of the transverse colon',
      ras: 'wild_type',
      brafV600e: 'present',
      msi: 'mss',
      lesions: [
        { segment: 4, diameterMm: 38 },
        { segment: 8, diameterMm: 52 },
      ],
      bilobar: true,
      extrahepaticDisease: 'limited',
      bilirubinMgDl: 0.9,
      albuminGDl: 3.6,
      inr: 1.1,
      cirrhosisOrFibrosis: false,
      ecog: 1,
      priorTreatments: [
        { modality: 'systemic_chemotherapy', regimen: 'FOLFOXIRI', months: 5, bestResponse: 'PD' },
        { modality: 'targeted_therapy', regimen: 'bevacizumab', months: 5, bestResponse: 'PD' },
      ],
      questionForBoard:
        'BRAF V600E colon cancer progressing after first-line FOLFOXIRI-bevacizumab, two lung nodules: encorafenib plus cetuximab, or a clinical trial?',
    },
    imagingDaysAgo: 15,
    diagnosisMonthsAgo: 7,
    steps: ['submit', 'accept'],
  },
  {
    patient: { mrn: 'DEMO-0005', fullName: 'Sanne Bakker', birthDate: '1974-05-09', sex: 'female' },
    facts: {
      primarySite: 'colon',
      primarySide: 'right',
      histology: 'mucinous adenocarcinoma of the caecum',
      ras: 'wild_type',
      brafV600e: 'present',
      msi: 'msi_high',
      lesions: [{ segment: 6, diameterMm: 45 }],
      bilobar: false,
      extrahepaticDisease: 'none',
      ...liverOk,
      ecog: 0,
      questionForBoard:
        'Newly diagnosed MSI-high right colon cancer with a single 45 mm segment 6 metastasis: first-line pembrolizumab before any local treatment?',
    },
    imagingDaysAgo: 4,
    diagnosisMonthsAgo: 1,
    steps: [],
  },
  {
    patient: { mrn: 'DEMO-0006', fullName: 'Willem Smit', birthDate: '1956-09-17', sex: 'male' },
    facts: {
      primarySite: 'pancreas',
      histology: 'ductal adenocarcinoma of the pancreatic head',
      ras: 'mutant',
      msi: 'mss',
      lesions: [
        { segment: 2, diameterMm: 14 },
        { segment: 6, diameterMm: 19 },
      ],
      bilobar: true,
      extrahepaticDisease: 'none',
      bilirubinMgDl: 1.1,
      albuminGDl: 3.4,
      inr: 1.0,
      cirrhosisOrFibrosis: false,
      ecog: 1,
      comorbidities: ['biliary stent'],
      priorTreatments: [
        { modality: 'systemic_chemotherapy', regimen: 'FOLFIRINOX', months: 4, bestResponse: 'SD' },
      ],
      questionForBoard:
        'Oligometastatic pancreatic cancer (2 liver lesions) stable after 4 months of FOLFIRINOX: local treatment of the liver lesions, or a clinical trial?',
    },
    imagingDaysAgo: 10,
    diagnosisMonthsAgo: 6,
    steps: ['submit', 'accept'],
  },
  {
    patient: { mrn: 'DEMO-0007', fullName: 'Gerrit van Dijk', birthDate: '1941-12-04', sex: 'male' },
    facts: {
      primarySite: 'colon',
      primarySide: 'left',
      histology: 'adenocarcinoma of the descending colon',
      ...colorectalWildType,
      lesions: [
        { segment: 2, diameterMm: 30 },
        { segment: 4, diameterMm: 55 },
        { segment: 5, diameterMm: 48 },
        { segment: 7, diameterMm: 62 },
        { segment: 8, diameterMm: 40 },
      ],
      bilobar: true,
      extrahepaticDisease: 'limited',
      bilirubinMgDl: 1.4,
      albuminGDl: 2.9,
      inr: 1.2,
      childPugh: 'B',
      cirrhosisOrFibrosis: false,
      ecog: 3,
      comorbidities: ['heart failure (NYHA III)', 'COPD GOLD 3', 'chronic kidney disease stage 3'],
      questionForBoard:
        'Frail patient (ECOG 3) with bilobar liver metastases of a left colon cancer: any active treatment, or best supportive care?',
    },
    imagingDaysAgo: 8,
    diagnosisMonthsAgo: 2,
    steps: ['submit'],
  },
  {
    patient: { mrn: 'DEMO-0008', fullName: 'Anneke Hoekstra', birthDate: '1960-02-26', sex: 'female' },
    facts: {
      primarySite: 'rectum',
      primarySide: 'left',
      histology: 'adenocarcinoma of the rectum',
      ...colorectalWildType,
      lesions: [{ segment: 6, diameterMm: 35 }],
      bilobar: false,
      extrahepaticDisease: 'none',
      bilirubinMgDl: 1.2,
      albuminGDl: 3.5,
      inr: 1.2,
      childPugh: 'A',
      cirrhosisOrFibrosis: true,
      futureLiverRemnantPercent: 28,
      ecog: 1,
      comorbidities: ['MASH cirrhosis', 'obesity'],
      priorTreatments: [
        { modality: 'systemic_chemotherapy', regimen: 'CAPOX', months: 4, bestResponse: 'PR' },
      ],
      questionForBoard:
        'Single 35 mm segment 6 lesion in a cirrhotic liver (Child–Pugh A), planned FLR 28%: resection, ablation or SBRT?',
    },
    imagingDaysAgo: 11,
    diagnosisMonthsAgo: 8,
    steps: [
      'submit',
      { return: 'Please add the liver volumetry report and confirm the planned FLR with radiology.' },
    ],
  },
  {
    patient: { mrn: 'DEMO-0009', fullName: 'Thomas Peeters', birthDate: '1967-10-13', sex: 'male' },
    // Still being prepared: ECOG, liver function, imaging, MSI and the question are missing.
    facts: {
      primarySite: 'colon',
      primarySide: 'left',
      histology: 'adenocarcinoma of the sigmoid colon',
      ras: 'pending',
      brafV600e: 'pending',
      lesions: [
        { segment: 3, diameterMm: 21 },
        { segment: 4, diameterMm: 17 },
      ],
    },
    imagingDaysAgo: null,
    diagnosisMonthsAgo: 1,
    steps: [],
  },
  {
    patient: { mrn: 'DEMO-0010', fullName: 'Marieke Jacobs', birthDate: '1972-08-01', sex: 'female' },
    facts: {
      primarySite: 'breast',
      histology: 'invasive ductal carcinoma, ER-positive, HER2-negative',
      lesions: [{ segment: 3, diameterMm: 18 }],
      bilobar: false,
      extrahepaticDisease: 'none',
      bilirubinMgDl: 0.4,
      albuminGDl: 4.4,
      ecog: 0,
      priorTreatments: [
        { modality: 'systemic_chemotherapy', regimen: 'paclitaxel', months: 4, bestResponse: 'PR' },
      ],
      questionForBoard:
        'Isolated 18 mm segment 3 metastasis of breast cancer: local treatment by ablation or SBRT?',
    },
    imagingDaysAgo: 20,
    diagnosisMonthsAgo: 30,
    steps: ['submit', { withdraw: 'The patient chose to continue treatment at her regional hospital.' }],
  },
  {
    patient: { mrn: 'DEMO-0011', fullName: 'Kees Vermeulen', birthDate: '1949-06-22', sex: 'male' },
    facts: {
      primarySite: 'lung',
      histology: 'non-small cell lung cancer, adenocarcinoma',
      pdl1Percent: 60,
      lesions: [
        { segment: 7, diameterMm: 26 },
        { segment: 8, diameterMm: 31 },
      ],
      bilobar: false,
      extrahepaticDisease: 'limited',
      bilirubinMgDl: 0.6,
      albuminGDl: 3.8,
      inr: 1.0,
      ecog: 1,
      comorbidities: ['COPD GOLD 2'],
      priorTreatments: [
        { modality: 'immunotherapy', regimen: 'pembrolizumab', months: 5, bestResponse: 'PR' },
      ],
      questionForBoard:
        'NSCLC (PD-L1 60%) with two liver metastases responding to pembrolizumab: consolidative SBRT of the liver lesions?',
    },
    imagingDaysAgo: 13,
    diagnosisMonthsAgo: 7,
    steps: ['submit', 'accept'],
  },
  {
    patient: { mrn: 'DEMO-0012', fullName: 'Lotte Dekker', birthDate: '1980-04-15', sex: 'female' },
    facts: {
      primarySite: 'colon',
      primarySide: 'left',
      histology: 'adenocarcinoma of the sigmoid colon',
      ...colorectalWildType,
      lesions: [
        { segment: 2, diameterMm: 12 },
        { segment: 3, diameterMm: 15 },
      ],
      bilobar: false,
      extrahepaticDisease: 'none',
      ...liverOk,
      futureLiverRemnantPercent: 80,
      ecog: 0,
      priorTreatments: [
        { modality: 'systemic_chemotherapy', regimen: 'FOLFOX', months: 4, bestResponse: 'PR' },
        { modality: 'targeted_therapy', regimen: 'panitumumab', months: 4, bestResponse: 'PR' },
      ],
      questionForBoard:
        'Two small left-lobe lesions (12 and 15 mm) after a good response to FOLFOX-panitumumab: laparoscopic left lateral sectionectomy?',
    },
    imagingDaysAgo: 5,
    diagnosisMonthsAgo: 6,
    presenter: SURGEON,
    steps: ['submit', 'accept'],
  },
  {
    patient: { mrn: 'DEMO-0013', fullName: 'Ingrid Bos', birthDate: '1966-05-18', sex: 'female' },
    facts: {
      treatingPhysicianName: 'Dr. Ruben Janssen, surgeon, Zaans Medical Centre',
      treatingPhysicianContact: 'r.janssen@zaansmc.example · +31 75 555 0120',
      primarySite: 'colon',
      primarySide: 'left',
      histology: 'adenocarcinoma of the sigmoid colon',
      ras: 'mutant',
      brafV600e: 'absent',
      msi: 'mss',
      lesions: [
        { segment: 6, diameterMm: 28 },
        { segment: 7, diameterMm: 19 },
      ],
      bilobar: false,
      extrahepaticDisease: 'none',
      ...liverOk,
      futureLiverRemnantPercent: 58,
      ecog: 0,
      questionForBoard:
        'Two right-lobe metastases (28 and 19 mm) of a KRAS-mutant sigmoid cancer, untreated: perioperative chemotherapy and resection? Is an EGFR inhibitor an option?',
    },
    imagingDaysAgo: 7,
    diagnosisMonthsAgo: 2,
    steps: ['submit', 'accept'],
  },
  {
    patient: { mrn: 'DEMO-0014', fullName: 'Marloes Kuipers', birthDate: '1962-09-08', sex: 'female' },
    facts: {
      primarySite: 'colon',
      primarySide: 'left',
      histology: 'adenocarcinoma of the sigmoid colon',
      ...colorectalWildType,
      lesions: [
        { segment: 4, diameterMm: 26 },
        { segment: 8, diameterMm: 33 },
      ],
      bilobar: true,
      extrahepaticDisease: 'none',
      ...liverOk,
      futureLiverRemnantPercent: 46,
      ecog: 1,
      comorbidities: ['hypothyroidism'],
      priorTreatments: [
        { modality: 'systemic_chemotherapy', regimen: 'FOLFOX', months: 4, bestResponse: 'PR' },
        { modality: 'targeted_therapy', regimen: 'panitumumab', months: 4, bestResponse: 'PR' },
      ],
      questionForBoard:
        'Two lesions (segments 4 and 8) after a partial response to 4 months of FOLFOX-panitumumab: parenchyma-sparing resection of both, or resection of segment 8 with ablation of segment 4?',
    },
    imagingDaysAgo: 3,
    diagnosisMonthsAgo: 5,
    steps: ['submit'],
  },
  // The three cases of last week's (closed) board: see seedDemoMeetings.
  {
    patient: { mrn: 'DEMO-0015', fullName: 'Bram Verhoeven', birthDate: '1959-02-14', sex: 'male' },
    facts: {
      treatingPhysicianName: 'Dr. Marjolein de Boer, internist-oncologist, Streekziekenhuis Zuid',
      treatingPhysicianContact: 'm.deboer@streekziekenhuis-zuid.example · +31 20 555 0142',
      primarySite: 'colon',
      primarySide: 'left',
      histology: 'adenocarcinoma of the descending colon',
      ...colorectalWildType,
      lesions: [
        { segment: 6, diameterMm: 31 },
        { segment: 7, diameterMm: 22 },
      ],
      bilobar: false,
      extrahepaticDisease: 'none',
      ...liverOk,
      futureLiverRemnantPercent: 61,
      ecog: 0,
      comorbidities: ['hypercholesterolaemia'],
      questionForBoard:
        'Two right-lobe metastases (31 and 22 mm) of a RAS wild-type left colon cancer, primary resected 3 months ago, no chemotherapy yet: upfront resection, or perioperative chemotherapy first?',
    },
    imagingDaysAgo: 16,
    diagnosisMonthsAgo: 4,
    steps: ['submit', 'accept'],
  },
  {
    patient: { mrn: 'DEMO-0016', fullName: 'Ria Smeets', birthDate: '1970-11-27', sex: 'female' },
    facts: {
      treatingPhysicianName: 'Dr. Joost Hermans, medical oncologist, Rivierenland Hospital',
      treatingPhysicianContact: 'oncologie@rivierenland.example · +31 344 555 019',
      primarySite: 'rectum',
      primarySide: 'left',
      histology: 'adenocarcinoma of the rectum',
      ...colorectalWildType,
      lesions: [{ segment: 3, diameterMm: 19 }],
      bilobar: false,
      extrahepaticDisease: 'none',
      ...liverOk,
      futureLiverRemnantPercent: 85,
      ecog: 0,
      priorTreatments: [
        { modality: 'systemic_chemotherapy', regimen: 'CAPOX', months: 3, bestResponse: 'PR' },
      ],
      questionForBoard:
        'Single 19 mm segment 3 metastasis of a rectal cancer, partial response after 3 months of CAPOX: percutaneous thermal ablation or laparoscopic resection?',
    },
    imagingDaysAgo: 14,
    diagnosisMonthsAgo: 7,
    presenter: IR,
    steps: ['submit', 'accept'],
  },
  {
    patient: { mrn: 'DEMO-0017', fullName: 'Cor Willems', birthDate: '1954-06-03', sex: 'male' },
    facts: {
      primarySite: 'colon',
      primarySide: 'right',
      histology: 'adenocarcinoma of the ascending colon',
      ras: 'mutant',
      brafV600e: 'absent',
      msi: 'mss',
      lesions: [
        { segment: 4, diameterMm: 16 },
        { segment: 5, diameterMm: 38 },
        { segment: 6, diameterMm: 27 },
        { segment: 8, diameterMm: 45 },
      ],
      bilobar: true,
      extrahepaticDisease: 'none',
      bilirubinMgDl: 0.7,
      albuminGDl: 3.9,
      inr: 1.0,
      childPugh: 'A',
      cirrhosisOrFibrosis: false,
      futureLiverRemnantPercent: 34,
      ecog: 1,
      comorbidities: ['type 2 diabetes'],
      priorTreatments: [
        { modality: 'systemic_chemotherapy', regimen: 'FOLFOXIRI', months: 4, bestResponse: 'PR' },
        { modality: 'targeted_therapy', regimen: 'bevacizumab', months: 4, bestResponse: 'PR' },
      ],
      questionForBoard:
        'Four bilobar lesions of a RAS-mutant right colon cancer, partial response after 4 months of FOLFOXIRI-bevacizumab, FLR 34%: right hepatectomy with ablation of the segment 4 lesion, or continue systemic therapy?',
    },
    imagingDaysAgo: 10,
    diagnosisMonthsAgo: 6,
    steps: ['submit', 'accept'],
  },
];

function contextOf(user: User): RequestContext {
  return { user: toAuthenticatedUser(user), requestId: 'seed', ip: '127.0.0.1' };
}

/** Through the services, so that every case has its real events and audit entries. */
async function seedDemoCases(app: INestApplication, users: Map<string, User>): Promise<number> {
  const oncologist = users.get(ONCOLOGIST);
  const coordinator = users.get(COORDINATOR);
  if (!oncologist || !coordinator) return 0;
  const patients = app.get(PatientsService);
  const cases = app.get(CasesService);
  const clinician = contextOf(oncologist);
  const triage = contextOf(coordinator);
  for (const demo of DEMO_CASES) {
    const patient = await patients.create(clinician, demo.patient);
    const boardCase = await cases.create(clinician, {
      ...demo.facts,
      patientId: patient.id,
      diagnosisDate: daysAgo(demo.diagnosisMonthsAgo * 30),
      latestImagingDate: demo.imagingDaysAgo === null ? null : daysAgo(demo.imagingDaysAgo),
      ...(demo.presenter ? { presentingSpecialistId: users.get(demo.presenter)?.specialistId ?? null } : {}),
    });
    for (const step of demo.steps) {
      if (step === 'submit') await cases.transition(clinician, boardCase.id, 'submit');
      else if (step === 'accept') await cases.transition(triage, boardCase.id, 'accept');
      else if ('return' in step) await cases.transition(triage, boardCase.id, 'return', step.return);
      else await cases.transition(clinician, boardCase.id, 'withdraw', step.withdraw);
    }
  }
  return DEMO_CASES.length;
}

// Demo board meetings, through the meetings, proposals and recommendations services, so that every
// event and audit entry is real:
// - last week's liver board, closed: DEMO-0015 decided and its follow-up recorded (implemented, so the
//   case is closed), DEMO-0016 decided and awaiting follow-up, DEMO-0017 deferred at the close (no plan
//   adopted: a PET-CT is awaited), with discussion notes; the metrics have a closed board to count;
// - today's liver board, in progress and quorate, chaired by the surgeon, with three accepted cases on
//   its agenda (a RAS-mutant colorectal case first), for treatment plans;
// - the next liver board, planned a week ahead.
// Three accepted cases (DEMO-0002, 0004, 0011) stay off every agenda, for a newcomer to schedule.

const TODAY_AGENDA = ['DEMO-0013', 'DEMO-0001', 'DEMO-0012'];
const NEXT_WEEK_AGENDA = ['DEMO-0003', 'DEMO-0006'];

/** 16:00 on the calendar day `days` from now (negative: ago), in the institution's time zone. */
export function daysFromNowAtFour(days: number, timeZone: string): string {
  const day = localDateTime(new Date(Date.now() + days * DAY_MS), timeZone);
  const at = instantOfLocalDateTime({ ...day, hour: 16, minute: 0, second: 0 }, timeZone);
  return formatInTimeZone(at, timeZone);
}

/** What the demo boards hold, for the seed result. */
interface DemoMeetings {
  meetings: number;
  decisions: number;
  followUps: number;
}

const NO_MEETINGS: DemoMeetings = { meetings: 0, decisions: 0, followUps: 0 };

const LIVER_BOARD = {
  title: 'Liver metastases board',
  boardType: 'Hepatobiliary MDT',
  durationMinutes: 90,
  location: 'MDT room, 4th floor',
  videoUrl: 'https://video.example/liver-board',
} as const;

async function seedDemoMeetings(app: INestApplication, users: Map<string, User>): Promise<DemoMeetings> {
  const coordinator = users.get(COORDINATOR);
  const oncologist = users.get(ONCOLOGIST);
  const surgeon = users.get(SURGEON);
  const ir = users.get(IR);
  const radiologist = users.get(RADIOLOGIST);
  if (!coordinator || !oncologist || !surgeon || !ir || !radiologist) return NO_MEETINGS;
  const present = [oncologist, surgeon, ir, radiologist];
  const chair = surgeon.specialistId;
  if (!chair || present.some((u) => !u.specialistId)) return NO_MEETINGS;
  const ctx = contextOf(coordinator);
  const meetings = app.get(MeetingsService);
  const agenda = app.get(AgendaService);
  const discussion = app.get(DiscussionService);
  const proposals = app.get(ProposalsService);
  const adoption = app.get(AdoptionService);
  const recommendations = app.get(RecommendationsService);
  const { timeZone } = await app.get(SettingsService).get();
  const caseIds = async (mrns: string[]) =>
    (
      (await app.get(DataSource).query(
        `SELECT c.id FROM board_case c JOIN patient p ON p.id = c.patient_id
          WHERE p.mrn = ANY($1::text[]) ORDER BY array_position($1::text[], p.mrn::text)`,
        [mrns],
      )) as { id: string }[]
    ).map((r) => r.id);
  const markPresent = async (meetingId: string) => {
    for (const user of present) {
      await discussion.recordAttendance(ctx, meetingId, user.specialistId as string, { present: true });
    }
  };
  /**
   * A proposal by `author`, approved by the other clinicians present, adopted by the chair with the
   * supportive care agreed.
   */
  const decide = async (
    author: User,
    caseId: string,
    dto: CreateProposalDto,
    supportiveCare: SupportiveCareEntry[],
  ) => {
    const { proposal } = await proposals.propose(contextOf(author), caseId, dto);
    for (const voter of present.filter((u) => u !== author)) {
      await proposals.vote(contextOf(voter), proposal.id, { vote: 'approve' });
    }
    await adoption.adopt(contextOf(surgeon), proposal.id, {
      patientPreferencesDiscussed: true,
      supportiveCare,
    });
  };

  // Last week's board. Started and closed now: the services stamp those moments themselves.
  const [resected, ablated, deferred] = await caseIds(['DEMO-0015', 'DEMO-0016', 'DEMO-0017']);
  const { meeting: lastWeek } = await meetings.create(ctx, {
    ...LIVER_BOARD,
    startsAt: daysFromNowAtFour(-7, timeZone),
    chairSpecialistId: chair,
  });
  for (const [index, caseId] of [resected, ablated, deferred].entries()) {
    await agenda.add(ctx, lastWeek.id, { caseId, plannedMinutes: index === 2 ? 20 : 15 });
  }
  await meetings.start(ctx, lastWeek.id);
  await markPresent(lastWeek.id);
  await discussion.addNote(contextOf(surgeon), lastWeek.id, resected, {
    body: 'Both lesions are resectable with clear margins; the FLR after resection of segments 6 and 7 is ample.',
  });
  await decide(
    oncologist,
    resected,
    {
      meetingId: lastWeek.id,
      intent: 'curative',
      steps: [
        { modality: 'systemic_chemotherapy', details: { regimen: 'FOLFOX', cycles: 6 } },
        { modality: 'surgical_resection', details: { approach: 'laparoscopic' }, targetLesions: [6, 7] },
      ],
      rationale:
        'Resectable right-lobe disease (two lesions, FLR 61%): perioperative FOLFOX, then laparoscopic resection ' +
        'of segments 6 and 7 after restaging.',
    },
    [
      { service: 'psycho_oncology', status: 'referred' },
      { service: 'nutrition', status: 'offered' },
      { service: 'pain_palliative_care', status: 'not_needed' },
      { service: 'specialist_nurse', status: 'referred' },
    ],
  );
  await decide(
    ir,
    ablated,
    {
      meetingId: lastWeek.id,
      intent: 'curative',
      steps: [
        {
          modality: 'radiofrequency_ablation',
          details: { approach: 'percutaneous, CT-guided' },
          targetLesions: [3],
        },
      ],
      rationale:
        'A single 19 mm lesion after a partial response: percutaneous ablation with a 10 mm margin spares the ' +
        'parenchyma and avoids a laparoscopy; resection if the margin cannot be achieved.',
    },
    [
      // Nutrition is still to be asked: the chair's letter awaits it before signing.
      { service: 'psycho_oncology', status: 'declined' },
      { service: 'pain_palliative_care', status: 'not_needed' },
      { service: 'specialist_nurse', status: 'offered' },
    ],
  );
  await discussion.addNote(contextOf(radiologist), lastWeek.id, deferred, {
    body: 'The restaging CT shows a new 7 mm nodule in the right lower lobe of the lung, indeterminate.',
  });
  await discussion.addNote(contextOf(oncologist), lastWeek.id, deferred, {
    body: 'No local treatment plan before a PET-CT characterises the lung nodule; present again once it is done.',
  });
  // DEMO-0017 had no plan adopted: closing the board defers it, back to the coordinator.
  await meetings.close(ctx, lastWeek.id);
  await recommendations.recordFollowUp(ctx, resected, {
    status: 'implemented',
    note: 'FOLFOX started as recommended; the liver resection is booked after restaging.',
  });
  // The chair signed DEMO-0015's letter; DEMO-0016's awaits the nutrition referral and the signature.
  const letters = app.get(LetterService);
  const chairCtx = contextOf(surgeon);
  const draft = letters.dto(chairCtx, await recommendations.forCase(resected));
  if (draft.draftContentHash) await letters.sign(chairCtx, resected, draft.draftContentHash);

  const { meeting: today } = await meetings.create(ctx, {
    ...LIVER_BOARD,
    startsAt: new Date(Date.now() - 15 * 60_000).toISOString(),
    chairSpecialistId: chair,
  });
  for (const [index, caseId] of (await caseIds(TODAY_AGENDA)).entries()) {
    await agenda.add(ctx, today.id, { caseId, plannedMinutes: index === 0 ? 20 : 15 });
  }
  await meetings.start(ctx, today.id);
  await markPresent(today.id);

  const { meeting: nextWeek } = await meetings.create(ctx, {
    ...LIVER_BOARD,
    startsAt: daysFromNowAtFour(7, timeZone),
    chairSpecialistId: chair,
  });
  for (const caseId of await caseIds(NEXT_WEEK_AGENDA)) {
    await agenda.add(ctx, nextWeek.id, { caseId, plannedMinutes: 15 });
  }
  return { meetings: 3, decisions: 2, followUps: 1 };
}
