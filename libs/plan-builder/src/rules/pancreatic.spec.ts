import { buildFacts, runRule } from '../testing/build-facts';
import { pancLocal } from './pancreatic';

describe('PANC-LOCAL: pancreatic primary', () => {
  it('covers resection, both ablations, SBRT and TACE', () => {
    expect(pancLocal.modalities).toEqual([
      'surgical_resection',
      'radiofrequency_ablation',
      'cryoablation',
      'sbrt',
      'tace',
    ]);
  });

  it('is a caution suggesting a clinical trial for a pancreatic primary', () => {
    const [reason] = runRule(pancLocal, buildFacts({ primarySite: 'pancreas' }));
    expect(reason).toMatchObject({
      ruleId: 'PANC-LOCAL',
      verdict: 'caution',
      facts: { primarySite: 'pancreas' },
      source: 'PMC6721290; PMC7698586',
    });
    expect(reason.message).toContain(
      'investigational for oligometastatic disease; consider a clinical trial',
    );
  });

  it.each(['colon', 'rectum', 'lung', 'breast', 'other'] as const)(
    'does not apply to a %s primary',
    (primarySite) => {
      expect(runRule(pancLocal, buildFacts({ primarySite }))).toEqual([]);
    },
  );

  it('is a caution when the primary site is unknown', () => {
    expect(runRule(pancLocal, buildFacts())).toEqual([
      expect.objectContaining({ verdict: 'caution', message: 'unknown: primarySite' }),
    ]);
  });
});
