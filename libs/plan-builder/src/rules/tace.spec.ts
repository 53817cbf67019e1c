import type { PriorTreatment } from '@consilium/domain';

import { buildFacts, chemotherapy, runRule, verdictOf } from '../testing/build-facts';
import { taceEhd, taceLine, taceLiver } from './tace';

describe('TACE-LIVER: Child–Pugh and bilirubin', () => {
  it.each([
    ['A', 'eligible'],
    ['B', 'eligible'],
    ['C', 'contraindicated'],
  ] as const)('Child–Pugh %s is %s', (childPugh, verdict) => {
    const [reason] = runRule(taceLiver, buildFacts({ childPugh, bilirubinMgDl: 1 }));
    expect(reason).toMatchObject({
      ruleId: 'TACE-LIVER',
      verdict,
      source: 'TACE/DEBIRI reviews (PMC4357048)',
    });
  });

  it.each([
    [2.9, 'eligible'],
    [3, 'contraindicated'],
    [3.1, 'contraindicated'],
  ] as const)('bilirubin %s mg/dL is %s (contraindicated at 3 or more)', (bilirubinMgDl, verdict) => {
    expect(verdictOf(runRule(taceLiver, buildFacts({ childPugh: 'A', bilirubinMgDl })))).toBe(verdict);
  });

  it('is a caution naming each unknown fact', () => {
    expect(runRule(taceLiver, buildFacts())[0].message).toBe('unknown: childPugh, bilirubinMgDl');
    expect(runRule(taceLiver, buildFacts({ bilirubinMgDl: 1 }))[0]).toMatchObject({
      verdict: 'caution',
      message: 'unknown: childPugh',
    });
  });

  it('is contraindicated by Child–Pugh C even with bilirubin unknown', () => {
    expect(verdictOf(runRule(taceLiver, buildFacts({ childPugh: 'C' })))).toBe('contraindicated');
  });

  it('uses a custom bilirubin limit', () => {
    const facts = buildFacts({ childPugh: 'A', bilirubinMgDl: 2 });
    expect(
      verdictOf(runRule(taceLiver, facts, { thresholds: { taceContraindicatedBilirubinMgDl: 2 } })),
    ).toBe('contraindicated');
  });
});

describe('TACE-EHD: liver-dominant disease', () => {
  it.each([
    ['none', 'eligible'],
    ['limited', 'eligible'],
    ['extensive', 'caution'],
  ] as const)('%s extrahepatic disease is %s', (extrahepaticDisease, verdict) => {
    expect(runRule(taceEhd, buildFacts({ extrahepaticDisease }))).toEqual([
      expect.objectContaining({ ruleId: 'TACE-EHD', verdict, source: 'NICE IPG672; PMC4357048' }),
    ]);
  });

  it('is a caution when extrahepatic disease is unknown', () => {
    expect(runRule(taceEhd, buildFacts())[0]).toMatchObject({
      verdict: 'caution',
      message: 'unknown: extrahepaticDisease',
    });
  });
});

describe('TACE-LINE: salvage after systemic therapy', () => {
  it('is a caution with no prior treatment', () => {
    const [reason] = runRule(taceLine, buildFacts());
    expect(reason).toMatchObject({ ruleId: 'TACE-LINE', verdict: 'caution', source: 'NICE IPG672' });
    expect(reason.message).toContain('salvage option after chemotherapy');
  });

  it('is a caution when systemic therapy has not shown progression', () => {
    expect(verdictOf(runRule(taceLine, buildFacts({ priorTreatments: [chemotherapy(6, 'SD')] })))).toBe(
      'caution',
    );
  });

  it('is eligible after progression on any systemic line', () => {
    const targeted: PriorTreatment = {
      modality: 'targeted_therapy',
      regimen: 'cetuximab',
      months: 4,
      bestResponse: 'PD',
    };
    expect(
      verdictOf(runRule(taceLine, buildFacts({ priorTreatments: [chemotherapy(6, 'PR'), targeted] }))),
    ).toBe('eligible');
  });

  it('does not count progression after a local treatment', () => {
    const ablation: PriorTreatment = {
      modality: 'radiofrequency_ablation',
      regimen: null,
      months: null,
      bestResponse: 'PD',
    };
    expect(verdictOf(runRule(taceLine, buildFacts({ priorTreatments: [ablation] })))).toBe('caution');
  });

  it('is a caution naming the fact when a systemic line has no recorded response', () => {
    const [reason] = runRule(taceLine, buildFacts({ priorTreatments: [chemotherapy(6, null)] }));
    expect(reason).toMatchObject({ verdict: 'caution', message: 'unknown: priorTreatments.bestResponse' });
    expect(reason.facts['progressedOnSystemicTherapy']).toBeNull();
  });
});
