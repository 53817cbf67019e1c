import { buildFacts, chemotherapy, runRule, TODAY, verdictOf } from '../testing/build-facts';
import { tgtBevSurg, tgtBraf, tgtEgfrRas } from './targeted-therapy';

describe('TGT-EGFR-RAS: EGFR inhibitors', () => {
  const leftColon = { primarySite: 'colon', primarySide: 'left' } as const;

  it('applies to cetuximab and panitumumab only', () => {
    expect(tgtEgfrRas.modalities).toEqual(['targeted_therapy']);
    expect(tgtEgfrRas.agents).toEqual(['cetuximab', 'panitumumab']);
  });

  it.each([
    ['wild_type', 'eligible'],
    ['mutant', 'contraindicated'],
  ] as const)('RAS %s in a left-sided colon primary is %s', (ras, verdict) => {
    const reasons = runRule(tgtEgfrRas, buildFacts({ ...leftColon, ras }));
    expect(verdictOf(reasons)).toBe(verdict);
    expect(reasons[0]).toMatchObject({
      ruleId: 'TGT-EGFR-RAS',
      facts: { ras },
      source: 'NICE TA439; ESMO 2023',
    });
  });

  it('treats a pending or missing RAS result as unknown', () => {
    expect(runRule(tgtEgfrRas, buildFacts({ ...leftColon, ras: 'pending' }))[0]).toMatchObject({
      verdict: 'caution',
      message: 'unknown: ras (result pending)',
    });
    expect(runRule(tgtEgfrRas, buildFacts({ ...leftColon }))[0]).toMatchObject({
      verdict: 'caution',
      message: 'unknown: ras',
    });
  });

  it('is a caution for a right-sided colorectal primary even when RAS wild-type', () => {
    const reasons = runRule(
      tgtEgfrRas,
      buildFacts({ primarySite: 'colon', primarySide: 'right', ras: 'wild_type' }),
    );
    expect(reasons.map((r) => r.verdict)).toEqual(['eligible', 'caution']);
    expect(reasons[1].facts).toEqual({ primarySite: 'colon', primarySide: 'right' });
  });

  it('is a caution when the side or the site of the primary is unknown', () => {
    expect(runRule(tgtEgfrRas, buildFacts({ primarySite: 'rectum', ras: 'wild_type' }))[1].message).toBe(
      'unknown: primarySide',
    );
    expect(runRule(tgtEgfrRas, buildFacts({ ras: 'wild_type' }))[1].message).toBe('unknown: primarySite');
  });

  it('does not judge sidedness for a non-colorectal primary', () => {
    const reasons = runRule(tgtEgfrRas, buildFacts({ primarySite: 'lung', ras: 'wild_type' }));
    expect(reasons.map((r) => r.facts)).toEqual([{ ras: 'wild_type' }]);
  });
});

describe('TGT-BRAF: encorafenib + cetuximab', () => {
  const pretreated = { priorTreatments: [chemotherapy(6, 'PD')] };

  it('applies to the encorafenib + cetuximab combination only', () => {
    expect(tgtBraf.agents).toEqual(['encorafenib_cetuximab']);
  });

  it.each([
    ['present', 'eligible'],
    ['absent', 'contraindicated'],
  ] as const)('BRAF V600E %s after prior systemic therapy is %s', (brafV600e, verdict) => {
    const reasons = runRule(tgtBraf, buildFacts({ ...pretreated, brafV600e }));
    expect(verdictOf(reasons)).toBe(verdict);
    expect(reasons[0]).toMatchObject({
      ruleId: 'TGT-BRAF',
      source: 'NICE TA668 (BEACON)',
      facts: { brafV600e },
    });
  });

  it('treats a pending or missing BRAF result as unknown', () => {
    expect(runRule(tgtBraf, buildFacts({ ...pretreated, brafV600e: 'pending' }))[0].message).toBe(
      'unknown: brafV600e (result pending)',
    );
    expect(runRule(tgtBraf, buildFacts(pretreated))[0]).toMatchObject({
      verdict: 'caution',
      message: 'unknown: brafV600e',
    });
  });

  it('is a caution without prior systemic therapy', () => {
    const reasons = runRule(tgtBraf, buildFacts({ brafV600e: 'present' }));
    expect(reasons.map((r) => r.verdict)).toEqual(['eligible', 'caution']);
    expect(reasons[1].facts).toEqual({ priorSystemicTherapy: false });
  });
});

describe('TGT-BEV-SURG: bevacizumab and a planned resection', () => {
  // TODAY is 2025-03-10; 42 days later is 2025-04-21.
  it.each([
    ['2025-03-10', 0, 'caution'],
    ['2025-04-20', 41, 'caution'],
    ['2025-04-21', 42, 'caution'],
    ['2025-04-22', 43, 'eligible'],
  ] as const)('a resection planned on %s (%s days away) is %s', (plannedSurgeryDate, days, verdict) => {
    const [reason] = runRule(tgtBevSurg, buildFacts({ plannedSurgeryDate }));
    expect(reason).toMatchObject({
      ruleId: 'TGT-BEV-SURG',
      verdict,
      facts: { plannedSurgeryDate, today: TODAY, daysUntilSurgery: days },
      source: 'Bevacizumab label (verify against SmPC)',
    });
  });

  it('uses the evaluation date it is given, not the clock', () => {
    const facts = buildFacts({ plannedSurgeryDate: '2030-01-31' });
    expect(verdictOf(runRule(tgtBevSurg, facts, { today: '2030-01-01' }))).toBe('caution');
    expect(verdictOf(runRule(tgtBevSurg, facts, { today: '2029-12-01' }))).toBe('eligible');
  });

  it('is a caution when the planned date is missing, invalid or already past', () => {
    expect(runRule(tgtBevSurg, buildFacts())[0]).toMatchObject({
      verdict: 'caution',
      message: 'unknown: plannedSurgeryDate',
    });
    expect(runRule(tgtBevSurg, buildFacts({ plannedSurgeryDate: '2025-02-30' }))[0].message).toBe(
      'unknown: plannedSurgeryDate (not a valid date)',
    );
    const [past] = runRule(tgtBevSurg, buildFacts({ plannedSurgeryDate: '2025-03-09' }));
    expect(past.verdict).toBe('caution');
    expect(past.message).toContain('in the past');
  });

  it('uses a custom window', () => {
    const facts = buildFacts({ plannedSurgeryDate: '2025-04-08' }); // 29 days away
    expect(verdictOf(runRule(tgtBevSurg, facts, { thresholds: { bevacizumabSurgeryWindowDays: 28 } }))).toBe(
      'eligible',
    );
    expect(verdictOf(runRule(tgtBevSurg, facts, { thresholds: { bevacizumabSurgeryWindowDays: 29 } }))).toBe(
      'caution',
    );
  });

  it('refuses an evaluation date that is not an ISO date', () => {
    expect(() => runRule(tgtBevSurg, buildFacts(), { today: '10/03/2025' })).toThrow(RangeError);
  });
});
