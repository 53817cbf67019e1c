import { buildFacts, lesionsOf, runRule, verdictOf } from '../testing/build-facts';
import { ablCount, ablFit, ablSize } from './ablation';

describe('ABL-SIZE: ablation lesion size', () => {
  it.each([
    [29, 'eligible'],
    [30, 'eligible'],
    [30.5, 'caution'],
    [31, 'caution'],
    [49, 'caution'],
    [50, 'caution'],
    [51, 'contraindicated'],
  ] as const)(
    'largest lesion %s mm is %s (caution above 30 mm, contraindicated above 50 mm)',
    (diameter, verdict) => {
      expect(verdictOf(runRule(ablSize, buildFacts({ lesions: lesionsOf(12, diameter, 8) })))).toBe(verdict);
    },
  );

  it('judges the largest of several lesions and reports it', () => {
    const [reason] = runRule(
      ablSize,
      buildFacts({
        lesions: [
          { segment: 2, diameterMm: 14 },
          { segment: 6, diameterMm: 42 },
        ],
      }),
    );
    expect(reason).toMatchObject({ ruleId: 'ABL-SIZE', verdict: 'caution' });
    expect(reason.message).toContain('42 mm (segment 6)');
    expect(reason.facts).toMatchObject({ lesionCount: 2, largestLesionDiameterMm: 42 });
    expect(reason.source).toBe('Petre & Sofocleous, Visc Med 2017 (PMC5465710)');
  });

  it('is a caution when no lesion is recorded', () => {
    expect(runRule(ablSize, buildFacts())[0]).toMatchObject({
      verdict: 'caution',
      message: 'unknown: lesions',
    });
  });

  it('uses custom thresholds', () => {
    const thresholds = { ablationCautionDiameterMm: 20, ablationContraindicatedDiameterMm: 40 };
    expect(verdictOf(runRule(ablSize, buildFacts({ lesions: lesionsOf(20) }), { thresholds }))).toBe(
      'eligible',
    );
    expect(verdictOf(runRule(ablSize, buildFacts({ lesions: lesionsOf(21) }), { thresholds }))).toBe(
      'caution',
    );
    expect(verdictOf(runRule(ablSize, buildFacts({ lesions: lesionsOf(41) }), { thresholds }))).toBe(
      'contraindicated',
    );
  });
});

describe('ABL-COUNT: number of lesions', () => {
  it.each([
    [9, 'eligible'],
    [10, 'eligible'],
    [11, 'contraindicated'],
  ] as const)('%s lesions is %s (at most 10)', (count, verdict) => {
    const facts = buildFacts({ lesions: lesionsOf(...Array<number>(count).fill(10)) });
    const [reason] = runRule(ablCount, facts);
    expect(reason).toMatchObject({ ruleId: 'ABL-COUNT', verdict });
    expect(reason.facts['lesionCount']).toBe(count);
    expect(reason.source).toContain('COLLISION');
  });

  it('is a caution when no lesion is recorded', () => {
    expect(runRule(ablCount, buildFacts())[0]).toMatchObject({
      verdict: 'caution',
      message: 'unknown: lesions',
    });
  });

  it('uses a custom maximum', () => {
    const facts = buildFacts({ lesions: lesionsOf(10, 10, 10, 10) });
    expect(verdictOf(runRule(ablCount, facts, { thresholds: { ablationMaxLesionCount: 3 } }))).toBe(
      'contraindicated',
    );
    expect(verdictOf(runRule(ablCount, facts, { thresholds: { ablationMaxLesionCount: 4 } }))).toBe(
      'eligible',
    );
  });
});

describe('ABL-FIT: performance status', () => {
  it.each([
    [0, 'eligible'],
    [2, 'eligible'],
    [3, 'caution'],
    [4, 'caution'],
  ] as const)('ECOG %s is %s (never contraindicated)', (ecog, verdict) => {
    expect(runRule(ablFit, buildFacts({ ecog }))).toEqual([
      expect.objectContaining({ ruleId: 'ABL-FIT', verdict, facts: { ecog } }),
    ]);
  });

  it('is a caution when ECOG is unknown', () => {
    expect(runRule(ablFit, buildFacts())[0]).toMatchObject({ verdict: 'caution', message: 'unknown: ecog' });
  });
});

describe('ablation rules', () => {
  it('apply to radiofrequency ablation and cryoablation alike', () => {
    for (const rule of [ablSize, ablCount, ablFit]) {
      expect(rule.modalities).toEqual(['radiofrequency_ablation', 'cryoablation']);
    }
  });
});
