import type { FhirInputError } from '@consilium/fhir';
import { conflict, unprocessable } from '@api/common/errors';
import { type FieldProblem, validationException } from '@api/common/validation';

// The FHIR exchange's errors, with stable codes (the `error` field of the response).

/** Malformed FHIR: a 400 naming each element (`Bundle.entry[2].resource.birthDate`). */
export const fhirInvalid = (error: FhirInputError) => {
  const byElement = new Map<string, string[]>();
  for (const { element, problem } of error.problems) {
    byElement.set(element, [...(byElement.get(element) ?? []), problem]);
  }
  return validationException([...byElement].map(([field, problems]) => ({ field, problems })));
};

export const mrnSystemMismatch = (given: string, expected: string) =>
  unprocessable(
    'MRN_SYSTEM_MISMATCH',
    `the patient's identifier is in system ${given}; this institution's MRNs are in ${expected} (setting mrnSystem)`,
    { given, expected },
  );

export const patientMismatch = (patientId: string) =>
  conflict(
    'PATIENT_MISMATCH',
    'a patient with this MRN is registered with another birth date: check the record before importing',
    { patientId, field: 'birthDate' },
  );

/** What the bundle gave that a registration or a case refuses (their own rules, not the mapping's). */
export const importedFactsRefused = (problems: FieldProblem[]) =>
  unprocessable(
    'IMPORTED_FACTS_REFUSED',
    `the bundle's patient or facts are not valid here: ${problems.map((p) => p.field).join(', ')}`,
    problems,
  );
