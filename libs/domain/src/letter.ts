import type { Allowed, Refusal } from './result';
import type { Role } from './roles';

// The board's letter (docs/design.md#the-signed-letter): what the recommendation records besides
// the plan, who may sign it, and the canonical form its signature hashes.

/**
 * Supportive care recorded with the plan: the emotional, nutritional and symptom support the
 * patient is offered beside the treatment (the clinic's page on liver metastases calls the
 * psychological accompaniment vital).
 */
export const SUPPORTIVE_CARE_SERVICES = [
  'psycho_oncology',
  'nutrition',
  'pain_palliative_care',
  'specialist_nurse',
] as const;
export type SupportiveCareService = (typeof SUPPORTIVE_CARE_SERVICES)[number];

export const SUPPORTIVE_CARE_STATUSES = ['offered', 'referred', 'declined', 'not_needed'] as const;
export type SupportiveCareStatus = (typeof SUPPORTIVE_CARE_STATUSES)[number];

export interface SupportiveCareEntry {
  service: SupportiveCareService;
  status: SupportiveCareStatus;
}

/** Every service in the fixed order, with its status or null while not yet recorded. */
export function supportiveCareSheet(
  entries: readonly SupportiveCareEntry[],
): { service: SupportiveCareService; status: SupportiveCareStatus | null }[] {
  const byService = new Map(entries.map((e) => [e.service, e.status]));
  return SUPPORTIVE_CARE_SERVICES.map((service) => ({ service, status: byService.get(service) ?? null }));
}

/** The services still unrecorded (a letter is signed only once each one is). */
export function missingSupportiveCare(entries: readonly SupportiveCareEntry[]): SupportiveCareService[] {
  const recorded = new Set(entries.map((e) => e.service));
  return SUPPORTIVE_CARE_SERVICES.filter((s) => !recorded.has(s));
}

/** The languages a letter is printed in. */
export const LETTER_LANGUAGES = ['en', 'es'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

export const SIGNATURE_KINDS = ['original', 'addendum'] as const;
export type SignatureKind = (typeof SIGNATURE_KINDS)[number];

export interface SigningFacts {
  role: Role;
  /** The caller's specialist profile, if any. */
  callerSpecialistId: string | null;
  /** The chair of the meeting that adopted the plan. */
  chairSpecialistId: string;
  /** The specialists marked present when the plan was adopted. */
  presentSpecialistIds: readonly string[];
  /** The institution lets a clinician who was present sign for the chair. */
  deputySigning: boolean;
}

export type SigningRefusal = Refusal<'NOT_SIGNER'> | Refusal<'DEPUTY_NOT_PRESENT'>;

/**
 * Who signs the board's letter (the original and any addendum): the meeting's chair or, where the
 * institution allows deputies, a clinician who was present when the plan was adopted. Never a
 * coordinator or an administrator: the signature is a clinician's.
 */
export function maySign(facts: SigningFacts): (Allowed & { asDeputy: boolean }) | SigningRefusal {
  const specialistId = facts.callerSpecialistId;
  if (facts.role !== 'clinician' || !specialistId) {
    return { ok: false, code: 'NOT_SIGNER', message: "the letter is signed by the board's chair, a clinician" };
  }
  if (specialistId === facts.chairSpecialistId) return { ok: true, asDeputy: false };
  if (!facts.deputySigning) {
    return { ok: false, code: 'NOT_SIGNER', message: "the letter is signed by the board's chair" };
  }
  if (!facts.presentSpecialistIds.includes(specialistId)) {
    return {
      ok: false,
      code: 'DEPUTY_NOT_PRESENT',
      message: 'a deputy signs only a decision they were present for',
    };
  }
  return { ok: true, asDeputy: true };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The canonical form of a document for hashing: JSON with object keys sorted at every level, no
 * whitespace, array order kept, `undefined` members left out and dates as ISO strings. The same
 * content always gives the same string; any change of a value gives a different one.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value, '$'));
}

function normalise(value: unknown, path: string): Json {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${path} is not a finite number`);
    return value;
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item, i) => normalise(item ?? null, `${path}[${i}]`));
  if (typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value as object).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) out[key] = normalise(member, `${path}.${key}`);
    }
    return out;
  }
  throw new TypeError(`${path} cannot be part of a signed document (${typeof value})`);
}

/** Whom the board's letter is addressed to: a specialist of the directory or an outside physician. */
export interface TreatingPhysician {
  specialistId: string | null;
  name: string | null;
  contact: string | null;
}

/** Whom a case's letter is for, as the API answers it and the web app shows it. */
export interface Addressee {
  kind: 'specialist' | 'external';
  /** The directory specialist's id; null for an outside physician. */
  specialistId: string | null;
  fullName: string;
  discipline: string | null;
  /** An outside physician's contact; null for a directory specialist. */
  contact: string | null;
}

/**
 * The addressee a case names: its treating physician from the directory, else the outside
 * physician by name, else none. (The signed letter's content keeps its own, hashed shape.)
 */
export function addresseeOf(treating: {
  specialist: { id: string; fullName: string; discipline: string } | null | undefined;
  name: string | null;
  contact: string | null;
}): Addressee | null {
  const { specialist } = treating;
  if (specialist) {
    return {
      kind: 'specialist',
      specialistId: specialist.id,
      fullName: specialist.fullName,
      discipline: specialist.discipline,
      contact: null,
    };
  }
  if (!treating.name) return null;
  return { kind: 'external', specialistId: null, fullName: treating.name, discipline: null, contact: treating.contact };
}

/**
 * A case names at most one treating physician: a directory specialist or an outside physician by
 * name (with an optional contact), not both; a contact belongs to a named outside physician.
 */
export function checkTreatingPhysician(
  t: TreatingPhysician,
): Allowed | Refusal<'TREATING_PHYSICIAN_AMBIGUOUS'> | Refusal<'TREATING_PHYSICIAN_NAME_REQUIRED'> {
  if (t.specialistId && t.name) {
    return {
      ok: false,
      code: 'TREATING_PHYSICIAN_AMBIGUOUS',
      message: 'name either a specialist of the directory or an outside physician as treating physician, not both',
    };
  }
  if (t.contact && !t.name) {
    return {
      ok: false,
      code: 'TREATING_PHYSICIAN_NAME_REQUIRED',
      message: "an outside physician's contact needs their name",
    };
  }
  return { ok: true };
}
