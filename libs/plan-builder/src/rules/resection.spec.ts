import { buildFacts, chemotherapy, runRule, verdictOf } from '../testing/build-facts';
import { resEhd, resFit, resFlr } from './resection';

describe('RES-FLR: planned future liver remnant', () => {
  const normalLiver = { cirrhosisOrFibrosis: false, priorTreatments: [] };

  it.each([
    [19.9, 'contraindicated'],
    [20, 'eligible'],
    [20.1, 'eligible'],
  ] as const)('normal liver, no chemotherapy: FLR %s%% is %s (minimum 20%%)', (flr, verdict) => {
    expect(verdictOf(runRule(resFlr, buildFacts({ ...normalLiver, futureLiverRemnantPercent: flr })))).toBe(
      verdict,
    );
  });

  it.each([
    [29, 'contraindicated'],
    [30, 'eligible'],
    [31, 'eligible'],
  ] as const)('after more than 3 months of chemotherapy: FLR %s%% is %s (minimum 30%%)', (flr, verdict) => {
    const facts = buildFacts({
      cirrhosisOrFibrosis: false,
      priorTreatments: [chemotherapy(4)],
      futureLiverRemnantPercent: flr,
    });
    expect(verdictOf(runRule(resFlr, facts))).toBe(verdict);
  });

  it.each([
    [2, 'eligible'],
    [3, 'eligible'],
    [3.5, 'contraindicated'],
  ] as const)(
    'FLR 25%%: %s months of chemotherapy gives %s (more than 3 months raises the minimum)',
    (months, verdict) => {
      const facts = buildFacts({
        cirrhosisOrFibrosis: false,
        priorTreatments: [chemotherapy(months)],
        futureLiverRemnantPercent: 25,
      });
      expect(verdictOf(runRule(resFlr, facts))).toBe(verdict);
    },
  );

  it('adds up the months of every chemotherapy line, and only chemotherapy', () => {
    const facts = buildFacts({
      cirrhosisOrFibrosis: false,
      futureLiverRemnantPercent: 25,
      priorTreatments: [
        chemotherapy(2),
        chemotherapy(2),
        { modality: 'targeted_therapy', regimen: 'bevacizumab', months: 6, bestResponse: 'SD' },
      ],
    });
    const [reason] = runRule(resFlr, facts);
    expect(reason.verdict).toBe('contraindicated');
    expect(reason.facts).toEqual({
      futureLiverRemnantPercent: 25,
      cirrhosisOrFibrosis: false,
      priorChemotherapyMonths: 4,
    });
  });

  it.each([
    [39, 'contraindicated'],
    [40, 'eligible'],
    [41, 'eligible'],
  ] as const)('cirrhosis or fibrosis: FLR %s%% is %s (minimum 40%%)', (flr, verdict) => {
    const facts = buildFacts({
      cirrhosisOrFibrosis: true,
      priorTreatments: [],
      futureLiverRemnantPercent: flr,
    });
    expect(verdictOf(runRule(resFlr, facts))).toBe(verdict);
  });

  it('suggests portal vein embolisation or a two-stage hepatectomy and cites its sources', () => {
    const [reason] = runRule(resFlr, buildFacts({ ...normalLiver, futureLiverRemnantPercent: 15 }));
    expect(reason).toMatchObject({ ruleId: 'RES-FLR', verdict: 'contraindicated' });
    expect(reason.message).toContain('portal vein embolisation');
    expect(reason.message).toContain('two-stage hepatectomy');
    expect(reason.source).toContain('PMC6422720');
  });

  it('is a caution naming the fact when the FLR is unknown', () => {
    const [reason] = runRule(resFlr, buildFacts(normalLiver));
    expect(reason.verdict).toBe('caution');
    expect(reason.message).toBe('unknown: futureLiverRemnantPercent');
  });

  it('is a caution naming cirrhosis when its value decides the verdict', () => {
    const [reason] = runRule(resFlr, buildFacts({ priorTreatments: [], futureLiverRemnantPercent: 25 }));
    expect(reason.verdict).toBe('caution');
    expect(reason.message).toMatch(/^unknown: cirrhosisOrFibrosis;/);
    expect(reason.message).toContain('portal vein embolisation');
  });

  it('is a caution naming the chemotherapy months when a line has no duration and it decides the verdict', () => {
    const facts = buildFacts({
      cirrhosisOrFibrosis: false,
      priorTreatments: [chemotherapy(null)],
      futureLiverRemnantPercent: 25,
    });
    const [reason] = runRule(resFlr, facts);
    expect(reason.verdict).toBe('caution');
    expect(reason.message).toMatch(/^unknown: priorChemotherapyMonths;/);
    expect(reason.facts['priorChemotherapyMonths']).toBeNull();
  });

  it('names both unknowns when each could change the verdict', () => {
    const facts = buildFacts({ priorTreatments: [chemotherapy(null)], futureLiverRemnantPercent: 25 });
    expect(runRule(resFlr, facts)[0].message).toMatch(
      /^unknown: cirrhosisOrFibrosis, priorChemotherapyMonths;/,
    );
  });

  it('needs no unknown fact when the FLR meets or misses every possible minimum', () => {
    expect(verdictOf(runRule(resFlr, buildFacts({ futureLiverRemnantPercent: 45 })))).toBe('eligible');
    expect(verdictOf(runRule(resFlr, buildFacts({ futureLiverRemnantPercent: 15 })))).toBe('contraindicated');
  });

  it('ignores an unknown that cannot change the verdict', () => {
    // 35 % fails only the cirrhosis minimum, so the chemotherapy months do not matter.
    const facts = buildFacts({ priorTreatments: [chemotherapy(null)], futureLiverRemnantPercent: 35 });
    expect(runRule(resFlr, facts)[0].message).toMatch(/^unknown: cirrhosisOrFibrosis;/);
  });

  it('uses custom thresholds', () => {
    const thresholds = {
      flrMinPercentNormal: 25,
      flrMinPercentAfterChemotherapy: 35,
      flrChemotherapyMonths: 6,
    };
    expect(
      verdictOf(
        runRule(resFlr, buildFacts({ ...normalLiver, futureLiverRemnantPercent: 24 }), { thresholds }),
      ),
    ).toBe('contraindicated');
    const afterFiveMonths = buildFacts({
      cirrhosisOrFibrosis: false,
      priorTreatments: [chemotherapy(5)],
      futureLiverRemnantPercent: 30,
    });
    expect(verdictOf(runRule(resFlr, afterFiveMonths, { thresholds }))).toBe('eligible');
    const afterSevenMonths = { ...afterFiveMonths, priorTreatments: [chemotherapy(7)] };
    const [reason] = runRule(resFlr, afterSevenMonths, { thresholds });
    expect(reason.verdict).toBe('contraindicated');
    expect(reason.message).toContain('35% minimum');
  });
});

describe('RES-FIT: performance status', () => {
  it.each([
    [2, 'eligible'],
    [3, 'contraindicated'],
    [4, 'contraindicated'],
  ] as const)('ECOG %s is %s', (ecog, verdict) => {
    const reasons = runRule(resFit, buildFacts({ ecog }));
    expect(reasons).toEqual([
      expect.objectContaining({
        ruleId: 'RES-FIT',
        verdict,
        facts: { ecog },
        source: expect.stringContaining('Curr Oncol Rep'),
      }),
    ]);
  });

  it('is a caution when ECOG is unknown', () => {
    expect(runRule(resFit, buildFacts())).toEqual([
      expect.objectContaining({ verdict: 'caution', message: 'unknown: ecog' }),
    ]);
  });
});

describe('RES-EHD: extrahepatic disease', () => {
  it.each([
    ['none', 'eligible'],
    ['limited', 'caution'],
    ['extensive', 'contraindicated'],
  ] as const)('%s extrahepatic disease is %s', (extrahepaticDisease, verdict) => {
    const [reason] = runRule(resEhd, buildFacts({ extrahepaticDisease }));
    expect(reason).toMatchObject({ ruleId: 'RES-EHD', verdict, facts: { extrahepaticDisease } });
    expect(reason.source).toContain('ESMO');
  });

  it('is a caution when extrahepatic disease is unknown', () => {
    expect(runRule(resEhd, buildFacts())[0]).toMatchObject({
      verdict: 'caution',
      message: 'unknown: extrahepaticDisease',
    });
  });
});
