import type { Schemas } from '../api/client';

export const CLINICIAN: Schemas['MeDto'] = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'oncologist@demo.consilium.test',
  displayName: 'Dr Olivia Oncologist',
  role: 'clinician',
  discipline: 'medical_oncology',
  specialistId: '00000000-0000-4000-8000-0000000000a1',
  active: true,
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
  permissions: [
    'clinical.read',
    'patients.write',
    'cases.write',
    'attendance.own',
    'plans.propose',
    'plans.vote',
  ],
};

export const ADMIN: Schemas['MeDto'] = {
  ...CLINICIAN,
  id: '00000000-0000-4000-8000-000000000002',
  email: 'admin@demo.consilium.test',
  displayName: 'Adam Admin',
  role: 'admin',
  discipline: null,
  specialistId: null,
  permissions: ['users.manage', 'specialists.manage', 'settings.manage', 'audit.read'],
};

export const COORDINATOR: Schemas['MeDto'] = {
  ...CLINICIAN,
  id: '00000000-0000-4000-8000-000000000003',
  email: 'coordinator@demo.consilium.test',
  displayName: 'Carla Coordinator',
  role: 'coordinator',
  discipline: null,
  specialistId: null,
  permissions: [
    'clinical.read',
    'patients.write',
    'cases.triage',
    'followup.record',
    'meetings.manage',
    'discussion.write',
    'plans.adopt',
  ],
};

export function loginResponse(user: Schemas['MeDto']): Schemas['LoginResponseDto'] {
  return { accessToken: 'token-1', tokenType: 'Bearer', expiresIn: 3600, user };
}

export const EMPTY_PAGE = { items: [], nextCursor: null };
