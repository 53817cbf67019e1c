import type { CaseFacts, LiverLesion, ModalityCode } from '@consilium/domain';

// Facts the rules derive from CaseFacts. Lists in CaseFacts cannot be null, so an empty `priorTreatments`
// means "no prior treatment", while an empty `lesions` means "lesions not recorded": a case on a liver
// metastases board has at least one lesion.

export const SYSTEMIC_THERAPY_MODALITIES: readonly ModalityCode[] = [
  'systemic_chemotherapy',
  'targeted_therapy',
  'immunotherapy',
];

// Months of prior systemic chemotherapy (RES-FLR): the sum over systemic_chemotherapy entries; null when
// an entry has no duration, because the total is then unknown.
export function priorChemotherapyMonths(facts: CaseFacts): number | null {
  let total = 0;
  for (const treatment of facts.priorTreatments) {
    if (treatment.modality !== 'systemic_chemotherapy') continue;
    if (treatment.months === null) return null;
    total += treatment.months;
  }
  return total;
}

export function hasPriorSystemicTherapy(facts: CaseFacts): boolean {
  return facts.priorTreatments.some((t) => SYSTEMIC_THERAPY_MODALITIES.includes(t.modality));
}

// "Prior systemic therapy with progression" (TACE-LINE): a systemic line whose best response was PD.
// CaseFacts records only the best response, so progression after an initial response is not visible here
// and falls back to caution. Null when no line shows PD but a line's response is unrecorded.
export function progressedOnSystemicTherapy(facts: CaseFacts): boolean | null {
  const systemic = facts.priorTreatments.filter((t) => SYSTEMIC_THERAPY_MODALITIES.includes(t.modality));
  if (systemic.some((t) => t.bestResponse === 'PD')) return true;
  if (systemic.some((t) => t.bestResponse === null)) return null;
  return false;
}

// Every recorded lesion counts as a target: the facts do not single out target lesions.
export function largestLesion(facts: CaseFacts): LiverLesion | null {
  return facts.lesions.reduce<LiverLesion | null>(
    (largest, lesion) => (largest === null || lesion.diameterMm > largest.diameterMm ? lesion : largest),
    null,
  );
}

export function lesionFacts(facts: CaseFacts): Record<string, unknown> {
  return {
    lesions: facts.lesions.map((lesion) => ({ ...lesion })),
    lesionCount: facts.lesions.length,
    largestLesionDiameterMm: largestLesion(facts)?.diameterMm ?? null,
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

// Days since 1970-01-01 for a calendar date, or null if it is not a real YYYY-MM-DD date.
export function isoDateToDayNumber(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return time / DAY_MS;
}
