import { buildFacts, buildKnownFacts, runRule } from '../testing/build-facts';
import { trial } from './trial';

describe('TRIAL: clinical trial', () => {
  it('is always eligible and asks the proposal to name the trial', () => {
    for (const facts of [buildFacts(), buildKnownFacts({ ecog: 4, primarySite: 'pancreas' })]) {
      const [reason] = runRule(trial, facts);
      expect(reason).toMatchObject({ ruleId: 'TRIAL', verdict: 'eligible', facts: {} });
      expect(reason.message).toContain('must name the trial (registry id or title)');
    }
  });
});
