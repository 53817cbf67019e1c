import type { Allowed, Refusal } from './result';

// The clinical facts a board case carries, typed so that the readiness checklist and the plan
// builder can read them. `null` means "not recorded yet"; a biomarker can also be explicitly
// `pending` (ordered, result not back), which readiness accepts and the plan builder treats as unknown.

export const PRIMARY_SITES = ['colon', 'rectum', 'pancreas', 'lung', 'breast', 'other'] as const;
export type PrimarySite = (typeof PRIMARY_SITES)[number];

export const COLORECTAL_SIDES = ['left', 'right'] as const;
export type ColorectalSide = (typeof COLORECTAL_SIDES)[number];

export const RAS_STATUSES = ['wild_type', 'mutant', 'pending'] as const;
export type RasStatus = (typeof RAS_STATUSES)[number];

export const BRAF_STATUSES = ['present', 'absent', 'pending'] as const;
export type BrafStatus = (typeof BRAF_STATUSES)[number];

export const MSI_STATUSES = ['msi_high', 'mss', 'pending'] as const;
export type MsiStatus = (typeof MSI_STATUSES)[number];

export const EXTRAHEPATIC_DISEASE = ['none', 'limited', 'extensive'] as const;
export type ExtrahepaticDisease = (typeof EXTRAHEPATIC_DISEASE)[number];

export const CHILD_PUGH_CLASSES = ['A', 'B', 'C'] as const;
export type ChildPughClass = (typeof CHILD_PUGH_CLASSES)[number];

export const RECIST_RESPONSES = ['CR', 'PR', 'SD', 'PD'] as const;
export type RecistResponse = (typeof RECIST_RESPONSES)[number];

/**
 * The nine documented modalities (docs/plan-builder-rules.md#modality-catalogue); nothing else can be
 * proposed.
 */
export const MODALITY_CODES = [
  'surgical_resection',
  'radiofrequency_ablation',
  'cryoablation',
  'systemic_chemotherapy',
  'tace',
  'targeted_therapy',
  'immunotherapy',
  'sbrt',
  'clinical_trial',
] as const;
export type ModalityCode = (typeof MODALITY_CODES)[number];

export interface LiverLesion {
  /** Couinaud segment, 1–8. */
  segment: number;
  /** Largest diameter in millimetres. */
  diameterMm: number;
}

export interface PriorTreatment {
  modality: ModalityCode;
  regimen: string | null;
  months: number | null;
  bestResponse: RecistResponse | null;
}

export interface CaseFacts {
  primarySite: PrimarySite | null;
  /** Only meaningful for colon and rectum. */
  primarySide: ColorectalSide | null;
  histology: string | null;
  /** ISO date (YYYY-MM-DD). */
  diagnosisDate: string | null;
  ras: RasStatus | null;
  brafV600e: BrafStatus | null;
  msi: MsiStatus | null;
  pdl1Percent: number | null;
  lesions: LiverLesion[];
  bilobar: boolean | null;
  extrahepaticDisease: ExtrahepaticDisease | null;
  /** mg/dL */
  bilirubinMgDl: number | null;
  /** g/dL */
  albuminGDl: number | null;
  inr: number | null;
  childPugh: ChildPughClass | null;
  cirrhosisOrFibrosis: boolean | null;
  /** Planned future liver remnant, % of total liver volume. */
  futureLiverRemnantPercent: number | null;
  ecog: 0 | 1 | 2 | 3 | 4 | null;
  comorbidities: string[];
  priorTreatments: PriorTreatment[];
  /** ISO date (YYYY-MM-DD) of the latest cross-sectional imaging. */
  latestImagingDate: string | null;
  /** ISO date (YYYY-MM-DD) of a planned resection, read by the bevacizumab timing rule. */
  plannedSurgeryDate: string | null;
  questionForBoard: string | null;
}

export function isColorectal(site: PrimarySite | null): boolean {
  return site === 'colon' || site === 'rectum';
}

export type PrimarySideCheck = Allowed | (Refusal<'PRIMARY_SIDE_NOT_COLORECTAL'> & { field: 'primarySide' });

// Sidedness is a colorectal fact (TGT-EGFR-RAS reads it), so a side recorded for another primary, or
// before the primary is known, is an error in the record, not a fact to keep.
export function checkPrimarySide(facts: Pick<CaseFacts, 'primarySite' | 'primarySide'>): PrimarySideCheck {
  if (facts.primarySide === null || isColorectal(facts.primarySite)) return { ok: true };
  return {
    ok: false,
    code: 'PRIMARY_SIDE_NOT_COLORECTAL',
    field: 'primarySide',
    message: `primarySide is recorded only for a colon or rectum primary (the primary is ${
      facts.primarySite ?? 'not recorded'
    }); set it to null`,
  };
}

/** An empty fact sheet: every fact unknown. Useful as a base for builders and tests. */
export function emptyCaseFacts(): CaseFacts {
  return {
    primarySite: null,
    primarySide: null,
    histology: null,
    diagnosisDate: null,
    ras: null,
    brafV600e: null,
    msi: null,
    pdl1Percent: null,
    lesions: [],
    bilobar: null,
    extrahepaticDisease: null,
    bilirubinMgDl: null,
    albuminGDl: null,
    inr: null,
    childPugh: null,
    cirrhosisOrFibrosis: null,
    futureLiverRemnantPercent: null,
    ecog: null,
    comorbidities: [],
    priorTreatments: [],
    latestImagingDate: null,
    plannedSurgeryDate: null,
    questionForBoard: null,
  };
}

/** A numeric fact's plausible range, how many decimals it is given with, and its unit. */
export interface FactRange {
  min: number;
  max: number;
  decimals: number;
  unit: string;
}

/**
 * What a fact sheet accepts, stated once for the API's validation, the case editor and the FHIR
 * import (the database's CHECK constraints hold the same ranges; migrations keep their own copy).
 */
export const FACT_RANGES = {
  pdl1Percent: { min: 0, max: 100, decimals: 2, unit: '%' },
  bilirubinMgDl: { min: 0, max: 50, decimals: 2, unit: 'mg/dL' },
  albuminGDl: { min: 0.5, max: 7, decimals: 2, unit: 'g/dL' },
  inr: { min: 0.5, max: 10, decimals: 2, unit: '' },
  futureLiverRemnantPercent: { min: 0, max: 100, decimals: 2, unit: '%' },
  /** A lesion's largest diameter. */
  diameterMm: { min: 1, max: 300, decimals: 1, unit: 'mm' },
  /** A prior treatment's duration. */
  months: { min: 0, max: 600, decimals: 1, unit: 'months' },
} as const satisfies Record<string, FactRange>;

export const FACT_LIMITS = {
  /** Histology, a regimen, a comorbidity. */
  textMaxLength: 200,
  questionMaxLength: 2000,
  maxLesions: 50,
  maxPriorTreatments: 30,
  maxComorbidities: 50,
} as const;
