// The API trims MRNs and stores them upper-cased (CreatePatientDto), so "mrn-12 " and "MRN-12" are
// one record number: compare them the way the API does.
export function normaliseMrn(mrn: string): string {
  return mrn.trim().toUpperCase();
}

export function sameMrn(a: string, b: string): boolean {
  return normaliseMrn(a) === normaliseMrn(b);
}

/** The patient among `patients` who holds `mrn`, if any (a search by MRN also matches prefixes and names). */
export function holderOf<T extends { mrn: string }>(patients: readonly T[], mrn: string): T | undefined {
  return patients.find((p) => sameMrn(p.mrn, mrn));
}

// The API's rule for an MRN (after normalising), checked here too so a typo is caught on its field.
const MRN_PATTERN = /^[A-Z0-9][A-Z0-9./_-]{0,63}$/;

export function isWellFormedMrn(mrn: string): boolean {
  return MRN_PATTERN.test(normaliseMrn(mrn));
}
