import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle, BundleEntry, Observation, Patient, Resource } from '@medplum/fhirtypes';

import { type CaseFacts, emptyCaseFacts } from '@consilium/domain';

import { caseBundle } from './export-case';
import { readCaseBundle } from './import-case';
import { type CaseImport, FhirInputError } from './model';
import { MODALITIES, OBSERVATIONS, PRIMARY_CANCER, SYSTEMS } from './terminology';
import { convertQuantity, round } from './units';

// The fixtures under ./fixtures are invented records (no real patient), shaped as a hospital's
// record sends them: a collection from a FHIR server (absolute fullUrls, Type/id references) and
// transactions of new resources (urn:uuid fullUrls, request entries).

const ST_ALDRIC_MRN = 'https://fhir.st-aldric-hospital.example/identifier/mrn';

function fixture(name: string): Bundle {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as Bundle;
}

const read = (bundle: unknown) => readCaseBundle(bundle, { mrnSystem: ST_ALDRIC_MRN });

/** The FhirInputError `run` throws (failing the test when it throws nothing or something else). */
function inputError(run: () => unknown): FhirInputError {
  try {
    run();
  } catch (err) {
    if (err instanceof FhirInputError) return err;
    throw err;
  }
  throw new Error('expected a FhirInputError');
}

const patient: Patient = {
  resourceType: 'Patient',
  identifier: [{ system: ST_ALDRIC_MRN, value: 'SA-0000001' }],
  name: [{ family: 'Example', given: ['Test'] }],
  gender: 'other',
  birthDate: '1970-01-01',
};

function bundleOf(...resources: Resource[]): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: resources.map((resource, i): BundleEntry => ({
      fullUrl: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      resource,
    })),
  };
}

const lab = (
  code: { system: string; code: string },
  valueQuantity: Observation['valueQuantity'],
): Observation => ({
  resourceType: 'Observation',
  status: 'final',
  code: { coding: [{ system: code.system, code: code.code }] },
  valueQuantity,
});

describe('readCaseBundle: colorectal-complete.json (a collection with every fact)', () => {
  let result: CaseImport;
  beforeAll(() => {
    result = read(fixture('colorectal-complete.json'));
  });

  it('reads the patient by the identifier in the institution system, and the name from given and family', () => {
    expect(result.patient).toEqual({
      identifier: { system: ST_ALDRIC_MRN, value: 'SA-0048213' },
      fullName: 'Ingrid Marit Halvorsen',
      birthDate: '1958-06-14',
      sex: 'female',
    });
  });

  const expected = completeFacts();

  it('reads every fact of the case', () => {
    expect(Object.keys(result.facts).sort()).toEqual(Object.keys(emptyCaseFacts()).sort());
  });

  it.each(Object.keys(expected) as (keyof CaseFacts)[])('reads %s as the fixture says', (key) => {
    expect(result.facts[key]).toEqual(expected[key]);
  });

  it('leaves nothing unmapped', () => {
    expect(result.unmapped).toEqual([]);
  });
});

/** What colorectal-complete.json says, fact by fact. */
function completeFacts(): CaseFacts {
  return {
    primarySite: 'colon',
    primarySide: 'left',
    histology: 'Adenocarcinoma, moderately differentiated',
    diagnosisDate: '2024-11-04',
    ras: 'wild_type',
    brafV600e: 'absent',
    msi: 'mss',
    pdl1Percent: 5,
    // Segment 7 measured 24 mm; segment 4 measured 1.8 cm.
    lesions: [
      { segment: 7, diameterMm: 24 },
      { segment: 4, diameterMm: 18 },
    ],
    bilobar: true,
    extrahepaticDisease: 'none',
    bilirubinMgDl: 0.8,
    albuminGDl: 4.1,
    inr: 1.05,
    childPugh: 'A',
    cirrhosisOrFibrosis: false,
    futureLiverRemnantPercent: 38.5,
    ecog: 1,
    comorbidities: ['Type 2 diabetes mellitus', 'Hypertension'],
    priorTreatments: [
      { modality: 'systemic_chemotherapy', regimen: 'FOLFOX + panitumumab', months: 4, bestResponse: 'PR' },
      { modality: 'radiofrequency_ablation', regimen: null, months: null, bestResponse: 'CR' },
    ],
    latestImagingDate: '2025-01-20',
    plannedSurgeryDate: '2025-03-10',
    questionForBoard:
      'Is simultaneous resection of segments 4 and 7 feasible after four cycles, or should systemic therapy continue first?',
  };
}

describe('readCaseBundle: pancreatic-missing-labs.json (a transaction, no labs, MSI pending)', () => {
  let result: CaseImport;
  beforeAll(() => {
    result = read(fixture('pancreatic-missing-labs.json'));
  });

  it('takes the identifier typed MR when none is in the institution system, and the name text', () => {
    expect(result.patient).toEqual({
      identifier: { system: 'https://ehr.riverside-clinic.example/mrn', value: 'RC-771902' },
      fullName: 'Tomás Ferreira Lind',
      birthDate: '1951-09-30',
      sex: 'male',
    });
  });

  it('reads what the record says, resolving urn:uuid references, and nothing else', () => {
    expect(result.facts).toEqual({
      primarySite: 'pancreas',
      histology: 'Ductal adenocarcinoma',
      // onsetDateTime 2025-05-12T10:30:00+02:00: the date as the record wrote it.
      diagnosisDate: '2025-05-12',
      lesions: [{ segment: 2, diameterMm: 15 }],
      ecog: 0,
      ras: 'mutant',
      msi: 'pending',
      extrahepaticDisease: 'limited',
      questionForBoard:
        'Single segment 2 lesion with a pancreatic head primary: is there any role for local treatment of the liver?',
    });
    for (const absent of [
      'bilirubinMgDl',
      'albuminGDl',
      'inr',
      'brafV600e',
      'primarySide',
      'childPugh',
    ] as const) {
      expect(result.facts).not.toHaveProperty(absent);
    }
    expect(result.unmapped).toEqual([]);
  });
});

describe('readCaseBundle: si-units.json (bilirubin in µmol/L, albumin in g/L)', () => {
  let result: CaseImport;
  beforeAll(() => {
    result = read(fixture('si-units.json'));
  });

  it('converts to mg/dL and g/dL, rounded to two places', () => {
    // 20 µmol/L ÷ 17.1 = 1.1696… mg/dL; 38 g/L ÷ 10 = 3.8 g/dL; the INR arrives without a unit.
    expect(result.facts).toEqual({ bilirubinMgDl: 1.17, albuminGDl: 3.8, inr: 1.1 });
    expect(result.unmapped).toEqual([]);
  });

  it('reports a unit it does not convert, and keeps the value out', () => {
    const { facts, unmapped } = read(
      bundleOf(patient, {
        ...lab(OBSERVATIONS.albumin, { value: 600, unit: 'µmol/L', system: SYSTEMS.ucum, code: 'umol/L' }),
        id: 'alb',
      }),
    );
    expect(facts).toEqual({});
    expect(unmapped).toEqual([
      {
        element: 'Bundle.entry[1].resource.valueQuantity',
        resource: 'Observation/alb',
        reason: 'unit "umol/L" is not one Consilium reads for albumin (UCUM g/dL, g/L)',
      },
    ]);
  });

  it('reports a converted value outside the range the facts accept', () => {
    // 900 µmol/L is 52.63 mg/dL, above the 50 mg/dL the case facts accept.
    const { facts, unmapped } = read(
      bundleOf(
        patient,
        lab(OBSERVATIONS.bilirubinMoles, { value: 900, system: SYSTEMS.ucum, code: 'umol/L' }),
      ),
    );
    expect(facts).toEqual({});
    expect(unmapped).toEqual([
      {
        element: 'Bundle.entry[1].resource.valueQuantity',
        resource: null,
        reason: 'bilirubin value 52.63 mg/dL is outside 0–50 mg/dL, the range Consilium accepts',
      },
    ]);
  });

  it('keeps the first of two values for one fact and reports the second', () => {
    const { facts, unmapped } = read(
      bundleOf(
        patient,
        lab(OBSERVATIONS.bilirubinMass, { value: 1.2, system: SYSTEMS.ucum, code: 'mg/dL' }),
        lab(OBSERVATIONS.bilirubinMoles, { value: 34.2, system: SYSTEMS.ucum, code: 'umol/L' }),
      ),
    );
    expect(facts).toEqual({ bilirubinMgDl: 1.2 });
    expect(unmapped).toEqual([
      {
        element: 'Bundle.entry[2].resource.valueQuantity',
        resource: null,
        reason: 'a second bilirubin value: the first, at Bundle.entry[1].resource.valueQuantity, is kept',
      },
    ]);
  });
});

describe('readCaseBundle: unknown-code.json (codes Consilium does not read)', () => {
  let result: CaseImport;
  beforeAll(() => {
    result = read(fixture('unknown-code.json'));
  });

  it('reports each unknown code with its element and maps nothing from it', () => {
    // LOINC 718-7 (haemoglobin) and SNOMED CT 77970009 (hypertensive heart disease), both from the
    // mCODE 4.0.0 examples, are not codes of terminology.ts.
    expect(result.unmapped).toEqual([
      {
        element: 'Bundle.entry[1].resource.code',
        resource: 'Observation/hb-1',
        reason: 'LOINC 718-7 is not a code Consilium reads',
      },
      {
        element: 'Bundle.entry[2].resource.code',
        resource: 'Condition/cond-hhd',
        reason: 'SNOMED CT 77970009 is not a code Consilium reads',
      },
    ]);
    // The Condition is not taken for a primary, nor its onset for a diagnosis date; ECOG still reads.
    expect(result.facts).toEqual({ ecog: 2 });
  });

  it('reports a code that only resembles one it reads (same code, other system)', () => {
    const { facts, unmapped } = read(
      bundleOf(patient, {
        resourceType: 'Procedure',
        status: 'completed',
        code: { coding: [{ system: SYSTEMS.loinc, code: MODALITIES.sbrt.code }] },
        subject: { reference: 'urn:uuid:00000000-0000-4000-8000-000000000000' },
      }),
    );
    expect(facts).toEqual({});
    expect(unmapped).toEqual([
      {
        element: 'Bundle.entry[1].resource.code',
        resource: null,
        reason: `LOINC ${MODALITIES.sbrt.code} is not a code Consilium reads`,
      },
    ]);
  });

  it('reports a resource type it does not read, and a resource about another patient', () => {
    const { facts, unmapped } = read(
      bundleOf(
        patient,
        { resourceType: 'Practitioner', id: 'dr-1', name: [{ family: 'Surgeon' }] },
        {
          ...lab(OBSERVATIONS.albumin, { value: 4, system: SYSTEMS.ucum, code: 'g/dL' }),
          subject: { reference: 'Patient/somebody-else' },
        },
      ),
    );
    expect(facts).toEqual({});
    expect(unmapped).toEqual([
      {
        element: 'Bundle.entry[1].resource',
        resource: 'Practitioner/dr-1',
        reason: 'Consilium does not read Practitioner resources',
      },
      {
        element: 'Bundle.entry[2].resource.subject',
        resource: null,
        reason: "refers to Patient/somebody-else, not the bundle's Patient: not read",
      },
    ]);
  });

  it('resolves a conditional reference to the Patient by its identifier', () => {
    const bundle = fixture('si-units.json');
    const conditional =
      'Patient?identifier=https%3A%2F%2Ffhir.st-aldric-hospital.example%2Fidentifier%2Fmrn%7CSA-0051177';
    (bundle.entry?.[1].resource as Observation).subject = { reference: conditional };
    (bundle.entry?.[2].resource as Observation).subject = {
      reference: 'Patient?identifier=https://other.example|SA-0051177',
    };
    const { facts, unmapped } = read(bundle);
    expect(facts).toEqual({ bilirubinMgDl: 1.17, inr: 1.1 });
    expect(unmapped.map((u) => u.element)).toEqual(['Bundle.entry[2].resource.subject']);
  });

  it('reads the "other" primary only from the exact text the export writes', () => {
    const condition = (text: string): Resource => ({
      resourceType: 'Condition',
      code: { text },
      subject: { reference: 'urn:uuid:00000000-0000-4000-8000-000000000000' },
    });
    expect(read(bundleOf(patient, condition(PRIMARY_CANCER.other.text))).facts).toEqual({
      primarySite: 'other',
    });
    const free = read(bundleOf(patient, condition('Cholangiocarcinoma')));
    expect(free.facts).toEqual({});
    expect(free.unmapped[0].reason).toBe(
      'not coded ("Cholangiocarcinoma"): Consilium reads coded elements only',
    );
  });
});

describe('readCaseBundle: malformed input is a FhirInputError naming the element', () => {
  it('refuses what is not a Bundle', () => {
    expect(inputError(() => read('{"resourceType":"Bundle"}')).problems).toEqual([
      { element: 'Bundle', problem: 'not a JSON object' },
    ]);
    expect(inputError(() => read(patient)).problems).toEqual([
      { element: 'Bundle.resourceType', problem: 'must be "Bundle", found "Patient"' },
    ]);
    expect(inputError(() => read({ ...bundleOf(patient), type: 'searchset' })).problems).toEqual([
      { element: 'Bundle.type', problem: 'must be "transaction" or "collection", found "searchset"' },
    ]);
  });

  it('names a birth date in the wrong format', () => {
    const bundle = fixture('pancreatic-missing-labs.json');
    (bundle.entry?.[0].resource as Patient).birthDate = '30/09/1951';
    expect(inputError(() => read(bundle)).problems).toEqual([
      { element: 'Bundle.entry[0].resource.birthDate', problem: 'Invalid date format' },
    ]);
  });

  it('names an unknown property, and every problem at once', () => {
    const bundle = fixture('colorectal-complete.json');
    Object.assign(bundle.entry?.[3].resource ?? {}, { segment: 7 });
    Object.assign(bundle.entry?.[7].resource ?? {}, { valueInteger: 'one' });
    expect(inputError(() => read(bundle)).problems).toEqual([
      { element: 'Bundle.entry[3].resource.segment', problem: 'Invalid additional property "segment"' },
      // medplum names a choice element by its choice: value[x].
      { element: 'Bundle.entry[7].resource.value[x]', problem: expect.stringMatching(/expected number/) },
    ]);
  });

  it('names a problem in the envelope, such as a transaction entry without its request', () => {
    const bundle = fixture('si-units.json');
    delete bundle.entry?.[1].request;
    const problems = inputError(() => read(bundle)).problems;
    expect(problems).toEqual([{ element: 'Bundle', problem: expect.stringMatching(/bdl-3/) }]);
  });

  it('refuses a bundle without a Patient, or with two', () => {
    const noPatient = fixture('si-units.json');
    noPatient.entry = noPatient.entry?.slice(1);
    expect(inputError(() => read(noPatient)).problems).toEqual([
      { element: 'Bundle.entry', problem: 'no Patient: a case bundle carries its patient' },
    ]);
    expect(inputError(() => read(bundleOf(patient, patient))).problems).toEqual([
      {
        element: 'Bundle.entry[1].resource',
        problem:
          'a second Patient (the first is Bundle.entry[0].resource): a case bundle carries one patient',
      },
    ]);
  });

  it('refuses a Patient without an identifier, or whose MRN cannot be told', () => {
    const bundle = fixture('unknown-code.json');
    delete (bundle.entry?.[0].resource as Patient).identifier;
    expect(inputError(() => read(bundle)).problems).toEqual([
      {
        element: 'Bundle.entry[0].resource.identifier',
        problem: 'missing: the patient is matched by an identifier (its MRN)',
      },
    ]);
    const two: Patient = {
      ...patient,
      identifier: [
        { system: 'https://a.example/id', value: '1' },
        { system: 'https://b.example/id', value: '2' },
      ],
    };
    expect(inputError(() => read(bundleOf(two))).problems[0]).toEqual({
      element: 'Bundle.entry[0].resource.identifier',
      problem: `none of the 2 identifiers has the system ${ST_ALDRIC_MRN} or the type MR: which is the MRN is unclear`,
    });
  });

  it('refuses a partial birth date and a gender outside the R4 value set', () => {
    const problems = inputError(() =>
      read(bundleOf({ ...patient, birthDate: '1970-03', gender: 'femme' as Patient['gender'] })),
    ).problems;
    expect(problems).toEqual([
      {
        element: 'Bundle.entry[0].resource.birthDate',
        problem: 'a full date (YYYY-MM-DD) is needed, found 1970-03',
      },
      {
        element: 'Bundle.entry[0].resource.gender',
        problem: '"femme" is not an R4 administrative gender (female, male, other, unknown)',
      },
    ]);
  });
});

describe('readCaseBundle reads back what caseBundle (export-case.ts) writes', () => {
  const exportOf = (facts: Partial<CaseFacts>) =>
    caseBundle({
      mrnSystem: ST_ALDRIC_MRN,
      patient: {
        id: 'p-1',
        mrn: 'SA-0000002',
        fullName: 'Round Trip',
        birthDate: '1962-05-05',
        sex: 'unknown',
      },
      boardCase: {
        id: 'c-1',
        createdAt: '2025-03-01T09:30:00.000Z',
        facts: { ...emptyCaseFacts(), ...facts },
      },
    });

  it.each<[string, Partial<CaseFacts>]>([
    ['a complete colorectal case', completeFacts()],
    [
      'pending markers, an "other" primary, fractional months',
      {
        primarySite: 'other',
        ras: 'pending',
        brafV600e: 'pending',
        msi: 'pending',
        priorTreatments: [{ modality: 'immunotherapy', regimen: null, months: 2.5, bestResponse: 'SD' }],
      },
    ],
  ])('%s: equal field by field, nothing unmapped', (_, facts) => {
    const source = { ...emptyCaseFacts(), ...facts };
    const result = read(exportOf(facts));
    expect(result.patient).toEqual({
      identifier: { system: ST_ALDRIC_MRN, value: 'SA-0000002' },
      fullName: 'Round Trip',
      birthDate: '1962-05-05',
      sex: 'unknown',
    });
    expect(result.unmapped).toEqual([]);
    expect({ ...emptyCaseFacts(), ...result.facts }).toEqual(source);
  });
});

describe('convertQuantity (units.ts)', () => {
  it('converts by the UCUM code, or by the unit text alone when there is no system', () => {
    expect(convertQuantity('bilirubin', { value: 34.2, system: SYSTEMS.ucum, code: 'umol/L' })).toEqual({
      ok: true,
      value: 2,
    });
    expect(convertQuantity('bilirubin', { value: 34.2, unit: 'µmol/L' })).toEqual({ ok: true, value: 2 });
    expect(convertQuantity('albumin', { value: 41, system: SYSTEMS.ucum, code: 'g/L' })).toEqual({
      ok: true,
      value: 4.1,
    });
    expect(convertQuantity('lesionDiameter', { value: 2.35, system: SYSTEMS.ucum, code: 'cm' })).toEqual({
      ok: true,
      value: 23.5,
    });
    expect(convertQuantity('inr', { value: 1.234, system: SYSTEMS.ucum, code: '1' })).toEqual({
      ok: true,
      value: 1.23,
    });
  });

  it('rounds as the decimal reads, to the places the case facts accept', () => {
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(20 / 17.1, 2)).toBe(1.17);
    expect(round(18.449, 1)).toBe(18.4);
  });

  it('converts nothing it cannot place: a code without its system, another unit system, no unit for a lab', () => {
    expect(convertQuantity('albumin', { value: 4, code: 'g/dL' })).toMatchObject({ ok: false });
    expect(
      convertQuantity('albumin', { value: 4, system: 'http://local.example/units', code: 'g/dL' }),
    ).toEqual({
      ok: false,
      reason:
        'unit "g/dL" (http://local.example/units) is not one Consilium reads for albumin (UCUM g/dL, g/L)',
    });
    expect(convertQuantity('bilirubin', { value: 1 })).toEqual({
      ok: false,
      reason: 'bilirubin without a unit (Consilium reads UCUM mg/dL, umol/L)',
    });
  });
});
