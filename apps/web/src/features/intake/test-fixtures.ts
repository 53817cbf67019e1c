import { vi } from 'vitest';

import { emptyCaseFacts } from '@consilium/domain';

import type { Schemas } from '../../api/client';
import { CLINICIAN } from '../../test/fixtures';
import { type FakeFetch, json } from '../../test/render';

type BoardCase = Schemas['CaseDto'];

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

export const SETTINGS: Schemas['InstitutionSettingsDto'] = {
  imagingWindowDays: 42,
  timeZone: 'Europe/Madrid',
  quorumDisciplines: ['medical_oncology', 'surgery', 'interventional_radiology', 'radiology'],
  followUpOverdueDays: 60,
  letterLanguage: 'es',
  deputySigning: false,
  mrnSystem: 'urn:consilium:mrn',
  updatedAt: '2026-01-01T00:00:00.000Z',
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

/** A case of its own patient; `n` tells cases apart (ids, names, MRNs). */
export function buildCase(n: number, overrides: Partial<BoardCase> = {}): BoardCase {
  const hex = n.toString(16).padStart(4, '0');
  return {
    id: `00000000-0000-4000-8000-00000000${hex}`,
    status: 'submitted',
    patientId: `00000000-0000-4000-8000-0000000f${hex}`,
    patient: {
      id: `00000000-0000-4000-8000-0000000f${hex}`,
      mrn: `MRN-${1000 + n}`,
      fullName: `Patient ${n}`,
      birthDate: '1960-01-01',
      sex: 'female',
    },
    presentingSpecialistId: CLINICIAN.specialistId,
    presentingSpecialist: {
      id: CLINICIAN.specialistId ?? '',
      fullName: 'Dr Olivia Oncologist',
      discipline: 'medical_oncology',
    },
    treatingPhysicianSpecialistId: null,
    treatingPhysicianSpecialist: null,
    treatingPhysicianName: null,
    treatingPhysicianContact: null,
    ...emptyCaseFacts(),
    primarySite: 'colon',
    questionForBoard: `Question ${n}?`,
    nextStep: {
      kind: 'awaiting_triage',
      missing: [],
      returnReason: null,
      since: '2026-03-02T09:00:00.000Z',
      followUpDueAt: null,
      overdue: false,
      meeting: null,
    },
    createdById: CLINICIAN.id,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    ...overrides,
  };
}

export type Handler = (request: Request, url: URL) => Response | Promise<Response>;

/**
 * A fake API: each `METHOD /path` answers what the test says (`:id` matches one path segment);
 * anything else fails the test.
 */
export function fakeApi(routes: Record<string, Handler>, me: Schemas['MeDto'] = COORDINATOR) {
  const all: [string, RegExp, Handler][] = Object.entries({
    'GET /api/auth/me': () => json(200, me),
    ...routes,
  }).map(([route, handler]) => [
    route,
    new RegExp(`^${route.replace(/:[a-z]+/g, '[^/]+').replace(/\./g, '\\.')}$`),
    handler,
  ]);
  return vi.fn<FakeFetch>(async (request) => {
    const url = new URL(request.url);
    const key = `${request.method} ${url.pathname}`;
    const found = all.find(([route]) => route === key) ?? all.find(([, pattern]) => pattern.test(key));
    if (!found) throw new Error(`unexpected ${key}${url.search}`);
    return found[2](request, url);
  });
}

export function callsTo(fetch: ReturnType<typeof fakeApi>, method: string, pathname: string | RegExp) {
  return fetch.mock.calls
    .map(([request]) => request)
    .filter((r) => {
      const path = new URL(r.url).pathname;
      return r.method === method && (typeof pathname === 'string' ? path === pathname : pathname.test(path));
    });
}

export function signIn() {
  window.sessionStorage.setItem(
    'consilium.session',
    JSON.stringify({ accessToken: 'token-1', expiresAt: Date.now() + 60 * 60_000 }),
  );
}

export const READY: Schemas['ReadinessDto'] = {
  ready: true,
  items: [
    { item: 'primary_tumour', ok: true, message: 'ok' },
    { item: 'imaging', ok: true, message: 'ok' },
  ],
};

export const IMAGING_LAPSED: Schemas['ReadinessDto'] = {
  ready: false,
  items: [
    { item: 'primary_tumour', ok: true, message: 'ok' },
    { item: 'imaging', ok: false, message: 'missing: imaging older than 42 days' },
    { item: 'ecog', ok: false, message: 'missing: ECOG performance status' },
  ],
};

export function page<T>(items: T[], nextCursor: string | null = null) {
  return { items, nextCursor };
}

export function eventsOf(caseId: string, actions: Schemas['CaseEventDto']['action'][]) {
  return page(
    actions.map((action, i) => ({
      id: `${caseId.slice(0, -4)}e${String(i).padStart(3, '0')}`,
      action,
      fromState: null,
      toState: 'submitted' as const,
      reason: null,
      actor: null,
      occurredAt: '2026-03-01T09:00:00.000Z',
    })),
  );
}
