import { evalFhirPath } from '@medplum/core';
import type { Bundle, CarePlan, Condition, Resource } from '@medplum/fhirtypes';

import { emptyCaseFacts } from '@consilium/domain';

import { caseBundle } from './export-case';
import { recommendationBundle } from './export-recommendation';
import type { CaseExportInput, RecommendationExportInput } from './model';
import { CONSILIUM_CODE_SYSTEM, EXTENSIONS } from './terminology';
import { validationErrors } from './testing/profiles';

// Fixtures written for the tests, never real patient data.
const CASE: CaseExportInput = {
  mrnSystem: 'https://hospital.example.org/fhir/mrn',
  patient: {
    id: '0b5e3f38-8a8e-4f5e-9d7a-1f2b3c4d5e6f',
    mrn: 'MRN-0042',
    fullName: 'Ana María López',
    birthDate: '1961-04-02',
    sex: 'female',
  },
  boardCase: {
    id: 'c0ffee00-0000-4000-8000-000000000001',
    createdAt: '2026-10-01T09:30:00.000Z',
    facts: {
      ...emptyCaseFacts(),
      primarySite: 'colon',
      primarySide: 'left',
      lesions: [{ segment: 7, diameterMm: 24 }],
    },
  },
};
const surgeon = {
  id: 'a1a1a1a1-0000-4000-8000-000000000001',
  fullName: 'Dr. Pau Serra',
  discipline: 'Surgery',
};
const radiologist = {
  id: 'a1a1a1a1-0000-4000-8000-000000000002',
  fullName: 'Dr. Inés Vidal',
  discipline: 'Interventional radiology',
};
const RECOMMENDATION: RecommendationExportInput = {
  id: 'feed0000-0000-4000-8000-000000000001',
  adoptedAt: '2026-11-20T10:15:00.000Z',
  intent: 'curative',
  rationale: 'Single segment 7 lesion, adequate remnant: resection after chemotherapy.',
  advisory: 'The board advises; the treating physician decides with the patient.',
  steps: [
    {
      position: 2,
      modality: 'surgical_resection',
      agent: null,
      verdict: 'caution',
      overrideJustification: null,
      targetLesions: [7],
    },
    {
      position: 1,
      modality: 'targeted_therapy',
      agent: 'bevacizumab',
      verdict: 'contraindicated',
      overrideJustification: 'Surgery planned beyond the washout window.',
      targetLesions: [],
    },
  ],
  chair: surgeon,
  votes: [
    { voter: surgeon, vote: 'approve', comment: null, castAt: '2026-11-20T10:10:00.000Z' },
    {
      voter: radiologist,
      vote: 'reject',
      comment: 'Ablation would spare the parenchyma.',
      castAt: '2026-11-20T10:11:00.000Z',
    },
  ],
  followUp: null,
  letter: null,
};

const resources = (bundle: Bundle) => (bundle.entry ?? []).map((e) => e.resource as Resource);
const one = <T extends Resource>(bundle: Bundle, type: T['resourceType']) =>
  resources(bundle).find((r) => r.resourceType === type) as T;

describe('recommendationBundle', () => {
  const bundle = recommendationBundle(CASE, RECOMMENDATION);

  it('is a collection whose every resource validates against base R4', () => {
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(resources(bundle).map((r) => r.resourceType)).toEqual([
      'Patient',
      'Condition',
      'Condition',
      'Practitioner',
      'Practitioner',
      'CarePlan',
      'Provenance',
    ]);
    for (const resource of resources(bundle)) {
      expect({ type: resource.resourceType, errors: validationErrors(resource) }).toEqual({
        type: resource.resourceType,
        errors: [],
      });
    }
  });

  it('addresses the conditions of the case export, by the same ids', () => {
    const caseIds = resources(caseBundle(CASE))
      .filter((r): r is Condition => r.resourceType === 'Condition')
      .map((c) => `urn:uuid:${c.id}`);
    expect(one<CarePlan>(bundle, 'CarePlan').addresses?.map((a) => a.reference)).toEqual(caseIds);
  });

  it('is a proposal by the chair, at adoption, one activity per step in order, verdicts and overrides kept', () => {
    const plan = one<CarePlan>(bundle, 'CarePlan');
    expect(plan).toMatchObject({ intent: 'proposal', status: 'active', created: '2026-11-20T10:15:00.000Z' });
    expect(plan.author?.display).toBe('Dr. Pau Serra');
    expect(evalFhirPath('activity.detail.code.coding.code', plan)).toEqual([
      'targeted-therapy',
      'surgical-resection',
    ]);
    expect(evalFhirPath('activity.detail.productCodeableConcept.text', plan)).toEqual(['bevacizumab']);
    expect(
      evalFhirPath(`activity.extension.where(url = '${EXTENSIONS.planStepVerdict}').value.code`, plan),
    ).toEqual(['verdict-contraindicated', 'verdict-caution']);
    expect(
      evalFhirPath(`activity.extension.where(url = '${EXTENSIONS.overrideJustification}').value`, plan),
    ).toEqual(['Surgery planned beyond the washout window.']);
    expect(evalFhirPath('category.coding.code', plan)).toEqual([
      'tumour-board-recommendation',
      'plan-intent-curative',
    ]);
  });

  it('keeps the rationale, every dissenting comment with its author, and the advisory statement as notes', () => {
    const notes = one<CarePlan>(bundle, 'CarePlan').note ?? [];
    expect(notes.map((n) => n.text)).toEqual([
      'Rationale: Single segment 7 lesion, adequate remnant: resection after chemotherapy.',
      'Dissent (Dr. Inés Vidal, Interventional radiology): Ablation would spare the parenchyma.',
      'The board advises; the treating physician decides with the patient.',
    ]);
    expect(notes[1].authorReference?.display).toBe('Dr. Inés Vidal');
  });

  it('records the votes as a Provenance of the CarePlan: the chair and one agent per voter', () => {
    const provenance = one(bundle, 'Provenance');
    expect(evalFhirPath('target.reference', provenance)).toEqual([`urn:uuid:${one(bundle, 'CarePlan').id}`]);
    expect(evalFhirPath("agent.select(type.coding.code & ' ' & who.display)", provenance)).toEqual([
      'board-chair Dr. Pau Serra',
      'vote-approve Dr. Pau Serra',
      'vote-reject Dr. Inés Vidal',
    ]);
    expect(evalFhirPath('agent.type.coding.system', provenance)).toEqual([
      CONSILIUM_CODE_SYSTEM,
      CONSILIUM_CODE_SYSTEM,
      CONSILIUM_CODE_SYSTEM,
    ]);
  });

  it('follows the follow-up: completed when implemented, revoked when not', () => {
    expect(
      one<CarePlan>(recommendationBundle(CASE, { ...RECOMMENDATION, followUp: 'implemented' }), 'CarePlan')
        .status,
    ).toBe('completed');
    expect(
      one<CarePlan>(
        recommendationBundle(CASE, { ...RECOMMENDATION, followUp: 'not_implemented' }),
        'CarePlan',
      ).status,
    ).toBe('revoked');
  });

  it('adds the signed letter as a DocumentReference to its PDF, with the signed content hash', () => {
    const signed = recommendationBundle(CASE, {
      ...RECOMMENDATION,
      letter: {
        signedAt: '2026-11-21T08:00:00.000Z',
        signer: surgeon,
        contentHash: 'ab'.repeat(32),
        url: `https://consilium.hospital.example/api/cases/${CASE.boardCase.id}/recommendation.pdf`,
      },
    });
    const letter = one(signed, 'DocumentReference');
    expect(validationErrors(letter)).toEqual([]);
    expect(letter).toMatchObject({
      status: 'current',
      docStatus: 'final',
      date: '2026-11-21T08:00:00.000Z',
      content: [
        {
          attachment: { contentType: 'application/pdf', url: expect.stringMatching(/recommendation\.pdf$/) },
        },
      ],
      context: { related: [{ reference: `urn:uuid:${one(signed, 'CarePlan').id}` }] },
    });
    expect(evalFhirPath('identifier.value', letter)).toEqual(['ab'.repeat(32)]);
    expect(resources(bundle).some((r) => r.resourceType === 'DocumentReference')).toBe(false);
  });

  it('exports the same bundle for the same input', () => {
    expect(recommendationBundle(CASE, RECOMMENDATION)).toEqual(bundle);
  });
});
