import type { CaseFacts, FollowUpStatus, ModalityCode, Vote } from '@consilium/domain';

// What the FHIR mapping reads and returns (docs/adr/0018-fhir-exchange.md). Pure data: the API
// loads it from the database, the mapping turns it into FHIR R4 resources and back.

export type FhirPatientSex = 'female' | 'male' | 'other' | 'unknown';

export interface FhirPatientInput {
  /** Consilium's id: the resource id of the exported Patient. */
  id: string;
  mrn: string;
  fullName: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: FhirPatientSex;
}

/** Everything `GET /api/cases/:id/fhir` exports. */
export interface CaseExportInput {
  /** The institution's identifier system for MRNs (institution setting `mrnSystem`), a URI. */
  mrnSystem: string;
  patient: FhirPatientInput;
  boardCase: {
    id: string;
    /** ISO date-time the case was created (the ServiceRequest's authoredOn). */
    createdAt: string;
    facts: CaseFacts;
  };
}

/** Where in the bundle an element could not be mapped, and why (shown to the clinician). */
export interface UnmappedElement {
  /** FHIRPath-like location, e.g. `Bundle.entry[3].resource.code`. */
  element: string;
  /** The resource's type and id when there is one, e.g. `Observation/abc`. */
  resource: string | null;
  reason: string;
}

/** What an imported bundle says, before the API matches the patient and creates the draft case. */
export interface CaseImport {
  patient: {
    identifier: { system: string; value: string };
    fullName: string;
    birthDate: string;
    sex: FhirPatientSex;
  };
  /** Every fact the bundle gave; the rest stay as emptyCaseFacts() has them. */
  facts: Partial<CaseFacts>;
  unmapped: UnmappedElement[];
}

/** A bundle that is not FHIR R4 as we read it: the API answers 400 naming each element. */
export class FhirInputError extends Error {
  constructor(readonly problems: { element: string; problem: string }[]) {
    super(problems.map((p) => `${p.element}: ${p.problem}`).join('; '));
    this.name = 'FhirInputError';
  }
}

export interface FhirPractitionerInput {
  /** Consilium's specialist id. */
  id: string;
  fullName: string;
  /** The discipline's name, in English (the Practitioner's qualification text). */
  discipline: string;
}

/** Everything `GET /api/cases/:id/recommendation/fhir` exports beside the case's patient and conditions. */
export interface RecommendationExportInput {
  id: string;
  /** ISO date-time of the adoption. */
  adoptedAt: string;
  intent: 'curative' | 'disease_control' | 'palliative';
  rationale: string;
  /** The board's advisory statement: the recommendation does not replace the treating physician's decision. */
  advisory: string;
  steps: {
    position: number;
    modality: ModalityCode;
    /** A named agent (e.g. `bevacizumab`), or null. */
    agent: string | null;
    verdict: 'eligible' | 'caution' | 'contraindicated';
    overrideJustification: string | null;
    /** Couinaud segments the step treats. */
    targetLesions: number[];
  }[];
  chair: FhirPractitionerInput;
  votes: { voter: FhirPractitionerInput; vote: Vote; comment: string | null; castAt: string }[];
  /** What was done with it, once the coordinator recorded it; null while pending. */
  followUp: FollowUpStatus | null;
  /** The signed letter, once signed: where its PDF is, and the hash of the content signed. */
  letter: { signedAt: string; signer: FhirPractitionerInput; contentHash: string; url: string } | null;
}
