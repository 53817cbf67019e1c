import { buildFacts, runRule } from '../testing/build-facts';
import { chemoFit } from './chemotherapy';

describe('CHEMO-FIT: performance status', () => {
  it.each([
    [0, 'eligible'],
    [2, 'eligible'],
    [3, 'caution'],
    [4, 'contraindicated'],
  ] as const)('ECOG %s is %s', (ecog, verdict) => {
    expect(runRule(chemoFit, buildFacts({ ecog }))).toEqual([
      expect.objectContaining({ ruleId: 'CHEMO-FIT', verdict, facts: { ecog }, source: 'ESMO 2023' }),
    ]);
  });

  it('is a caution when ECOG is unknown', () => {
    expect(runRule(chemoFit, buildFacts())).toEqual([
      expect.objectContaining({ verdict: 'caution', message: 'unknown: ecog' }),
    ]);
  });
});
