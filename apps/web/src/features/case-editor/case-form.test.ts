import { describe, expect, it } from 'vitest';

import {
  caseFormSchema,
  changedFacts,
  decimalPlaces,
  fieldProblemsOf,
  formFieldOf,
  parseDecimal,
  toFormValues,
} from './case-form';
import { DRAFT_CASE as SAVED } from './fixtures';
import { lesionsForDiagram, newLesion } from './lesions';

describe('the case form values', () => {
  it('hold the saved facts as text, "not recorded" as empty', () => {
    const values = toFormValues(SAVED);
    expect(values).toMatchObject({
      primarySite: 'colon',
      ras: 'pending',
      brafV600e: '',
      bilirubinMgDl: '1.5',
      albuminGDl: '',
      bilobar: 'no',
      cirrhosisOrFibrosis: '',
      ecog: '0',
      lesions: [{ segment: '7', diameterMm: '24' }],
      comorbidities: [{ text: 'type 2 diabetes' }],
      priorTreatments: [
        { modality: 'systemic_chemotherapy', regimen: 'FOLFOX', months: '6', bestResponse: 'PR' },
      ],
    });
  });

  it('send nothing when nothing changed, even when only the formatting did', () => {
    const saved = toFormValues(SAVED);
    expect(changedFacts(saved, saved)).toEqual({});
    expect(changedFacts({ ...saved, bilirubinMgDl: '1,50', histology: ' adenocarcinoma ' }, saved)).toEqual(
      {},
    );
  });

  it('send only the changed facts, an emptied input as null and a list whole', () => {
    const saved = toFormValues(SAVED);
    const values = {
      ...saved,
      bilirubinMgDl: '',
      albuminGDl: '3,8',
      ras: 'mutant',
      bilobar: '' as const,
      lesions: [...saved.lesions, { segment: '2', diameterMm: '12.5' }],
    };
    expect(changedFacts(values, saved)).toEqual({
      bilirubinMgDl: null,
      albuminGDl: 3.8,
      ras: 'mutant',
      bilobar: null,
      lesions: [
        { segment: 7, diameterMm: 24 },
        { segment: 2, diameterMm: 12.5 },
      ],
    });
  });

  it('clear the side when the primary is no longer colorectal', () => {
    const saved = toFormValues(SAVED);
    expect(changedFacts({ ...saved, primarySite: 'pancreas' }, saved)).toEqual({
      primarySite: 'pancreas',
      primarySide: null,
    });
  });
});

describe('the addressee in the form', () => {
  const outside = {
    ...SAVED,
    treatingPhysicianName: 'Dr Ana Ruiz, Hospital Comarcal',
    treatingPhysicianContact: 'ana.ruiz@hcomarcal.example',
  };

  it('reads an outside physician as such, and a case naming nobody as a directory specialist to choose', () => {
    expect(toFormValues(outside)).toMatchObject({
      treatingPhysicianKind: 'external',
      treatingPhysicianSpecialistId: '',
      treatingPhysicianName: 'Dr Ana Ruiz, Hospital Comarcal',
      treatingPhysicianContact: 'ana.ruiz@hcomarcal.example',
    });
    expect(toFormValues(SAVED)).toMatchObject({
      treatingPhysicianKind: 'specialist',
      treatingPhysicianSpecialistId: '',
    });
  });

  it('sends the three fields together, the kind not chosen as null, even what was typed for it', () => {
    const saved = toFormValues(outside);
    const specialist = {
      ...saved,
      treatingPhysicianKind: 'specialist' as const,
      treatingPhysicianSpecialistId: '00000000-0000-4000-8000-0000000000a5',
    };
    expect(changedFacts(specialist, saved)).toEqual({
      treatingPhysicianSpecialistId: '00000000-0000-4000-8000-0000000000a5',
      treatingPhysicianName: null,
      treatingPhysicianContact: null,
    });
    // Only the contact changed: the name goes with it.
    expect(changedFacts({ ...saved, treatingPhysicianContact: '+34 900 000 000' }, saved)).toEqual({
      treatingPhysicianSpecialistId: null,
      treatingPhysicianName: 'Dr Ana Ruiz, Hospital Comarcal',
      treatingPhysicianContact: '+34 900 000 000',
    });
  });

  it("refuses a contact without the outside physician's name, but not without a specialist", () => {
    const values = toFormValues(SAVED);
    const refused = caseFormSchema.safeParse({
      ...values,
      treatingPhysicianKind: 'external',
      treatingPhysicianContact: 'ana.ruiz@hcomarcal.example',
    });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['treatingPhysicianName', 'letter.addressee.nameRequired'],
    ]);
    // Typed for the outside physician, then a specialist chosen: what is sent is the specialist.
    expect(
      caseFormSchema.safeParse({
        ...values,
        treatingPhysicianKind: 'specialist',
        treatingPhysicianContact: 'ana.ruiz@hcomarcal.example',
      }).success,
    ).toBe(true);
  });
});

describe('the client checks', () => {
  const valid = toFormValues(SAVED);
  const issuesOf = (values: unknown) => {
    const result = caseFormSchema.safeParse(values);
    return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
  };

  it('accept the saved case', () => {
    expect(issuesOf(valid)).toEqual([]);
  });

  it('refuse a lesion outside 1–300 mm, and bounds of the API', () => {
    expect(
      issuesOf({
        ...valid,
        lesions: [
          { segment: '7', diameterMm: '301' },
          { segment: '7', diameterMm: '0' },
          { segment: '', diameterMm: '' },
        ],
        albuminGDl: '0.4',
        inr: 'abc',
        pdl1Percent: '100',
      }),
    ).toEqual([
      'lesions.0.diameterMm',
      'lesions.1.diameterMm',
      'lesions.2.segment',
      'lesions.2.diameterMm',
      'albuminGDl',
      'inr',
    ]);
  });
});

describe('numbers as typed', () => {
  it('read a point or a comma, and nothing as null', () => {
    expect(parseDecimal('1.25')).toBe(1.25);
    expect(parseDecimal(' 1,5 ')).toBe(1.5);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('1.2.3')).toBeNaN();
    expect(parseDecimal('12 mm')).toBeNaN();
  });
});

describe('server field problems', () => {
  const values = toFormValues(SAVED);

  it('map onto the form fields that hold them', () => {
    expect(formFieldOf('lesions.0.diameterMm', values)).toBe('lesions.0.diameterMm');
    expect(formFieldOf('bilirubinMgDl', values)).toBe('bilirubinMgDl');
    expect(formFieldOf('comorbidities.0', values)).toBe('comorbidities.0.text');
    expect(formFieldOf('priorTreatments.0.months', values)).toBe('priorTreatments.0.months');
  });

  it('leave the others to the summary', () => {
    expect(formFieldOf('lesions', values)).toBeNull();
    expect(formFieldOf('lesions.3.diameterMm', values)).toBeNull();
    expect(formFieldOf('presentingSpecialistId', values)).toBeNull();
    expect(formFieldOf('bilirubinMgDl.x', values)).toBeNull();
  });

  it('are read from the details of a 400', () => {
    expect(
      fieldProblemsOf([{ field: 'inr', problems: ['inr must not be greater than 10'] }, 'noise']),
    ).toEqual([{ field: 'inr', problems: ['inr must not be greater than 10'] }]);
    expect(fieldProblemsOf({ state: 'decided' })).toEqual([]);
  });
});

describe('the lesion rows', () => {
  it('start empty, or in the segment the diagram gave', () => {
    expect(newLesion()).toEqual({ segment: '', diameterMm: '' });
    expect(newLesion(7)).toEqual({ segment: '7', diameterMm: '' });
  });

  it('reach the diagram once they have a segment', () => {
    expect(
      lesionsForDiagram([
        { segment: '7', diameterMm: '22' },
        { segment: '', diameterMm: '10' },
        { segment: '4', diameterMm: '' },
      ]),
    ).toEqual([
      { segment: 7, diameterMm: 22 },
      { segment: 4, diameterMm: 0 },
    ]);
  });
});

describe('decimal places', () => {
  it('are counted as typed, so values that binary floating point cannot hold exactly pass', () => {
    expect(decimalPlaces('4.1')).toBe(1);
    expect(decimalPlaces('1,15')).toBe(2);
    expect(decimalPlaces('1.50')).toBe(1);
    expect(decimalPlaces('12')).toBe(0);
    expect(decimalPlaces('0.155')).toBe(3);
  });

  it('accept an albumin of 4.1 g/dL and a bilirubin of 0.29 mg/dL, and refuse 0.295', () => {
    const values = { ...toFormValues(SAVED), albuminGDl: '4.1', bilirubinMgDl: '0.29' };
    expect(caseFormSchema.safeParse(values).success).toBe(true);
    const refused = caseFormSchema.safeParse({ ...values, bilirubinMgDl: '0.295' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => i.path.join('.'))).toEqual(['bilirubinMgDl']);
  });
});
