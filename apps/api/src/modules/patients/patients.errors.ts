import { conflict } from '@api/common/errors';

// The patients feature's errors, with stable codes (the `error` field of the response).

/** MRNs are unique per institution; a registration names the patient already holding it. */
export const mrnTaken = (holder?: { patientId: string | null }) =>
  conflict('MRN_TAKEN', 'a patient with this MRN already exists at this institution', {
    field: 'mrn',
    ...holder,
  });
