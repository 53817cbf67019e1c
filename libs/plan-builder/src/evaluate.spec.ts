import { evaluatePlanOptions, judgeStep, type PlanEvaluation, RULE_SET_VERSION } from './evaluate';
import type { Reason } from './rules/rule';
import { buildKnownFacts, lesionsOf, stepVerdict, TODAY } from './testing/build-facts';
import { DEFAULT_THRESHOLDS } from './thresholds';

const reason = (ruleId: Reason['ruleId'], verdict: Reason['verdict']): Reason => ({
  ruleId,
  verdict,
  message: `${ruleId} ${verdict}`,
  facts: {},
  source: 'test',
});

// A hand-built evaluation, to pin down how judgeStep reads agents and modality-level reasons.
function evaluationWith(targeted: PlanEvaluation['options'][number]): PlanEvaluation {
  return {
    ruleSetVersion: RULE_SET_VERSION,
    evaluatedOn: TODAY,
    thresholds: DEFAULT_THRESHOLDS,
    options: [targeted],
  };
}

describe('evaluatePlanOptions', () => {
  it('carries the rule set version, the evaluation date and the thresholds it used', () => {
    const evaluation = evaluatePlanOptions(buildKnownFacts(), {
      today: TODAY,
      thresholds: { sbrtMaxLesionCount: 5 },
    });
    expect(RULE_SET_VERSION).toBe('1.0.0');
    expect(evaluation).toMatchObject({
      ruleSetVersion: '1.0.0',
      evaluatedOn: TODAY,
      thresholds: { ...DEFAULT_THRESHOLDS, sbrtMaxLesionCount: 5 },
    });
  });

  it('applies custom thresholds to the rules', () => {
    const facts = buildKnownFacts({ lesions: lesionsOf(20, 20, 20, 20) });
    const sbrt = (thresholds = {}) =>
      evaluatePlanOptions(facts, { today: TODAY, thresholds }).options.find((o) => o.modality === 'sbrt')
        ?.verdict;
    expect(sbrt()).toBe('contraindicated');
    expect(sbrt({ sbrtMaxLesionCount: 4 })).toBe('eligible');
  });

  it('refuses invalid thresholds and an invalid evaluation date', () => {
    expect(() =>
      evaluatePlanOptions(buildKnownFacts(), { today: TODAY, thresholds: { ablationCautionDiameterMm: 60 } }),
    ).toThrow(/ablationCautionDiameterMm: must be smaller than ablationContraindicatedDiameterMm/);
    expect(() => evaluatePlanOptions(buildKnownFacts(), { today: '2025-13-01' })).toThrow(RangeError);
  });

  it('puts modality-level reasons on the option and agent-level reasons on the agent', () => {
    const evaluation = evaluatePlanOptions(buildKnownFacts(), { today: TODAY });
    const targeted = evaluation.options.find((o) => o.modality === 'targeted_therapy');
    expect(targeted?.reasons).toEqual([]);
    expect(targeted?.agents?.find((a) => a.agent === 'bevacizumab')?.reasons.map((r) => r.ruleId)).toEqual([
      'TGT-BEV-SURG',
    ]);
    expect(evaluation.options.find((o) => o.modality === 'sbrt')?.agents).toBeUndefined();
  });

  it('does not contraindicate targeted therapy while one agent remains possible', () => {
    // RAS mutant and BRAF V600E absent rule out three agents; bevacizumab is only a caution.
    const facts = buildKnownFacts({ ras: 'mutant', brafV600e: 'absent' });
    const targeted = evaluatePlanOptions(facts, { today: TODAY }).options.find(
      (o) => o.modality === 'targeted_therapy',
    );
    expect(targeted?.agents?.map((a) => a.verdict)).toEqual([
      'contraindicated',
      'contraindicated',
      'contraindicated',
      'caution',
    ]);
    expect(targeted?.verdict).toBe('caution');
  });
});

describe('judgeStep', () => {
  const allContraindicated = evaluationWith({
    modality: 'targeted_therapy',
    name: 'Targeted therapy',
    verdict: 'contraindicated',
    reasons: [],
    agents: [
      {
        agent: 'cetuximab',
        name: 'Cetuximab',
        verdict: 'contraindicated',
        reasons: [reason('TGT-EGFR-RAS', 'contraindicated')],
      },
      {
        agent: 'panitumumab',
        name: 'Panitumumab',
        verdict: 'contraindicated',
        reasons: [reason('TGT-EGFR-RAS', 'contraindicated')],
      },
      {
        agent: 'bevacizumab',
        name: 'Bevacizumab',
        verdict: 'contraindicated',
        reasons: [reason('TGT-BEV-SURG', 'contraindicated')],
      },
    ],
  });

  it('without an agent, takes the option verdict and every agent reason once', () => {
    const step = stepVerdict(allContraindicated, 'targeted_therapy');
    expect(step).toMatchObject({ modality: 'targeted_therapy', agent: null, verdict: 'contraindicated' });
    expect(step.contraindications.map((r) => r.ruleId)).toEqual(['TGT-EGFR-RAS', 'TGT-BEV-SURG']);
  });

  it('with an agent, combines the modality-level and the agent reasons', () => {
    const evaluation = evaluationWith({
      modality: 'immunotherapy',
      name: 'Immunotherapy',
      verdict: 'caution',
      reasons: [reason('IO-OTHER', 'caution')],
      agents: [{ agent: 'nivolumab', name: 'Nivolumab', verdict: 'caution', reasons: [] }],
    });
    expect(stepVerdict(evaluation, 'immunotherapy', 'nivolumab')).toEqual({
      modality: 'immunotherapy',
      agent: 'nivolumab',
      verdict: 'caution',
      reasons: [reason('IO-OTHER', 'caution')],
      contraindications: [],
    });
  });

  it('lists contraindications only for a contraindicated step', () => {
    const evaluation = evaluatePlanOptions(buildKnownFacts({ ras: 'mutant' }), { today: TODAY });
    const step = stepVerdict(evaluation, 'targeted_therapy');
    expect(step.verdict).toBe('caution');
    expect(step.reasons.some((r) => r.verdict === 'contraindicated')).toBe(true);
    expect(step.contraindications).toEqual([]);
  });

  it('answers an undocumented modality or agent instead of throwing', () => {
    const evaluation = evaluatePlanOptions(buildKnownFacts(), { today: TODAY });
    expect(judgeStep(evaluation, 'sirt')).toEqual({
      ok: false,
      code: 'UNDOCUMENTED_MODALITY',
      message: 'Undocumented modality "sirt"',
    });
    expect(judgeStep(evaluation, 'targeted_therapy', 'regorafenib')).toEqual({
      ok: false,
      code: 'UNDOCUMENTED_AGENT',
      message: 'Agent "regorafenib" is not documented for targeted_therapy',
    });
    expect(judgeStep(evaluation, 'immunotherapy', 'cetuximab')).toMatchObject({
      ok: false,
      code: 'UNDOCUMENTED_AGENT',
    });
    expect(judgeStep(evaluation, 'surgical_resection', 'cetuximab')).toMatchObject({
      ok: false,
      code: 'UNDOCUMENTED_AGENT',
    });
    expect(judgeStep(evaluation, 'surgical_resection', null)).toMatchObject({ ok: true });
  });
});
