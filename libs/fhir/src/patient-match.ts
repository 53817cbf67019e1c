import type { FhirPatientSex } from './model';

interface Registration {
  fullName: string;
  birthDate: string;
  sex: FhirPatientSex;
}

/**
 * Whether an imported bundle's patient may be taken as the patient already registered under the
 * same MRN. A different birth date is a different person or a wrong record: refused, never merged.
 * A different name or sex is not (names change, spellings differ, sex may be unrecorded): the
 * registration is kept as it is and each difference is named, for the clinician to check.
 */
export function matchRegisteredPatient(
  registered: Registration,
  incoming: Registration,
): { ok: true; differences: ('fullName' | 'sex')[] } | { ok: false; field: 'birthDate' } {
  if (registered.birthDate !== incoming.birthDate) return { ok: false, field: 'birthDate' };
  const differences: ('fullName' | 'sex')[] = [];
  const sameName = (a: string, b: string) =>
    a.normalize('NFC').trim().toLocaleLowerCase() === b.normalize('NFC').trim().toLocaleLowerCase();
  if (!sameName(registered.fullName, incoming.fullName)) differences.push('fullName');
  if (registered.sex !== incoming.sex) differences.push('sex');
  return { ok: true, differences };
}
