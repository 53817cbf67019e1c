import { type CaseFacts, emptyCaseFacts, type PriorTreatment } from '@consilium/domain';

// The one place where stored rows, request bodies and `CaseFacts` meet. The entity's properties are
// named as in `CaseFacts`, so a row is read by picking; a request body becomes a set of changes.

export type CaseFactKey = keyof CaseFacts;

/** Every fact, in the order of `CaseFacts`; derived from the domain so a new fact cannot be missed. */
export const CASE_FACT_KEYS = Object.keys(emptyCaseFacts()) as CaseFactKey[];

const LIST_FACTS: ReadonlySet<CaseFactKey> = new Set(['lesions', 'comorbidities', 'priorTreatments']);

export interface PriorTreatmentInput {
  modality: PriorTreatment['modality'];
  regimen?: string | null;
  months?: number | null;
  bestResponse?: PriorTreatment['bestResponse'];
}

/**
 * A request's facts: a missing field is left alone, `null` clears it (an empty list for list facts).
 */
export type CaseFactsInput = {
  [K in Exclude<CaseFactKey, 'priorTreatments'>]?: CaseFacts[K] | null;
} & { priorTreatments?: PriorTreatmentInput[] | null };

/** The fact sheet of a stored case (or any object carrying the facts), as plain data. */
export function caseFactsOf(source: CaseFacts): CaseFacts {
  // A plain loop: every case of a list goes through here (docs/adr/0020).
  const facts: Record<string, unknown> = {};
  for (const key of CASE_FACT_KEYS) facts[key] = source[key];
  facts.lesions = lesionsOf(source);
  facts.comorbidities = [...source.comorbidities];
  facts.priorTreatments = priorTreatmentsOf(source);
  return facts as unknown as CaseFacts;
}

/** The case's lesions as plain data (segment and size only). */
export function lesionsOf(source: Pick<CaseFacts, 'lesions'>): CaseFacts['lesions'] {
  return source.lesions.map(({ segment, diameterMm }) => ({ segment, diameterMm }));
}

/** The case's prior treatments as plain data, every field present. */
export function priorTreatmentsOf(source: Pick<CaseFacts, 'priorTreatments'>): PriorTreatment[] {
  return source.priorTreatments.map(toPriorTreatment);
}

function toPriorTreatment(input: PriorTreatmentInput): PriorTreatment {
  return {
    modality: input.modality,
    regimen: input.regimen ?? null,
    months: input.months ?? null,
    bestResponse: input.bestResponse ?? null,
  };
}

/** The facts a request sets or clears, as plain data (no DTO class instances end up in jsonb). */
export function factChangesOf(input: CaseFactsInput): Partial<CaseFacts> {
  const changes: Record<string, unknown> = {};
  for (const key of CASE_FACT_KEYS) {
    const value = input[key];
    if (value === undefined) continue;
    changes[key] = value === null && LIST_FACTS.has(key) ? [] : value;
  }
  if (input.lesions) {
    changes.lesions = input.lesions.map(({ segment, diameterMm }) => ({ segment, diameterMm }));
  }
  if (input.comorbidities) changes.comorbidities = [...input.comorbidities];
  if (input.priorTreatments) changes.priorTreatments = input.priorTreatments.map(toPriorTreatment);
  return changes as Partial<CaseFacts>;
}

// jsonb does not keep key order, so values are compared in a canonical form.
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The facts whose values differ between two fact sheets. */
export function changedFactKeys(before: CaseFacts, after: CaseFacts): CaseFactKey[] {
  return CASE_FACT_KEYS.filter((key) => canonical(before[key]) !== canonical(after[key]));
}

/** A fact sheet restricted to some facts (for before/after audit details). */
export function pickFacts(facts: CaseFacts, keys: readonly CaseFactKey[]): Partial<CaseFacts> {
  return Object.fromEntries(keys.map((key) => [key, facts[key]])) as Partial<CaseFacts>;
}
