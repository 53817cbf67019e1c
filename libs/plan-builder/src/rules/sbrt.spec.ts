import { buildFacts, lesionsOf, runRule, verdictOf } from '../testing/build-facts';
import { sbrtCount, sbrtLiver, sbrtSize } from './sbrt';

const SOURCE = 'Radiat Oncol 2018;13:234 (PMC6258482)';

describe('SBRT-COUNT: number of lesions', () => {
  it.each([
    [2, 'eligible'],
    [3, 'eligible'],
    [4, 'contraindicated'],
  ] as const)('%s lesions is %s (at most 3)', (count, verdict) => {
    const [reason] = runRule(sbrtCount, buildFacts({ lesions: lesionsOf(...Array<number>(count).fill(15)) }));
    expect(reason).toMatchObject({ ruleId: 'SBRT-COUNT', verdict, source: SOURCE });
  });

  it('is a caution when no lesion is recorded', () => {
    expect(runRule(sbrtCount, buildFacts())[0]).toMatchObject({
      verdict: 'caution',
      message: 'unknown: lesions',
    });
  });

  it('uses a custom maximum', () => {
    const facts = buildFacts({ lesions: lesionsOf(15, 15, 15, 15, 15) });
    expect(verdictOf(runRule(sbrtCount, facts, { thresholds: { sbrtMaxLesionCount: 5 } }))).toBe('eligible');
  });
});

describe('SBRT-SIZE: largest lesion', () => {
  it.each([
    [59, 'eligible'],
    [60, 'contraindicated'],
    [61, 'contraindicated'],
  ] as const)('largest lesion %s mm is %s (contraindicated at 60 mm or more)', (diameter, verdict) => {
    const [reason] = runRule(sbrtSize, buildFacts({ lesions: lesionsOf(20, diameter) }));
    expect(reason).toMatchObject({ ruleId: 'SBRT-SIZE', verdict, source: SOURCE });
    expect(reason.facts['largestLesionDiameterMm']).toBe(diameter);
  });

  it('is a caution when no lesion is recorded', () => {
    expect(runRule(sbrtSize, buildFacts())[0]).toMatchObject({
      verdict: 'caution',
      message: 'unknown: lesions',
    });
  });

  it('uses a custom limit', () => {
    const facts = buildFacts({ lesions: lesionsOf(45) });
    expect(verdictOf(runRule(sbrtSize, facts, { thresholds: { sbrtContraindicatedDiameterMm: 45 } }))).toBe(
      'contraindicated',
    );
  });
});

describe('SBRT-LIVER: liver function and performance status', () => {
  const fit = { bilirubinMgDl: 0.8, albuminGDl: 4, ecog: 0 as const };

  it('gives one reason for liver function and one for performance status', () => {
    const reasons = runRule(sbrtLiver, buildFacts(fit));
    expect(reasons.map((r) => r.verdict)).toEqual(['eligible', 'eligible']);
    expect(reasons[0].facts).toEqual({ bilirubinMgDl: 0.8, albuminGDl: 4 });
    expect(reasons[1].facts).toEqual({ ecog: 0 });
  });

  it.each([
    [2.9, 'eligible'],
    [3, 'contraindicated'],
    [3.1, 'contraindicated'],
  ] as const)('bilirubin %s mg/dL is %s (contraindicated at 3 or more)', (bilirubinMgDl, verdict) => {
    expect(runRule(sbrtLiver, buildFacts({ ...fit, bilirubinMgDl }))[0].verdict).toBe(verdict);
  });

  it.each([
    [2.4, 'contraindicated'],
    [2.5, 'contraindicated'],
    [2.6, 'eligible'],
  ] as const)('albumin %s g/dL is %s (contraindicated at 2.5 or less)', (albuminGDl, verdict) => {
    expect(runRule(sbrtLiver, buildFacts({ ...fit, albuminGDl }))[0].verdict).toBe(verdict);
  });

  it.each([
    [1, 'eligible'],
    [2, 'caution'],
    [3, 'caution'],
  ] as const)('ECOG %s is %s (caution at 2 or more)', (ecog, verdict) => {
    expect(runRule(sbrtLiver, buildFacts({ ...fit, ecog }))[1].verdict).toBe(verdict);
  });

  it('names each unknown fact', () => {
    const reasons = runRule(sbrtLiver, buildFacts());
    expect(reasons.map((r) => [r.verdict, r.message])).toEqual([
      ['caution', 'unknown: bilirubinMgDl, albuminGDl'],
      ['caution', 'unknown: ecog'],
    ]);
    expect(runRule(sbrtLiver, buildFacts({ ...fit, albuminGDl: null }))[0].message).toBe(
      'unknown: albuminGDl',
    );
  });

  it('is contraindicated by a known bad value even if the other is unknown', () => {
    const [liver] = runRule(sbrtLiver, buildFacts({ bilirubinMgDl: 3.4 }));
    expect(liver.verdict).toBe('contraindicated');
    expect(liver.message).toContain('bilirubin 3.4 mg/dL');
  });

  it('uses custom limits', () => {
    const thresholds = { sbrtContraindicatedBilirubinMgDl: 2, sbrtContraindicatedAlbuminGDl: 3 };
    expect(runRule(sbrtLiver, buildFacts({ ...fit, bilirubinMgDl: 2 }), { thresholds })[0].verdict).toBe(
      'contraindicated',
    );
    expect(runRule(sbrtLiver, buildFacts({ ...fit, albuminGDl: 3 }), { thresholds })[0].verdict).toBe(
      'contraindicated',
    );
    expect(runRule(sbrtLiver, buildFacts({ ...fit, albuminGDl: 3.1 }), { thresholds })[0].verdict).toBe(
      'eligible',
    );
  });
});
