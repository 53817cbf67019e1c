import type { Discipline } from '@consilium/domain';
import { conflict, unprocessable } from '@api/common/errors';

// The users feature's errors, with stable codes (the `error` field of the response).

export const emailTaken = (email: string) =>
  conflict('EMAIL_TAKEN', `a user with email ${email} already exists`);

export const specialistAlreadyLinked = () =>
  conflict('SPECIALIST_ALREADY_LINKED', 'that specialist profile already belongs to another user');

export const cannotDemoteSelf = () =>
  conflict('CANNOT_DEMOTE_SELF', 'an admin cannot deactivate or demote their own account');

export const lastAdmin = () =>
  conflict('LAST_ADMIN', 'the last active admin cannot be deactivated or demoted');

export const specialistOnlyForClinicians = () =>
  unprocessable('SPECIALIST_ONLY_FOR_CLINICIANS', 'only a clinician is linked to a specialist profile');

export const disciplineRequired = () =>
  unprocessable('DISCIPLINE_REQUIRED', 'a clinician needs a discipline', { field: 'discipline' });

export const disciplineOnlyForClinicians = () =>
  unprocessable('DISCIPLINE_ONLY_FOR_CLINICIANS', 'only a clinician has a discipline', {
    field: 'discipline',
  });

export const disciplineMismatch = (specialistId: string, actual: Discipline, requested: Discipline) =>
  unprocessable('DISCIPLINE_MISMATCH', `specialist ${specialistId} is ${actual}, not ${requested}`, {
    field: 'discipline',
  });
