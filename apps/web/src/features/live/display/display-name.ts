/**
 * How a patient is named on the room's wall: the one place for the rule. The wall is seen by
 * everyone in the room (and through its windows, and on a shared video call), so by default it
 * shows initials and age only; a board that wants full names asks for them with `?names=full`. The
 * MRN is never shown, in either mode: this module does not even read it.
 */
export const NAME_MODES = ['initials', 'full'] as const;
export type NameMode = (typeof NAME_MODES)[number];

export const NAME_MODE_PARAM = 'names';

/** What the wall needs of a patient: nothing more (no MRN, no sex, no birth date shown). */
export interface WallPatient {
  fullName: string;
  birthDate: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The mode asked for in the address (`?names=full`); anything else is the default, initials. */
export function nameModeFrom(params: URLSearchParams): NameMode {
  return params.get(NAME_MODE_PARAM) === 'full' ? 'full' : 'initials';
}

/**
 * "María García López" → "M. G. L.". Particles written in lower case ("de", "van der") are not
 * initials; a name written all in lower case keeps every word.
 */
export function initials(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  const named = words.filter((word) => /^\p{Lu}/u.test(word));
  const chosen = named.length > 0 ? named : words;
  if (chosen.length === 0) return '?';
  return chosen.map((word) => `${(Array.from(word)[0] ?? '').toLocaleUpperCase()}.`).join(' ');
}

/** Completed years between two calendar dates (YYYY-MM-DD); `null` when either is not a date. */
export function ageOn(birthDate: string, onDate: string): number | null {
  const birth = ISO_DATE.exec(birthDate);
  const on = ISO_DATE.exec(onDate);
  if (!birth || !on) return null;
  const [by, bm, bd] = [Number(birth[1]), Number(birth[2]), Number(birth[3])];
  const [y, m, d] = [Number(on[1]), Number(on[2]), Number(on[3])];
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  return age >= 0 ? age : null;
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The patient as the wall shows them, aged on `onDate` (the board's day; today by default):
 * "J. V., 68" by default, "Jan Visser, 68" in `full` mode.
 */
export function displayName(
  patient: WallPatient,
  mode: NameMode = 'initials',
  onDate: string = localToday(),
): string {
  const name = mode === 'full' ? patient.fullName.trim() : initials(patient.fullName);
  const age = ageOn(patient.birthDate, onDate);
  return age === null ? name : `${name}, ${age}`;
}
