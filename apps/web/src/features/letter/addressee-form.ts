import type { TFunction } from 'i18next';
import { z } from 'zod';

import type { ApiError, Schemas } from '../../api/client';
import { letterFailureText } from './letter-errors';
import type { AddresseeBody } from './use-letter';

/** A directory specialist, or an outside physician by name and contact. */
export type AddresseeKind = 'specialist' | 'external';

/**
 * The addressee as a form holds it, under the case's own field names (the case editor's form holds
 * them beside the facts). Both kinds keep what was typed, so switching back and forth loses
 * nothing; only the chosen kind is sent.
 */
export interface AddresseeValues {
  treatingPhysicianKind: AddresseeKind;
  /** '' while no specialist is chosen. */
  treatingPhysicianSpecialistId: string;
  treatingPhysicianName: string;
  treatingPhysicianContact: string;
}

export type AddresseeField = keyof AddresseeValues;

/** The case's fields that name the addressee, as the API takes and refuses them. */
export const ADDRESSEE_API_FIELDS = [
  'treatingPhysicianSpecialistId',
  'treatingPhysicianName',
  'treatingPhysicianContact',
] as const satisfies readonly AddresseeField[];

// UpdateCaseDto's bounds.
export const ADDRESSEE_NAME_MAX = 200;
export const ADDRESSEE_CONTACT_MAX = 500;

type CaseAddressee = Pick<
  Schemas['CaseDto'],
  'treatingPhysicianSpecialistId' | 'treatingPhysicianName' | 'treatingPhysicianContact'
>;

/** The form's values for the addressee a case names (a directory specialist when it names none). */
export function addresseeValuesOf(dto: CaseAddressee): AddresseeValues {
  return {
    treatingPhysicianKind: dto.treatingPhysicianName ? 'external' : 'specialist',
    treatingPhysicianSpecialistId: dto.treatingPhysicianSpecialistId ?? '',
    treatingPhysicianName: dto.treatingPhysicianName ?? '',
    treatingPhysicianContact: dto.treatingPhysicianContact ?? '',
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/**
 * The three fields the API takes, always together: the chosen kind's values and `null` for the
 * other's, so a case never names a specialist and an outside physician at once.
 */
export function addresseeBody(values: AddresseeValues): Required<AddresseeBody> {
  if (values.treatingPhysicianKind === 'specialist') {
    return {
      treatingPhysicianSpecialistId: orNull(values.treatingPhysicianSpecialistId),
      treatingPhysicianName: null,
      treatingPhysicianContact: null,
    };
  }
  return {
    treatingPhysicianSpecialistId: null,
    treatingPhysicianName: orNull(values.treatingPhysicianName),
    treatingPhysicianContact: orNull(values.treatingPhysicianContact),
  };
}

// The messages are catalogue keys, translated where they are shown (AddresseeFields).
export const addresseeShape = {
  treatingPhysicianKind: z.enum(['specialist', 'external']),
  treatingPhysicianSpecialistId: z.string(),
  treatingPhysicianName: z.string().max(ADDRESSEE_NAME_MAX, { message: 'letter.addressee.nameTooLong' }),
  treatingPhysicianContact: z
    .string()
    .max(ADDRESSEE_CONTACT_MAX, { message: 'letter.addressee.contactTooLong' }),
};

/** An outside physician's contact needs their name (the API's TREATING_PHYSICIAN_NAME_REQUIRED). */
export function namedIfContact(values: AddresseeValues): boolean {
  return (
    values.treatingPhysicianKind !== 'external' ||
    values.treatingPhysicianContact.trim() === '' ||
    values.treatingPhysicianName.trim() !== ''
  );
}

export const namedIfContactIssue = {
  message: 'letter.addressee.nameRequired',
  path: ['treatingPhysicianName'],
  // Checked even while another field of the form has a problem: it is the addressee's own rule.
  when: () => true,
};

export const addresseeSchema = z
  .object(addresseeShape)
  .refine(namedIfContact, namedIfContactIssue) satisfies z.ZodType<AddresseeValues>;

const isServerField = (field: unknown): field is AddresseeField =>
  typeof field === 'string' && (ADDRESSEE_API_FIELDS as readonly string[]).includes(field);

/**
 * The problems of a refused addressee that belong on its fields: the API's treating-physician rules
 * (`422 TREATING_PHYSICIAN_*`, on the name) and a `400`'s field problems, in the server's words.
 */
export function addresseeProblemsOf(
  error: ApiError,
  t: TFunction,
): { field: AddresseeField; message: string }[] {
  if (error.status === 422 && error.code?.startsWith('TREATING_PHYSICIAN_')) {
    return [{ field: 'treatingPhysicianName', message: letterFailureText(error, t) }];
  }
  const details = error.body?.details;
  if (error.status !== 400 || !Array.isArray(details)) return [];
  return details.flatMap((d: unknown) =>
    d && typeof d === 'object' && 'field' in d && isServerField(d.field)
      ? [
          {
            field: d.field,
            message:
              'problems' in d && Array.isArray(d.problems) && d.problems.length > 0
                ? d.problems.filter((p) => typeof p === 'string').join('; ')
                : error.message,
          },
        ]
      : [],
  );
}
