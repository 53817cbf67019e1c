import { type CaseFacts, emptyCaseFacts, type LiverLesion, type PriorTreatment } from '@consilium/domain';

import { judgeStep, type PlanEvaluation, type StepVerdict } from '../evaluate';
import type { Reason, Rule } from '../rules/rule';
import { type PlanBuilderThresholds, resolveThresholds } from '../thresholds';
import { type Verdict, worstVerdict } from '../verdict';

// Test builders: every fact unknown unless the test says otherwise.
export const TODAY = '2025-03-10';

export function buildFacts(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return { ...emptyCaseFacts(), ...overrides };
}

// A fully documented, fit, left-sided colon case with one small lesion: every fact known.
export function buildKnownFacts(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return buildFacts({
    primarySite: 'colon',
    primarySide: 'left',
    histology: 'adenocarcinoma',
    diagnosisDate: '2024-11-02',
    ras: 'wild_type',
    brafV600e: 'absent',
    msi: 'mss',
    lesions: [{ segment: 7, diameterMm: 24 }],
    bilobar: false,
    extrahepaticDisease: 'none',
    bilirubinMgDl: 0.6,
    albuminGDl: 4.2,
    inr: 1.0,
    childPugh: 'A',
    cirrhosisOrFibrosis: false,
    futureLiverRemnantPercent: 70,
    ecog: 0,
    latestImagingDate: '2025-02-20',
    ...overrides,
  });
}

export function lesionsOf(...diametersMm: number[]): LiverLesion[] {
  return diametersMm.map((diameterMm, i) => ({ segment: (i % 8) + 1, diameterMm }));
}

export function chemotherapy(
  months: number | null,
  bestResponse: PriorTreatment['bestResponse'] = 'PR',
): PriorTreatment {
  return { modality: 'systemic_chemotherapy', regimen: 'FOLFOX', months, bestResponse };
}

export function runRule(
  rule: Rule,
  facts: CaseFacts,
  options: { thresholds?: Partial<PlanBuilderThresholds>; today?: string } = {},
): Reason[] {
  return rule.evaluate(facts, {
    thresholds: resolveThresholds(options.thresholds),
    today: options.today ?? TODAY,
  });
}

export function verdictOf(reasons: readonly Reason[]): Verdict {
  return worstVerdict(reasons.map((r) => r.verdict));
}

// The verdict of a step the test knows is documented: an undocumented one fails the test.
export function stepVerdict(
  evaluation: PlanEvaluation,
  modality: string,
  agent?: string | null,
): StepVerdict {
  const judged = judgeStep(evaluation, modality, agent);
  if (!judged.ok) throw new Error(judged.message);
  return judged.step;
}
