import { formatInTimeZone } from '@consilium/domain';

import type { Schemas } from '../../api/client';
import { CLINICIAN } from '../../test/fixtures';

export const ZONE = 'Europe/Madrid';

export const COORDINATOR: Schemas['MeDto'] = {
  ...CLINICIAN,
  id: '00000000-0000-4000-8000-000000000003',
  email: 'coordinator@demo.consilium.test',
  displayName: 'Carla Coordinator',
  role: 'coordinator',
  discipline: null,
  specialistId: null,
  permissions: ['clinical.read', 'patients.write', 'cases.triage', 'followup.record', 'meetings.manage'],
};

export const SURGEON: Schemas['SpecialistSummaryDto'] = {
  id: '00000000-0000-4000-8000-0000000000a2',
  fullName: 'Dr Samuel Surgeon',
  discipline: 'surgery',
};

export const ONCOLOGIST: Schemas['SpecialistSummaryDto'] = {
  id: CLINICIAN.specialistId ?? '',
  fullName: 'Dr Olivia Oncologist',
  discipline: 'medical_oncology',
};

export function specialist(summary: Schemas['SpecialistSummaryDto']): Schemas['SpecialistDto'] {
  return {
    ...summary,
    institution: 'Hospital Clínic',
    subSpecialties: [],
    userId: null,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
  };
}

export const INSTITUTION: Schemas['InstitutionSettingsDto'] = {
  imagingWindowDays: 42,
  timeZone: ZONE,
  quorumDisciplines: ['medical_oncology', 'surgery', 'interventional_radiology', 'radiology'],
  followUpOverdueDays: 60,
  letterLanguage: 'es',
  deputySigning: false,
  mrnSystem: 'urn:consilium:mrn',
  updatedAt: '2026-01-05T09:00:00.000Z',
  defaults: {
    imagingWindowDays: 42,
    timeZone: 'Europe/Amsterdam',
    quorumDisciplines: ['medical_oncology', 'surgery', 'interventional_radiology', 'radiology'],
    followUpOverdueDays: 60,
    letterLanguage: 'en',
    deputySigning: false,
    mrnSystem: 'urn:consilium:mrn',
  },
};

let counter = 0;

/** A board starting at `startsAt` (UTC), its local times in Madrid as the API writes them. */
export function summary(
  startsAt: string,
  overrides: Partial<Schemas['MeetingSummaryDto']> = {},
): Schemas['MeetingSummaryDto'] {
  counter += 1;
  const durationMinutes = overrides.durationMinutes ?? 90;
  const start = new Date(startsAt);
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    title: `Liver board ${counter}`,
    boardType: 'Hepatobiliary MDT',
    startsAt: start.toISOString(),
    localStartsAt: formatInTimeZone(start, ZONE),
    endsAt: end.toISOString(),
    localEndsAt: formatInTimeZone(end, ZONE),
    timeZone: ZONE,
    durationMinutes,
    location: 'Sala 3',
    videoUrl: null,
    chair: SURGEON,
    requiredDisciplines: ['medical_oncology', 'surgery'],
    status: 'planned',
    cancelReason: null,
    startedAt: null,
    closedAt: null,
    revision: 1,
    currentCaseId: null,
    currentCaseSince: null,
    createdById: COORDINATOR.id,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    agendaSize: 0,
    ...overrides,
  };
}

export function detail(
  meeting: Schemas['MeetingSummaryDto'],
  overrides: Partial<Schemas['MeetingDetailDto']> = {},
): Schemas['MeetingDetailDto'] {
  const { agendaSize: _agendaSize, ...rest } = meeting;
  return {
    ...rest,
    agenda: [],
    attendance: [],
    expected: [],
    quorum: {
      quorate: false,
      requiredDisciplines: meeting.requiredDisciplines,
      presentDisciplines: [],
      missingDisciplines: meeting.requiredDisciplines,
    },
    totals: { cases: 0, plannedMinutes: 0, overrunMinutes: 0, defaultMinutesPerCase: 10 },
    warnings: [],
    ...overrides,
  };
}
