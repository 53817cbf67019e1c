import type { CaseFacts } from '@consilium/domain';

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
