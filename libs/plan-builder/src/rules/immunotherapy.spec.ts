import { buildFacts, runRule } from '../testing/build-facts';
import { ioMsi, ioOther } from './immunotherapy';

describe('IO-MSI: colorectal primary', () => {
  it.each([
    ['colon', 'msi_high', 'eligible'],
    ['rectum', 'msi_high', 'eligible'],
    ['colon', 'mss', 'contraindicated'],
  ] as const)('%s primary, %s is %s', (primarySite, msi, verdict) => {
    expect(runRule(ioMsi, buildFacts({ primarySite, msi }))).toEqual([
      expect.objectContaining({
        ruleId: 'IO-MSI',
        verdict,
        facts: { primarySite, msi },
        source: 'NICE TA709 (KEYNOTE-177)',
      }),
    ]);
  });

  it('treats a pending or missing MSI result as unknown', () => {
    expect(runRule(ioMsi, buildFacts({ primarySite: 'colon', msi: 'pending' }))[0]).toMatchObject({
      verdict: 'caution',
      message: 'unknown: msi (result pending)',
    });
    expect(runRule(ioMsi, buildFacts({ primarySite: 'colon' }))[0].message).toBe('unknown: msi');
  });

  it('is a caution when the primary site is unknown', () => {
    expect(runRule(ioMsi, buildFacts({ msi: 'msi_high' }))[0]).toMatchObject({
      verdict: 'caution',
      message: 'unknown: primarySite',
    });
  });

  it('does not apply to a non-colorectal primary', () => {
    expect(runRule(ioMsi, buildFacts({ primarySite: 'lung', msi: 'mss' }))).toEqual([]);
  });
});

describe('IO-OTHER: non-colorectal primary', () => {
  it.each(['pancreas', 'lung', 'breast', 'other'] as const)(
    'a %s primary is a caution per primary-specific guideline',
    (primarySite) => {
      const [reason] = runRule(ioOther, buildFacts({ primarySite }));
      expect(reason).toMatchObject({ ruleId: 'IO-OTHER', verdict: 'caution', facts: { primarySite } });
      expect(reason.message).toContain('per primary-specific guideline');
    },
  );

  it('leaves colorectal and unknown primaries to IO-MSI', () => {
    expect(runRule(ioOther, buildFacts({ primarySite: 'colon' }))).toEqual([]);
    expect(runRule(ioOther, buildFacts())).toEqual([]);
  });
});
