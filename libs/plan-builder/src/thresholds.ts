// Institution-tunable thresholds (docs/plan-builder-rules.md#thresholds). Comparisons are part of each
// name's meaning: "Min" values are the lowest acceptable, "Caution"/"Contraindicated" values are where that
// verdict starts (strictly above for ablation size, at or above for SBRT size and bilirubin, at or below for
// albumin).
export interface PlanBuilderThresholds {
  // RES-FLR: resection is contraindicated when the planned FLR is below the applicable minimum.
  flrMinPercentNormal: number;
  flrMinPercentAfterChemotherapy: number;
  flrMinPercentCirrhosis: number;
  // RES-FLR: more than this many months of prior systemic chemotherapy raises the FLR minimum.
  flrChemotherapyMonths: number;
  // ABL-SIZE: any lesion strictly larger than these diameters.
  ablationCautionDiameterMm: number;
  ablationContraindicatedDiameterMm: number;
  // ABL-COUNT: more lesions than this is contraindicated.
  ablationMaxLesionCount: number;
  // SBRT-COUNT: more lesions than this is contraindicated.
  sbrtMaxLesionCount: number;
  // SBRT-SIZE: a largest lesion at or above this diameter is contraindicated.
  sbrtContraindicatedDiameterMm: number;
  // SBRT-LIVER: bilirubin at or above, albumin at or below, is contraindicated.
  sbrtContraindicatedBilirubinMgDl: number;
  sbrtContraindicatedAlbuminGDl: number;
  // TACE-LIVER: bilirubin at or above is contraindicated.
  taceContraindicatedBilirubinMgDl: number;
  // TGT-BEV-SURG: a resection planned within this many days of the evaluation is a caution.
  bevacizumabSurgeryWindowDays: number;
}

export const DEFAULT_THRESHOLDS: Readonly<PlanBuilderThresholds> = Object.freeze({
  flrMinPercentNormal: 20,
  flrMinPercentAfterChemotherapy: 30,
  flrMinPercentCirrhosis: 40,
  flrChemotherapyMonths: 3,
  ablationCautionDiameterMm: 30,
  ablationContraindicatedDiameterMm: 50,
  ablationMaxLesionCount: 10,
  sbrtMaxLesionCount: 3,
  sbrtContraindicatedDiameterMm: 60,
  sbrtContraindicatedBilirubinMgDl: 3,
  sbrtContraindicatedAlbuminGDl: 2.5,
  taceContraindicatedBilirubinMgDl: 3,
  bevacizumabSurgeryWindowDays: 42,
});

export const THRESHOLD_KEYS = Object.keys(DEFAULT_THRESHOLDS) as readonly (keyof PlanBuilderThresholds)[];

const PERCENT_KEYS: readonly (keyof PlanBuilderThresholds)[] = [
  'flrMinPercentNormal',
  'flrMinPercentAfterChemotherapy',
  'flrMinPercentCirrhosis',
];

// Counts and whole days: a fractional lesion count or window would be a settings typo.
const INTEGER_KEYS: readonly (keyof PlanBuilderThresholds)[] = [
  'ablationMaxLesionCount',
  'sbrtMaxLesionCount',
  'bevacizumabSurgeryWindowDays',
];

// Lists every problem rather than the first, so a settings screen can show them all at once. Typed input,
// but checked at run time too because settings arrive as JSON.
export function validateThresholds(thresholds: PlanBuilderThresholds): string[] {
  const problems: string[] = [];
  const values: Record<string, unknown> = { ...thresholds };

  for (const key of Object.keys(values)) {
    if (!(THRESHOLD_KEYS as readonly string[]).includes(key)) problems.push(`${key}: not a known threshold`);
  }
  for (const key of THRESHOLD_KEYS) {
    const value = values[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push(`${key}: must be a finite number`);
    } else if (value <= 0) {
      problems.push(`${key}: must be positive`);
    } else if (PERCENT_KEYS.includes(key) && value > 100) {
      problems.push(`${key}: must be a percentage between 0 and 100`);
    } else if (INTEGER_KEYS.includes(key) && !Number.isInteger(value)) {
      problems.push(`${key}: must be a whole number`);
    }
  }
  if (problems.length > 0) return problems;

  if (thresholds.ablationCautionDiameterMm >= thresholds.ablationContraindicatedDiameterMm) {
    problems.push('ablationCautionDiameterMm: must be smaller than ablationContraindicatedDiameterMm');
  }
  // Chemotherapy injury and cirrhosis only ever raise the FLR a liver needs.
  if (thresholds.flrMinPercentAfterChemotherapy < thresholds.flrMinPercentNormal) {
    problems.push('flrMinPercentAfterChemotherapy: must not be below flrMinPercentNormal');
  }
  if (thresholds.flrMinPercentCirrhosis < thresholds.flrMinPercentNormal) {
    problems.push('flrMinPercentCirrhosis: must not be below flrMinPercentNormal');
  }
  return problems;
}

export function resolveThresholds(overrides: Partial<PlanBuilderThresholds> = {}): PlanBuilderThresholds {
  return { ...DEFAULT_THRESHOLDS, ...overrides };
}
