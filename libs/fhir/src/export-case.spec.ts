import { evalFhirPath } from '@medplum/core';
import type { Bundle, Resource } from '@medplum/fhirtypes';

import { type CaseFacts, emptyCaseFacts } from '@consilium/domain';

import { caseBundle } from './export-case';
import type { CaseExportInput } from './model';
import { EXTENSIONS, MCODE_PROFILES } from './terminology';
import { mcodeProfileUrls, validationErrors } from './testing/profiles';

// Fixtures written for the tests, never real patient data.
const PATIENT_ID = '0b5e3f38-8a8e-4f5e-9d7a-1f2b3c4d5e6f';
const CASE_ID = 'c0ffee00-0000-4000-8000-000000000001';

function buildInput(
  facts: Partial<CaseFacts> = {},
  overrides: Partial<CaseExportInput['patient']> = {},
): CaseExportInput {
  return {
    mrnSystem: 'https://hospital.example.org/fhir/mrn',
    patient: {
      id: PATIENT_ID,
      mrn: 'MRN-0042',
      fullName: 'Ana María López',
      birthDate: '1961-04-02',
      sex: 'female',
      ...overrides,
    },
    boardCase: {
      id: CASE_ID,
      createdAt: '2025-03-01T09:30:00.000Z',
      facts: { ...emptyCaseFacts(), ...facts },
    },
  };
}

const COMPLETE_COLORECTAL: Partial<CaseFacts> = {
  primarySite: 'colon',
  primarySide: 'left',
  histology: 'Adenocarcinoma, moderately differentiated',
  diagnosisDate: '2024-11-05',
  ras: 'wild_type',
  brafV600e: 'pending',
  msi: 'mss',
  pdl1Percent: 5,
  lesions: [
    { segment: 7, diameterMm: 32 },
    { segment: 4, diameterMm: 12 },
  ],
  bilobar: true,
  extrahepaticDisease: 'none',
  bilirubinMgDl: 0.8,
  albuminGDl: 4.1,
  inr: 1.1,
  childPugh: 'A',
  cirrhosisOrFibrosis: false,
  futureLiverRemnantPercent: 35,
  ecog: 1,
  comorbidities: ['Type 2 diabetes', 'Hypertension'],
  priorTreatments: [
    { modality: 'systemic_chemotherapy', regimen: 'FOLFOX', months: 6, bestResponse: 'PR' },
    { modality: 'radiofrequency_ablation', regimen: null, months: null, bestResponse: null },
  ],
  latestImagingDate: '2025-02-20',
  plannedSurgeryDate: '2025-04-10',
  questionForBoard: 'Upfront resection of both lesions, or ablation of segment 4?',
};

const resources = (bundle: Bundle): Resource[] =>
  (bundle.entry ?? []).map((entry) => entry.resource as Resource);

/** Every `reference` string anywhere under `value`. */
function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'reference' && typeof inner === 'string' ? [inner] : referencesIn(inner),
  );
}
const path = (expression: string, bundle: Bundle) => evalFhirPath(expression, bundle);
const observationCoded = (code: string) =>
  `Bundle.entry.resource.ofType(Observation).where(code.coding.where(code = '${code}').exists())`;

describe('caseBundle: a complete colorectal case', () => {
  const bundle = caseBundle(buildInput(COMPLETE_COLORECTAL));

  it('is a collection bundle whose every resource is valid base R4 and valid against the mCODE profile it claims', () => {
    expect(bundle.type).toBe('collection');
    expect(validationErrors(bundle)).toEqual([]);
    for (const resource of resources(bundle)) {
      expect({
        resource: `${resource.resourceType}/${resource.id}`,
        errors: validationErrors(resource),
      }).toEqual({
        resource: `${resource.resourceType}/${resource.id}`,
        errors: [],
      });
    }
  });

  it('claims exactly the profiles it passes, each one a committed mCODE StructureDefinition', () => {
    const claims = resources(bundle).map((resource) => [resource.resourceType, resource.meta?.profile ?? []]);
    expect(claims).toEqual([
      ['Patient', [MCODE_PROFILES.cancerPatient]],
      ['Condition', [MCODE_PROFILES.primaryCancerCondition]],
      ['Condition', [MCODE_PROFILES.secondaryCancerCondition]],
      ['BodyStructure', []],
      ['Observation', [MCODE_PROFILES.tumorSize]],
      ['BodyStructure', []],
      ['Observation', [MCODE_PROFILES.tumorSize]],
      ['Observation', [MCODE_PROFILES.ecogPerformanceStatus]],
      ['Observation', [MCODE_PROFILES.tumorMarkerTest]], // RAS
      ['Observation', []], // BRAF pending
      ['Observation', [MCODE_PROFILES.tumorMarkerTest]], // MSI
      ...Array.from({ length: 13 }, () => ['Observation', []]), // PD-L1, labs, liver facts, dates, comorbidities
      ['Procedure', []],
      ['Procedure', []],
      ['ServiceRequest', []],
    ]);
    const committed = mcodeProfileUrls();
    for (const [, profiles] of claims) for (const url of profiles) expect(committed).toContain(url);
  });

  it('claims nothing where the profile would fail: a pending marker has no value, a lesion cannot be proved a Tumor', () => {
    const pending = resources(bundle).find(
      (resource) => resource.id === path(`${observationCoded('braf-v600e')}.id`, bundle)[0],
    );
    expect(
      validationErrors({ ...(pending as Resource), meta: { profile: [MCODE_PROFILES.tumorMarkerTest] } }),
    ).toEqual(
      expect.arrayContaining([expect.stringContaining('Observation.value[x]: Missing required property')]),
    );
    // @medplum/core 4.5 cannot match Tumor's identifier slice (mCODE's own Tumor example fails the same way),
    // and Tumor's locationQualifier binding is required while the Couinaud segment is a local code.
    const tumor = resources(bundle).find((resource) => resource.resourceType === 'BodyStructure') as Resource;
    expect(validationErrors({ ...tumor, meta: { profile: [MCODE_PROFILES.tumor] } })).toEqual([
      expect.stringContaining("slice 'bodyStructureIdentifier'"),
    ]);
  });

  it('gives every resource a urn:uuid fullUrl equal to its id, and every reference points into the bundle', () => {
    const fullUrls = (bundle.entry ?? []).map((entry) => entry.fullUrl);
    for (const entry of bundle.entry ?? []) expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource?.id}`);
    expect(new Set(fullUrls).size).toBe(fullUrls.length);
    const references = referencesIn(resources(bundle));
    expect(references.length).toBeGreaterThan(30);
    for (const reference of references) expect(fullUrls).toContain(reference);
  });

  it('writes the patient with the MRN system, the name split into given and family, and the gender', () => {
    expect(
      path("Bundle.entry.resource.ofType(Patient).identifier.where(type.coding.code = 'MR')", bundle),
    ).toEqual([
      {
        type: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/v2-0203',
              code: 'MR',
              display: 'Medical Record Number',
            },
          ],
        },
        system: 'https://hospital.example.org/fhir/mrn',
        value: 'MRN-0042',
      },
    ]);
    expect(path('Bundle.entry.resource.ofType(Patient).name', bundle)).toEqual([
      { text: 'Ana María López', family: 'María López', given: ['Ana'] },
    ]);
    expect(path('Bundle.entry.resource.ofType(Patient).id', bundle)).toEqual([PATIENT_ID]);
    expect(path('Bundle.entry.resource.ofType(Patient).select(gender & birthDate)', bundle)).toEqual([
      'female1961-04-02',
    ]);
  });

  it('codes the liver metastases as SNOMED CT 94381002 and ICD-10-CM C78.7, in the liver, related to the primary', () => {
    const metastases =
      "Bundle.entry.resource.ofType(Condition).where(code.coding.where(system = 'http://snomed.info/sct' and code = '94381002').exists())";
    expect(
      path(`${metastases}.code.coding.where(system = 'http://hl7.org/fhir/sid/icd-10-cm').code`, bundle),
    ).toEqual(['C78.7']);
    expect(path(`${metastases}.bodySite.coding.code`, bundle)).toEqual(['10200004']);
    const primaryUrl = path(
      "Bundle.entry.where(resource.meta.profile contains 'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-primary-cancer-condition').fullUrl",
      bundle,
    );
    expect(primaryUrl).toHaveLength(1);
    expect(
      path(`${metastases}.extension.where(url = '${EXTENSIONS.conditionRelated}').value.reference`, bundle),
    ).toEqual(primaryUrl);
  });

  it('codes the primary by site (SNOMED CT 363406005, ICD-10-CM C18.9), with the side as laterality, the histology and the diagnosis date', () => {
    const primary =
      "Bundle.entry.resource.ofType(Condition).where(code.coding.where(code = 'C18.9').exists())";
    expect(path(`${primary}.code.coding.select(system & '|' & code)`, bundle)).toEqual([
      'http://snomed.info/sct|363406005',
      'http://hl7.org/fhir/sid/icd-10-cm|C18.9',
    ]);
    expect(path(`${primary}.bodySite.coding.code`, bundle)).toEqual(['71854001']);
    expect(
      path(
        `${primary}.bodySite.extension.where(url = '${EXTENSIONS.lateralityQualifier}').value.coding.code`,
        bundle,
      ),
    ).toEqual(['7771000']);
    expect(
      path(
        `${primary}.extension.where(url = '${EXTENSIONS.histologyMorphologyBehavior}').value.text`,
        bundle,
      ),
    ).toEqual(['Adenocarcinoma, moderately differentiated']);
    expect(path(`${primary}.onset`, bundle)).toEqual(['2024-11-05']);
    expect(
      path(`${primary}.select(clinicalStatus.coding.code & verificationStatus.coding.code)`, bundle),
    ).toEqual(['activeconfirmed']);
  });

  it('writes each lesion as a Tumor-like BodyStructure in its Couinaud segment and a size in mm (LOINC 21889-1 / 33728-7)', () => {
    const sizes = `${observationCoded('21889-1')}`;
    expect(path(`${sizes}.component.where(code.coding.code = '33728-7').value`, bundle)).toEqual([
      { value: 32, unit: 'mm', system: 'http://unitsofmeasure.org', code: 'mm' },
      { value: 12, unit: 'mm', system: 'http://unitsofmeasure.org', code: 'mm' },
    ]);
    const focus = path(`${sizes}.focus.reference`, bundle);
    const segments = focus.map((url) =>
      path(
        `Bundle.entry.where(fullUrl = '${url}').resource.ofType(BodyStructure).locationQualifier.coding.code`,
        bundle,
      ),
    );
    expect(segments).toEqual([['couinaud-7'], ['couinaud-4']]);
    expect(path('Bundle.entry.resource.ofType(BodyStructure).location.coding.code', bundle)).toEqual([
      '10200004',
      '10200004',
    ]);
  });

  it('writes ECOG (LOINC 89247-1) as valueInteger, as the profile types it, with no coded answer', () => {
    // FHIRPath's `value` does not tell the choice types apart: look at the JSON itself.
    const [ecog] = path(observationCoded('89247-1'), bundle) as Record<string, unknown>[];
    expect(ecog).toMatchObject({ status: 'final', valueInteger: 1 });
    expect(Object.keys(ecog).filter((key) => key.startsWith('value'))).toEqual(['valueInteger']);
  });

  it('writes the markers with their LOINC codes; a pending marker is registered and has no value', () => {
    expect(path(`${observationCoded('81420-2')}.select(status & value.coding.code)`, bundle)).toEqual([
      'final260415000',
    ]);
    expect(path(`${observationCoded('81695-9')}.select(status & value.coding.code)`, bundle)).toEqual([
      'finalmss',
    ]);
    expect(path(`${observationCoded('braf-v600e')}.status`, bundle)).toEqual(['registered']);
    expect(path(`${observationCoded('braf-v600e')}.value`, bundle)).toEqual([]);
    expect(path(`${observationCoded('81420-2')}.category.coding.code`, bundle)).toEqual(['laboratory']);
  });

  it('writes the labs with their LOINC codes and UCUM units', () => {
    const ucum = (value: number, code: string, unit = code) => [
      { value, unit, system: 'http://unitsofmeasure.org', code },
    ];
    expect(path(`${observationCoded('1975-2')}.value`, bundle)).toEqual(ucum(0.8, 'mg/dL'));
    expect(path(`${observationCoded('1751-7')}.value`, bundle)).toEqual(ucum(4.1, 'g/dL'));
    expect(path(`${observationCoded('6301-6')}.value`, bundle)).toEqual(ucum(1.1, '{INR}', 'INR'));
    expect(path(`${observationCoded('pdl1-percent')}.value`, bundle)).toEqual(ucum(5, '%'));
    expect(path(`${observationCoded('future-liver-remnant')}.value`, bundle)).toEqual(ucum(35, '%'));
  });

  it('writes the liver facts, dates and comorbidities with the local codes and plain FHIR types', () => {
    expect(path(`${observationCoded('bilobar-liver-disease')}.value`, bundle)).toEqual([true]);
    expect(path(`${observationCoded('cirrhosis-or-fibrosis')}.value`, bundle)).toEqual([false]);
    expect(path(`${observationCoded('extrahepatic-disease')}.value.coding.code`, bundle)).toEqual([
      'extrahepatic-none',
    ]);
    expect(path(`${observationCoded('child-pugh-class')}.value.coding.code`, bundle)).toEqual([
      'child-pugh-a',
    ]);
    expect(path(`${observationCoded('latest-imaging-date')}.value`, bundle)).toEqual(['2025-02-20']);
    expect(path(`${observationCoded('planned-surgery-date')}.value`, bundle)).toEqual(['2025-04-10']);
    expect(path(`${observationCoded('comorbidity')}.value`, bundle)).toEqual([
      'Type 2 diabetes',
      'Hypertension',
    ]);
  });

  it('writes prior treatments as completed Procedures: modality, regimen, months and best response', () => {
    const procedures = 'Bundle.entry.resource.ofType(Procedure)';
    expect(path(`${procedures}.status`, bundle)).toEqual(['completed', 'completed']);
    expect(path(`${procedures}.code.coding.code`, bundle)).toEqual(['367336001', 'radiofrequency-ablation']);
    expect(path(`${procedures}.usedCode.text`, bundle)).toEqual(['FOLFOX']);
    expect(
      path(`${procedures}.extension.where(url = '${EXTENSIONS.treatmentMonths}').value`, bundle),
    ).toEqual([6]);
    expect(path(`${procedures}.outcome.coding.code`, bundle)).toEqual(['recist-pr']);
  });

  it("writes the board's question as an active ServiceRequest for tumour board review with the question as note", () => {
    const request = 'Bundle.entry.resource.ofType(ServiceRequest)';
    expect(path(`${request}.select(status & intent & code.coding.code)`, bundle)).toEqual([
      'activeordertumour-board-review',
    ]);
    expect(path(`${request}.note.text`, bundle)).toEqual([COMPLETE_COLORECTAL.questionForBoard]);
    expect(path(`${request}.authoredOn`, bundle)).toEqual(['2025-03-01T09:30:00.000Z']);
    expect(path(`${request}.reasonReference.reference`, bundle)).toEqual(
      path('Bundle.entry.where(resource is Condition).fullUrl', bundle),
    );
  });
});

describe('caseBundle: a case with few facts', () => {
  it('exports only what it has: the patient, the liver metastases and the recorded facts', () => {
    const bundle = caseBundle(
      buildInput({ ecog: 2, ras: 'pending' }, { fullName: 'Madonna', sex: 'unknown' }),
    );
    expect(resources(bundle).map((resource) => resource.resourceType)).toEqual([
      'Patient',
      'Condition',
      'Observation',
      'Observation',
    ]);
    expect(path('Bundle.entry.resource.ofType(Condition).code.coding.code', bundle)).toEqual([
      '94381002',
      'C78.7',
    ]);
    expect(path('Bundle.entry.resource.ofType(Condition).extension', bundle)).toEqual([]);
    expect(path(`${observationCoded('81420-2')}.status`, bundle)).toEqual(['registered']);
    expect(path(`${observationCoded('81420-2')}.value`, bundle)).toEqual([]);
    expect(path('Bundle.entry.resource.ofType(Patient).name', bundle)).toEqual([
      { text: 'Madonna', family: 'Madonna' },
    ]);
    expect(path('Bundle.entry.resource.ofType(Patient).gender', bundle)).toEqual(['unknown']);
    for (const resource of resources(bundle)) expect(validationErrors(resource)).toEqual([]);
  });

  it('writes a primary of another site by text only, with no body site, and a right-sided rectal primary by its codes', () => {
    const other = caseBundle(buildInput({ primarySite: 'other', histology: null }));
    expect(path('Bundle.entry.resource.ofType(Condition).first().code', other)).toEqual([
      { text: 'Primary cancer, other site' },
    ]);
    expect(path('Bundle.entry.resource.ofType(Condition).first().bodySite', other)).toEqual([]);

    const rectum = caseBundle(buildInput({ primarySite: 'rectum', primarySide: 'right' }));
    const primary = 'Bundle.entry.resource.ofType(Condition).first()';
    expect(path(`${primary}.code.coding.code`, rectum)).toEqual(['363351006', 'C20']);
    expect(path(`${primary}.bodySite.select(coding.code & extension.value.coding.code)`, rectum)).toEqual([
      '3440200924028007',
    ]);
    for (const resource of [...resources(other), ...resources(rectum)])
      expect(validationErrors(resource)).toEqual([]);
  });
});

describe('caseBundle: stable ids', () => {
  it('exports the same bundle, ids included, for the same input', () => {
    expect(caseBundle(buildInput(COMPLETE_COLORECTAL))).toEqual(caseBundle(buildInput(COMPLETE_COLORECTAL)));
  });

  it('derives name-based (version 5) UUIDs from the case, so another case gets other ids', () => {
    const bundle = caseBundle(buildInput(COMPLETE_COLORECTAL));
    const ids = resources(bundle).map((resource) => resource.id);
    expect(ids[0]).toBe(PATIENT_ID);
    for (const id of ids.slice(1))
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // RFC 4122 v5 in the URL namespace of `<CONSILIUM_FHIR_BASE>/case/<case id>/<part>`, as Python's
    // uuid.uuid5(uuid.NAMESPACE_URL, ...) computes it.
    expect(path(`${observationCoded('89247-1')}.id`, bundle)).toEqual([
      'e7849701-717c-5156-8a82-9e5ba8869218',
    ]);
    expect(
      path(
        "Bundle.entry.resource.ofType(Condition).where(code.coding.where(code = 'C78.7').exists()).id",
        bundle,
      ),
    ).toEqual(['bd2b710a-45de-5d04-8e58-37b06cebff94']);
    const other = buildInput(COMPLETE_COLORECTAL);
    other.boardCase.id = 'c0ffee00-0000-4000-8000-000000000002';
    const otherIds = resources(caseBundle(other)).map((resource) => resource.id);
    // The patient keeps Consilium's id; everything the case says is the case's own.
    expect(otherIds[0]).toBe(ids[0]);
    expect(otherIds.slice(1).filter((id) => ids.includes(id))).toEqual([]);
  });
});
