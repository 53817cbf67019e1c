import type { Discipline } from '@consilium/domain';

import type { TestApp } from './test-app';

// The people of the integration specs. Every builder in support/ takes the TestApp first, then the
// actor who sends its request (anything with a `token`; for a builder that needs two people, the
// `Board`), then what it needs, then optional overrides of its defaults.

export interface Actor {
  token: string;
}

export interface Staff extends Actor {
  id: string;
}

export interface Clinician extends Staff {
  specialistId: string;
}

export interface Board {
  coordinator: Staff;
  admin: Staff;
  oncologist: Clinician;
  surgeon: Clinician;
  ir: Clinician;
  radiologist: Clinician;
  /** Outside the default quorum; never marked present by `boardMeeting`. */
  pathologist: Clinician;
}

/** A signed-in clinician of that discipline, with their specialist profile. */
export async function createClinician(t: TestApp, discipline: Discipline): Promise<Clinician> {
  const user = await t.userWithToken('clinician', discipline);
  return { id: user.id, token: user.token, specialistId: user.specialistId as string };
}

/** A coordinator, an admin, the four disciplines of a liver board's quorum and a pathologist. */
export async function createBoard(t: TestApp): Promise<Board> {
  const coordinator = await t.userWithToken('coordinator');
  const admin = await t.userWithToken('admin');
  return {
    coordinator: { id: coordinator.id, token: coordinator.token },
    admin: { id: admin.id, token: admin.token },
    oncologist: await createClinician(t, 'medical_oncology'),
    surgeon: await createClinician(t, 'surgery'),
    ir: await createClinician(t, 'interventional_radiology'),
    radiologist: await createClinician(t, 'radiology'),
    pathologist: await createClinician(t, 'pathology'),
  };
}
