import { type CaseFacts, emptyCaseFacts } from '@consilium/domain';

import { CASE_FACT_KEYS, caseFactsOf, changedFactKeys, factChangesOf, pickFacts } from './case-facts.mapping';

const facts = (overrides: Partial<CaseFacts> = {}): CaseFacts => ({ ...emptyCaseFacts(), ...overrides });

describe('case facts mapping', () => {
  describe('caseFactsOf', () => {
    it('picks exactly the facts of a stored case, dropping everything else', () => {
      const row = {
        ...facts({ primarySite: 'colon', ecog: 1 }),
        id: 'c1',
        status: 'draft',
        patientId: 'p1',
      };
      const result = caseFactsOf(row);
      expect(Object.keys(result).sort()).toEqual([...CASE_FACT_KEYS].sort());
      expect(result).toMatchObject({ primarySite: 'colon', ecog: 1 });
    });

    it('copies lists so that changing the result leaves the source alone', () => {
      const source = facts({ lesions: [{ segment: 7, diameterMm: 24 }], comorbidities: ['diabetes'] });
      const result = caseFactsOf(source);
      result.lesions.push({ segment: 2, diameterMm: 10 });
      result.comorbidities.push('COPD');
      expect(source.lesions).toHaveLength(1);
      expect(source.comorbidities).toEqual(['diabetes']);
    });

    it('fills the optional parts of a prior treatment with null', () => {
      const source = facts({
        priorTreatments: [{ modality: 'systemic_chemotherapy' } as CaseFacts['priorTreatments'][number]],
      });
      expect(caseFactsOf(source).priorTreatments).toEqual([
        { modality: 'systemic_chemotherapy', regimen: null, months: null, bestResponse: null },
      ]);
    });
  });

  describe('factChangesOf', () => {
    it('leaves out what the request does not mention', () => {
      expect(factChangesOf({ ecog: 2 })).toEqual({ ecog: 2 });
      expect(factChangesOf({})).toEqual({});
    });

    it('clears a scalar with null and a list with an empty list', () => {
      expect(
        factChangesOf({ histology: null, lesions: null, comorbidities: null, priorTreatments: null }),
      ).toEqual({
        histology: null,
        lesions: [],
        comorbidities: [],
        priorTreatments: [],
      });
    });

    it('turns nested inputs into plain objects with only the known keys', () => {
      class LesionInput {
        constructor(
          public segment: number,
          public diameterMm: number,
        ) {}
      }
      const lesion = Object.assign(new LesionInput(7, 24), { extra: true });
      const changes = factChangesOf({
        lesions: [lesion],
        priorTreatments: [{ modality: 'systemic_chemotherapy', regimen: 'FOLFOX', months: 6 }],
      });
      expect(changes.lesions).toEqual([{ segment: 7, diameterMm: 24 }]);
      expect(Object.getPrototypeOf(changes.lesions![0])).toBe(Object.prototype);
      expect(changes.priorTreatments).toEqual([
        { modality: 'systemic_chemotherapy', regimen: 'FOLFOX', months: 6, bestResponse: null },
      ]);
    });

    it('ignores fields that are not facts', () => {
      const input = { ecog: 0 as const, patientId: 'p1', presentingSpecialistId: 's1' };
      expect(factChangesOf(input)).toEqual({ ecog: 0 });
    });
  });

  describe('changedFactKeys', () => {
    it('names the facts whose values differ', () => {
      const before = facts({ ecog: 1, histology: 'adenocarcinoma' });
      const after = facts({ ecog: 2, histology: 'adenocarcinoma' });
      expect(changedFactKeys(before, after)).toEqual(['ecog']);
    });

    it('compares lists by value, whatever the key order of stored json', () => {
      const before = facts({
        lesions: [{ diameterMm: 24, segment: 7 } as { segment: number; diameterMm: number }],
      });
      const after = facts({ lesions: [{ segment: 7, diameterMm: 24 }] });
      expect(changedFactKeys(before, after)).toEqual([]);
      expect(changedFactKeys(before, facts({ lesions: [{ segment: 7, diameterMm: 25 }] }))).toEqual([
        'lesions',
      ]);
    });

    it('treats a cleared value as a change', () => {
      expect(changedFactKeys(facts({ ecog: 0 }), facts({ ecog: null }))).toEqual(['ecog']);
    });
  });

  it('pickFacts keeps only the named facts', () => {
    expect(pickFacts(facts({ ecog: 3, histology: 'x' }), ['ecog'])).toEqual({ ecog: 3 });
  });
});
