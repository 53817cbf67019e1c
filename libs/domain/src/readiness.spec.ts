import { type CaseFacts, emptyCaseFacts } from './case-facts';
import { evaluateReadiness, READINESS_ITEMS, type ReadinessItemId } from './readiness';

const TODAY = '2025-03-15';
const OPTIONS = { today: TODAY, imagingWindowDays: 42 };

function buildReadyFacts(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return {
    ...emptyCaseFacts(),
    primarySite: 'colon',
    primarySide: 'left',
    histology: 'adenocarcinoma',
    ras: 'wild_type',
    brafV600e: 'absent',
    msi: 'mss',
    lesions: [
      { segment: 7, diameterMm: 24 },
      { segment: 4, diameterMm: 11 },
    ],
    ecog: 1,
    bilirubinMgDl: 0.8,
    albuminGDl: 4.1,
    latestImagingDate: '2025-03-01',
    questionForBoard: 'Resection upfront or conversion chemotherapy?',
    ...overrides,
  };
}

function item(facts: CaseFacts, id: ReadinessItemId, options = OPTIONS) {
  const found = evaluateReadiness(facts, options).items.find((candidate) => candidate.item === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

describe('readiness checklist', () => {
  it('is ready when every item is met, listing the items in a stable order', () => {
    const readiness = evaluateReadiness(buildReadyFacts(), OPTIONS);
    expect(readiness.ready).toBe(true);
    expect(readiness.items.map((i) => i.item)).toEqual([...READINESS_ITEMS]);
    expect(readiness.items.every((i) => i.ok)).toBe(true);
  });

  it('lists every missing item by name for an empty case', () => {
    const readiness = evaluateReadiness(emptyCaseFacts(), OPTIONS);
    expect(readiness.ready).toBe(false);
    expect(readiness.items).toEqual([
      { item: 'primary_tumour', ok: false, message: 'missing: primary site, histology' },
      {
        item: 'liver_lesions',
        ok: false,
        message: 'missing: liver lesion with size (mm) and Couinaud segment',
      },
      { item: 'ecog', ok: false, message: 'missing: ECOG performance status' },
      { item: 'liver_function', ok: false, message: 'missing: bilirubin and albumin, or Child–Pugh class' },
      { item: 'imaging', ok: false, message: 'missing: date of the latest cross-sectional imaging' },
      {
        item: 'biomarkers',
        ok: false,
        message: 'missing: primary site (decides whether RAS, BRAF and MSI are required)',
      },
      { item: 'question', ok: false, message: 'missing: question for the board' },
    ]);
  });

  it('is not ready when a single item fails', () => {
    expect(evaluateReadiness(buildReadyFacts({ ecog: null }), OPTIONS).ready).toBe(false);
  });

  describe('primary_tumour', () => {
    it('passes with site and histology', () => {
      expect(item(buildReadyFacts(), 'primary_tumour')).toEqual({
        item: 'primary_tumour',
        ok: true,
        message: 'colon, adenocarcinoma',
      });
    });

    it('names a missing histology, blank counting as missing', () => {
      for (const histology of [null, '  ']) {
        expect(item(buildReadyFacts({ histology }), 'primary_tumour')).toEqual({
          item: 'primary_tumour',
          ok: false,
          message: 'missing: histology',
        });
      }
    });

    it('names a missing primary site', () => {
      expect(item(buildReadyFacts({ primarySite: null }), 'primary_tumour').message).toBe(
        'missing: primary site',
      );
    });
  });

  describe('liver_lesions', () => {
    it('passes with a valid lesion', () => {
      expect(item(buildReadyFacts({ lesions: [{ segment: 1, diameterMm: 5 }] }), 'liver_lesions')).toEqual({
        item: 'liver_lesions',
        ok: true,
        message: '1 lesion recorded',
      });
      expect(item(buildReadyFacts(), 'liver_lesions').message).toBe('2 lesions recorded');
    });

    it('fails without lesions', () => {
      expect(item(buildReadyFacts({ lesions: [] }), 'liver_lesions').ok).toBe(false);
    });

    it('accepts segments 1 and 8 and refuses 0, 9 and fractions', () => {
      expect(item(buildReadyFacts({ lesions: [{ segment: 8, diameterMm: 5 }] }), 'liver_lesions').ok).toBe(
        true,
      );
      for (const segment of [0, 9, 2.5]) {
        expect(item(buildReadyFacts({ lesions: [{ segment, diameterMm: 5 }] }), 'liver_lesions')).toEqual({
          item: 'liver_lesions',
          ok: false,
          message: `lesion 1: segment ${segment} is not a Couinaud segment (1–8)`,
        });
      }
    });

    it('refuses a size that is not a positive number, naming the lesion', () => {
      const lesions = [
        { segment: 2, diameterMm: 10 },
        { segment: 9, diameterMm: 0 },
      ];
      expect(item(buildReadyFacts({ lesions }), 'liver_lesions').message).toBe(
        'lesion 2: segment 9 is not a Couinaud segment (1–8) and size 0 mm is not a positive size',
      );
    });
  });

  describe('ecog', () => {
    it('passes with any recorded status, including 0', () => {
      expect(item(buildReadyFacts({ ecog: 0 }), 'ecog')).toEqual({
        item: 'ecog',
        ok: true,
        message: 'ECOG 0',
      });
    });

    it('fails when not recorded', () => {
      expect(item(buildReadyFacts({ ecog: null }), 'ecog').ok).toBe(false);
    });
  });

  describe('liver_function', () => {
    it('passes with bilirubin and albumin', () => {
      expect(item(buildReadyFacts(), 'liver_function')).toEqual({
        item: 'liver_function',
        ok: true,
        message: 'bilirubin 0.8 mg/dL, albumin 4.1 g/dL',
      });
    });

    it('passes with Child–Pugh class alone', () => {
      const facts = buildReadyFacts({ bilirubinMgDl: null, albuminGDl: null, childPugh: 'B' });
      expect(item(facts, 'liver_function')).toEqual({
        item: 'liver_function',
        ok: true,
        message: 'Child–Pugh B',
      });
    });

    it('names the one missing lab value', () => {
      expect(item(buildReadyFacts({ albuminGDl: null }), 'liver_function')).toEqual({
        item: 'liver_function',
        ok: false,
        message: 'missing: albumin (or Child–Pugh class)',
      });
      expect(item(buildReadyFacts({ bilirubinMgDl: null }), 'liver_function').message).toBe(
        'missing: bilirubin (or Child–Pugh class)',
      );
    });
  });

  describe('imaging', () => {
    it('accepts imaging exactly 42 days old', () => {
      expect(item(buildReadyFacts({ latestImagingDate: '2025-02-01' }), 'imaging')).toEqual({
        item: 'imaging',
        ok: true,
        message: 'latest imaging is 42 days old (window 42 days)',
      });
    });

    it('refuses imaging 43 days old, stating age and window', () => {
      expect(item(buildReadyFacts({ latestImagingDate: '2025-01-31' }), 'imaging')).toEqual({
        item: 'imaging',
        ok: false,
        message: 'latest imaging is 43 days old, older than the 42-day window',
      });
    });

    it('accepts imaging done today', () => {
      expect(item(buildReadyFacts({ latestImagingDate: TODAY }), 'imaging')).toEqual({
        item: 'imaging',
        ok: true,
        message: 'latest imaging is 0 days old (window 42 days)',
      });
    });

    it('uses the configured window', () => {
      const facts = buildReadyFacts({ latestImagingDate: '2025-03-01' });
      expect(item(facts, 'imaging', { today: TODAY, imagingWindowDays: 14 }).ok).toBe(true);
      expect(item(facts, 'imaging', { today: TODAY, imagingWindowDays: 13 }).message).toBe(
        'latest imaging is 14 days old, older than the 13-day window',
      );
    });

    it('counts calendar days across a leap day', () => {
      const facts = buildReadyFacts({ latestImagingDate: '2024-02-28' });
      expect(item(facts, 'imaging', { today: '2024-03-01', imagingWindowDays: 42 }).message).toBe(
        'latest imaging is 2 days old (window 42 days)',
      );
    });

    it('refuses a date in the future', () => {
      expect(item(buildReadyFacts({ latestImagingDate: '2025-03-16' }), 'imaging')).toEqual({
        item: 'imaging',
        ok: false,
        message: 'latest imaging date 2025-03-16 is in the future',
      });
    });

    it('refuses a date that does not exist', () => {
      expect(item(buildReadyFacts({ latestImagingDate: '2025-02-30' }), 'imaging')).toEqual({
        item: 'imaging',
        ok: false,
        message: 'latest imaging date 2025-02-30 is not a valid date',
      });
    });

    it('fails when not recorded', () => {
      expect(item(buildReadyFacts({ latestImagingDate: null }), 'imaging').ok).toBe(false);
    });
  });

  describe('biomarkers', () => {
    it('passes for a colorectal primary with values, pending counting as recorded', () => {
      const facts = buildReadyFacts({
        primarySite: 'rectum',
        ras: 'mutant',
        brafV600e: 'pending',
        msi: 'pending',
      });
      expect(item(facts, 'biomarkers')).toEqual({
        item: 'biomarkers',
        ok: true,
        message: 'RAS mutant, BRAF pending, MSI pending',
      });
    });

    it('names each missing biomarker for a colorectal primary', () => {
      expect(item(buildReadyFacts({ ras: null, msi: null }), 'biomarkers')).toEqual({
        item: 'biomarkers',
        ok: false,
        message: 'missing: RAS, MSI',
      });
      expect(item(buildReadyFacts({ brafV600e: null }), 'biomarkers').message).toBe('missing: BRAF');
    });

    it('does not require them for a non-colorectal primary', () => {
      const facts = buildReadyFacts({ primarySite: 'pancreas', ras: null, brafV600e: null, msi: null });
      expect(item(facts, 'biomarkers')).toEqual({
        item: 'biomarkers',
        ok: true,
        message: 'not required for pancreas primary',
      });
      expect(evaluateReadiness(facts, OPTIONS).ready).toBe(true);
    });
  });

  describe('question', () => {
    it('passes with a question', () => {
      expect(item(buildReadyFacts(), 'question').ok).toBe(true);
    });

    it('fails when blank', () => {
      expect(item(buildReadyFacts({ questionForBoard: ' \n ' }), 'question')).toEqual({
        item: 'question',
        ok: false,
        message: 'missing: question for the board',
      });
    });
  });

  it('rejects a malformed today or window as a programming error', () => {
    expect(() =>
      evaluateReadiness(buildReadyFacts(), { today: '15/03/2025', imagingWindowDays: 42 }),
    ).toThrow(RangeError);
    expect(() => evaluateReadiness(buildReadyFacts(), { today: TODAY, imagingWindowDays: -1 })).toThrow(
      RangeError,
    );
    expect(() => evaluateReadiness(buildReadyFacts(), { today: TODAY, imagingWindowDays: 1.5 })).toThrow(
      RangeError,
    );
  });
});
