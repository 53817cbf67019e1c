import type { TFunction } from 'i18next';

import { SUPPORTIVE_CARE_SERVICES, type SupportiveCareService } from '@consilium/domain';

import { ApiError } from '../../api/client';
import type letterEn from '../../i18n/letter.en.json';

type LetterFailure = keyof (typeof letterEn)['failure'];

// The API's codes (apps/api/src/modules/recommendations/recommendations.errors.ts, cases.errors.ts).
const FAILURES: Partial<Record<string, LetterFailure>> = {
  NOT_SIGNER: 'notSigner',
  DEPUTY_NOT_PRESENT: 'deputyNotPresent',
  ALREADY_SIGNED: 'alreadySigned',
  LETTER_CHANGED: 'letterChanged',
  ADDRESSEE_REQUIRED: 'addresseeRequired',
  NOT_SIGNED: 'notSigned',
  TREATING_PHYSICIAN_AMBIGUOUS: 'addresseeAmbiguous',
  TREATING_PHYSICIAN_NAME_REQUIRED: 'addresseeNameRequired',
};

/** Codes after which the letter on screen is not the letter on the server any more. */
export const STALE_LETTER_CODES: readonly string[] = [
  'ALREADY_SIGNED',
  'LETTER_CHANGED',
  'ADDRESSEE_REQUIRED',
  'SUPPORTIVE_CARE_INCOMPLETE',
];

const isService = (value: unknown): value is SupportiveCareService =>
  typeof value === 'string' && (SUPPORTIVE_CARE_SERVICES as readonly string[]).includes(value);

/** The services a `422 SUPPORTIVE_CARE_INCOMPLETE` names (`details.missing`). */
function missingServices(error: ApiError): SupportiveCareService[] {
  const details = error.body?.details;
  const missing =
    details && typeof details === 'object' && 'missing' in details && Array.isArray(details.missing)
      ? details.missing
      : [];
  return missing.filter(isService);
}

/** A refused change to the letter (signing, an addendum, supportive care, its addressee) in words. */
export function letterFailureText(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('letter.failure.failed');
  if (error.code === 'SUPPORTIVE_CARE_INCOMPLETE') {
    const services = missingServices(error).map((s) => t(`enums.supportiveCareService.${s}`));
    return services.length > 0
      ? t('letter.failure.supportiveCareIncompleteServices', { services: services.join(', ') })
      : t('letter.failure.supportiveCareIncomplete');
  }
  const known = error.code ? FAILURES[error.code] : undefined;
  if (known) return t(`letter.failure.${known}`);
  if (error.status === 400) return t('letter.failure.rejected');
  if (error.status === 403) return t('letter.failure.forbidden');
  if (error.status === 404) return t('letter.failure.notFound');
  return t('letter.failure.failed');
}
