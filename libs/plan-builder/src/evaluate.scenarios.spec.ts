import { MODALITY_CODES, type ModalityCode } from '@consilium/domain';

import { evaluatePlanOptions, type PlanEvaluation, RULE_SET_VERSION } from './evaluate';
import {
  buildFacts,
  buildKnownFacts,
  chemotherapy,
  lesionsOf,
  stepVerdict,
  TODAY,
} from './testing/build-facts';
import type { Verdict } from './verdict';

function verdicts(evaluation: PlanEvaluation): Record<ModalityCode, Verdict> {
  return Object.fromEntries(evaluation.options.map((o) => [o.modality, o.verdict])) as Record<
    ModalityCode,
    Verdict
  >;
}

function option(evaluation: PlanEvaluation, modality: ModalityCode) {
  const found = evaluation.options.find((o) => o.modality === modality);
  if (!found) throw new Error(`no option ${modality}`);
  return found;
}

function agentVerdicts(evaluation: PlanEvaluation, modality: ModalityCode): Record<string, Verdict> {
  return Object.fromEntries((option(evaluation, modality).agents ?? []).map((a) => [a.agent, a.verdict]));
}

describe('whole-case scenarios', () => {
  it('a single 24 mm segment-7 lesion in a fit patient: local treatments and chemotherapy eligible', () => {
    const evaluation = evaluatePlanOptions(buildKnownFacts(), { today: TODAY });

    expect(evaluation.ruleSetVersion).toBe(RULE_SET_VERSION);
    expect(evaluation.options.map((o) => o.modality)).toEqual([...MODALITY_CODES]);
    expect(verdicts(evaluation)).toEqual({
      surgical_resection: 'eligible',
      radiofrequency_ablation: 'eligible',
      cryoablation: 'eligible',
      systemic_chemotherapy: 'eligible',
      tace: 'caution', // TACE-LINE: no progression on systemic therapy yet
      targeted_therapy: 'eligible',
      immunotherapy: 'contraindicated', // MSS colorectal
      sbrt: 'eligible',
      clinical_trial: 'eligible',
    });
    expect(agentVerdicts(evaluation, 'targeted_therapy')).toEqual({
      cetuximab: 'eligible',
      panitumumab: 'eligible',
      encorafenib_cetuximab: 'contraindicated',
      bevacizumab: 'caution', // no planned surgery date recorded
    });
    expect(
      option(evaluation, 'radiofrequency_ablation').reasons.find((r) => r.ruleId === 'ABL-SIZE')?.facts,
    ).toMatchObject({
      lesions: [{ segment: 7, diameterMm: 24 }],
      largestLesionDiameterMm: 24,
    });
    expect(option(evaluation, 'tace').reasons.find((r) => r.verdict === 'caution')?.ruleId).toBe('TACE-LINE');
  });

  it('bilobar RAS-mutant colorectal disease after two chemotherapy lines', () => {
    const facts = buildKnownFacts({
      primarySite: 'rectum',
      ras: 'mutant',
      lesions: lesionsOf(35, 22, 18, 14, 12, 9),
      bilobar: true,
      extrahepaticDisease: 'limited',
      futureLiverRemnantPercent: 28,
      ecog: 1,
      priorTreatments: [chemotherapy(6, 'PR'), { ...chemotherapy(3, 'PD'), regimen: 'FOLFIRI' }],
      plannedSurgeryDate: '2025-04-01',
    });
    const evaluation = evaluatePlanOptions(facts, { today: TODAY });

    expect(verdicts(evaluation)).toMatchObject({
      surgical_resection: 'contraindicated', // FLR 28 % after 9 months of chemotherapy
      radiofrequency_ablation: 'caution', // 35 mm lesion
      cryoablation: 'caution',
      sbrt: 'contraindicated', // six lesions
      tace: 'eligible', // progression on FOLFIRI
      targeted_therapy: 'caution', // only bevacizumab remains, with surgery in 22 days
      systemic_chemotherapy: 'eligible',
    });
    const flr = option(evaluation, 'surgical_resection').reasons.find((r) => r.ruleId === 'RES-FLR');
    expect(flr?.facts).toEqual({
      futureLiverRemnantPercent: 28,
      cirrhosisOrFibrosis: false,
      priorChemotherapyMonths: 9,
    });
    expect(flr?.message).toContain('portal vein embolisation');

    const targeted = option(evaluation, 'targeted_therapy');
    for (const agent of ['cetuximab', 'panitumumab'] as const) {
      const egfr = targeted.agents?.find((a) => a.agent === agent);
      expect(egfr?.verdict).toBe('contraindicated');
      expect(egfr?.reasons).toContainEqual(
        expect.objectContaining({
          ruleId: 'TGT-EGFR-RAS',
          verdict: 'contraindicated',
          facts: { ras: 'mutant' },
          source: expect.stringContaining('NICE TA439'),
        }),
      );
      const step = stepVerdict(evaluation, 'targeted_therapy', agent);
      expect(step.verdict).toBe('contraindicated');
      expect(step.contraindications.map((r) => r.source)).toEqual(['NICE TA439; ESMO 2023']);
    }
    expect(stepVerdict(evaluation, 'targeted_therapy', 'bevacizumab')).toMatchObject({
      verdict: 'caution',
      contraindications: [],
    });
  });

  it('MSI-high colorectal disease: immunotherapy eligible', () => {
    const evaluation = evaluatePlanOptions(buildKnownFacts({ msi: 'msi_high' }), { today: TODAY });
    expect(option(evaluation, 'immunotherapy')).toMatchObject({
      verdict: 'eligible',
      reasons: [
        expect.objectContaining({
          ruleId: 'IO-MSI',
          verdict: 'eligible',
          source: 'NICE TA709 (KEYNOTE-177)',
        }),
      ],
    });
    expect(agentVerdicts(evaluation, 'immunotherapy')).toEqual({
      nivolumab: 'eligible',
      pembrolizumab: 'eligible',
    });
    expect(stepVerdict(evaluation, 'immunotherapy', 'pembrolizumab').verdict).toBe('eligible');
  });

  it('MSS colorectal disease: every checkpoint inhibitor carries the modality-level contraindication', () => {
    const evaluation = evaluatePlanOptions(buildKnownFacts({ msi: 'mss' }), { today: TODAY });
    expect(agentVerdicts(evaluation, 'immunotherapy')).toEqual({
      nivolumab: 'contraindicated',
      pembrolizumab: 'contraindicated',
    });
    expect(
      stepVerdict(evaluation, 'immunotherapy', 'nivolumab').contraindications.map((r) => r.ruleId),
    ).toEqual(['IO-MSI']);
  });

  it('a pancreatic primary: local therapies are a caution that suggests a trial', () => {
    const facts = buildKnownFacts({ primarySite: 'pancreas', primarySide: null, ras: 'mutant', msi: 'mss' });
    const evaluation = evaluatePlanOptions(facts, { today: TODAY });
    for (const modality of [
      'surgical_resection',
      'radiofrequency_ablation',
      'cryoablation',
      'sbrt',
      'tace',
    ] as const) {
      expect(option(evaluation, modality).verdict).toBe('caution');
      expect(option(evaluation, modality).reasons).toContainEqual(
        expect.objectContaining({
          ruleId: 'PANC-LOCAL',
          verdict: 'caution',
          message: expect.stringContaining('clinical trial'),
        }),
      );
    }
    expect(option(evaluation, 'immunotherapy').reasons.map((r) => r.ruleId)).toEqual(['IO-OTHER']);
    expect(option(evaluation, 'immunotherapy').verdict).toBe('caution');
    expect(option(evaluation, 'systemic_chemotherapy').verdict).toBe('eligible');
    expect(option(evaluation, 'clinical_trial').verdict).toBe('eligible');
  });

  it('ECOG 4: chemotherapy and resection contraindicated, ablation and SBRT a caution', () => {
    const evaluation = evaluatePlanOptions(buildKnownFacts({ ecog: 4 }), { today: TODAY });
    expect(verdicts(evaluation)).toMatchObject({
      systemic_chemotherapy: 'contraindicated',
      surgical_resection: 'contraindicated',
      radiofrequency_ablation: 'caution',
      cryoablation: 'caution',
      sbrt: 'caution',
      clinical_trial: 'eligible',
    });
    const chemo = stepVerdict(evaluation, 'systemic_chemotherapy');
    expect(chemo.contraindications).toEqual([
      expect.objectContaining({ ruleId: 'CHEMO-FIT', facts: { ecog: 4 }, source: 'ESMO 2023' }),
    ]);
    expect(stepVerdict(evaluation, 'surgical_resection').contraindications.map((r) => r.ruleId)).toEqual([
      'RES-FIT',
    ]);
  });

  it('an empty fact sheet makes nothing eligible by default except a clinical trial', () => {
    const evaluation = evaluatePlanOptions(buildFacts(), { today: TODAY });
    for (const o of evaluation.options) {
      expect([o.modality, o.verdict]).toEqual([
        o.modality,
        o.modality === 'clinical_trial' ? 'eligible' : 'caution',
      ]);
    }
    const reasons = evaluation.options.flatMap((o) => [
      ...o.reasons,
      ...(o.agents ?? []).flatMap((a) => a.reasons),
    ]);
    expect(reasons.filter((r) => r.verdict === 'eligible').map((r) => r.ruleId)).toEqual(['TRIAL']);
    expect(reasons.find((r) => r.ruleId === 'RES-FIT')?.message).toBe('unknown: ecog');
  });
});
