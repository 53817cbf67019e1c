import type {
  Bundle,
  CarePlan,
  CarePlanActivity,
  Condition,
  DocumentReference,
  Patient,
  Practitioner,
  Provenance,
  Reference,
  Resource,
} from '@medplum/fhirtypes';

import { caseBundle, caseResourceId, coding, concept, nameUuid } from './export-case';
import type { CaseExportInput, FhirPractitionerInput, RecommendationExportInput } from './model';
import {
  CONSILIUM_FHIR_BASE,
  EXTENSIONS,
  MODALITIES,
  PLAN_INTENTS_CODES,
  PLAN_STEP_VERDICTS,
  RECOMMENDATION_CODES,
  VOTE_CODES,
} from './terminology';

// The board's adopted plan going back into the chart (docs/adr/0018-fhir-exchange.md): a `collection`
// with the case's Patient and Conditions (the same ids as the case's export), a Practitioner per
// person named, the plan as a CarePlan (intent `proposal`: the board advises, the treating physician
// decides), the votes as a Provenance of the CarePlan, and the signed letter as a DocumentReference
// to its PDF once it exists. None of these claims an mCODE profile: mCODE has none for a plan.


/** What was done with the plan, as the CarePlan's status: advice not yet acted on is `active`. */
const STATUS: Record<NonNullable<RecommendationExportInput['followUp']> | 'none', CarePlan['status']> = {
  none: 'active',
  implemented: 'completed',
  partially_implemented: 'completed',
  not_implemented: 'revoked',
};

export function recommendationBundle(caseInput: CaseExportInput, input: RecommendationExportInput): Bundle {
  const caseId = caseInput.boardCase.id;
  const idOf = (part: string) => caseResourceId(caseId, `recommendation/${part}`);
  const ref = <T extends Resource>(resource: T): Reference<T> => ({ reference: `urn:uuid:${resource.id}` });

  // The patient and the conditions the plan addresses, exactly as the case's own export has them.
  const caseResources = (caseBundle(caseInput).entry ?? [])
    .map((entry) => entry.resource as Resource)
    .filter((r): r is Patient | Condition => r.resourceType === 'Patient' || r.resourceType === 'Condition');
  const patient = caseResources.find((r): r is Patient => r.resourceType === 'Patient') as Patient;
  const conditions = caseResources.filter((r): r is Condition => r.resourceType === 'Condition');

  const practitioners = new Map<string, Practitioner>();
  const practitioner = (person: FhirPractitionerInput): Reference<Practitioner> => {
    let resource = practitioners.get(person.id);
    if (!resource) {
      resource = {
        resourceType: 'Practitioner',
        id: nameUuid(`${CONSILIUM_FHIR_BASE}/specialist/${person.id}`),
        identifier: [{ system: `${CONSILIUM_FHIR_BASE}/identifier/specialist`, value: person.id }],
        name: [{ text: person.fullName }],
        qualification: [{ code: { text: person.discipline } }],
      };
      practitioners.set(person.id, resource);
    }
    return { ...ref(resource), display: person.fullName };
  };

  const chair = practitioner(input.chair);
  const dissent = input.votes.filter((v) => v.vote === 'reject' && v.comment);
  const carePlan: CarePlan = {
    resourceType: 'CarePlan',
    id: idOf('care-plan'),
    identifier: [{ system: `${CONSILIUM_FHIR_BASE}/identifier/recommendation`, value: input.id }],
    status: STATUS[input.followUp ?? 'none'],
    intent: 'proposal',
    category: [concept(RECOMMENDATION_CODES.boardRecommendation), concept(PLAN_INTENTS_CODES[input.intent])],
    title: 'Tumour board recommendation',
    subject: ref(patient),
    created: input.adoptedAt,
    author: chair,
    addresses: conditions.map(ref),
    activity: [...input.steps]
      .sort((a, b) => a.position - b.position)
      .map((step): CarePlanActivity => {
        const modality = MODALITIES[step.modality];
        const segments = step.targetLesions.length > 0 ? ` (segments ${step.targetLesions.join(', ')})` : '';
        return {
          extension: [
            { url: EXTENSIONS.planStepVerdict, valueCoding: coding(PLAN_STEP_VERDICTS[step.verdict]) },
            ...(step.overrideJustification
              ? [{ url: EXTENSIONS.overrideJustification, valueString: step.overrideJustification }]
              : []),
          ],
          detail: {
            kind:
              step.modality === 'systemic_chemotherapy' || step.agent
                ? 'MedicationRequest'
                : 'ServiceRequest',
            code: concept(modality),
            status: 'not-started',
            description: `Step ${step.position}: ${modality.display}${step.agent ? `, ${step.agent}` : ''}${segments}`,
            ...(step.agent ? { productCodeableConcept: { text: step.agent } } : {}),
          },
        };
      }),
    note: [
      { text: `Rationale: ${input.rationale}` },
      ...dissent.map((v) => ({
        authorReference: practitioner(v.voter),
        time: v.castAt,
        text: `Dissent (${v.voter.fullName}, ${v.voter.discipline}): ${v.comment}`,
      })),
      { text: input.advisory },
    ],
  };

  const provenance: Provenance = {
    resourceType: 'Provenance',
    id: idOf('votes'),
    target: [ref(carePlan)],
    recorded: input.adoptedAt,
    agent: [
      { type: concept(RECOMMENDATION_CODES.chair), who: chair },
      ...input.votes.map((v) => ({ type: concept(VOTE_CODES[v.vote]), who: practitioner(v.voter) })),
    ],
  };

  const letter: DocumentReference | null = input.letter && {
    resourceType: 'DocumentReference',
    id: idOf('letter'),
    // The hash of the canonical content the chair signed (docs/adr/0015), not of the PDF's bytes.
    identifier: [
      { system: `${CONSILIUM_FHIR_BASE}/identifier/letter-content-sha256`, value: input.letter.contentHash },
    ],
    status: 'current',
    docStatus: 'final',
    type: concept(RECOMMENDATION_CODES.boardRecommendation),
    subject: ref(patient),
    date: input.letter.signedAt,
    author: [practitioner(input.letter.signer)],
    authenticator: practitioner(input.letter.signer),
    description: "The board's signed letter to the treating physician",
    content: [
      {
        attachment: {
          contentType: 'application/pdf',
          url: input.letter.url,
          title: `recommendation-${caseId}.pdf`,
          creation: input.letter.signedAt,
        },
      },
    ],
    context: { related: [ref(carePlan)] },
  };

  const resources: Resource[] = [
    patient,
    ...conditions,
    ...practitioners.values(),
    carePlan,
    provenance,
    ...(letter ? [letter] : []),
  ];
  return {
    resourceType: 'Bundle',
    id: idOf('bundle'),
    type: 'collection',
    timestamp: input.letter?.signedAt ?? input.adoptedAt,
    entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${resource.id}`, resource })),
  };
}
