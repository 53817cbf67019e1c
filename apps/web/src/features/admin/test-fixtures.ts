import axe from 'axe-core';
import { vi } from 'vitest';

import type { Schemas } from '../../api/client';
import { ADMIN } from '../../test/fixtures';
import { type FakeFetch, json } from '../../test/render';

export const ANA_ID = '00000000-0000-4000-8000-0000000000b1';
export const CARL_ID = '00000000-0000-4000-8000-0000000000b2';
export const ANA_SPECIALIST_ID = '00000000-0000-4000-8000-0000000000a7';
export const GUEST_ID = '00000000-0000-4000-8000-0000000000a8';

export const ANA: Schemas['UserDto'] = {
  id: ANA_ID,
  email: 'ana.surgeon@hospital.example',
  displayName: 'Dr Ana Surgeon',
  role: 'clinician',
  discipline: 'surgery',
  specialistId: ANA_SPECIALIST_ID,
  active: true,
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-01-10T09:00:00.000Z',
};

export const CARL: Schemas['UserDto'] = {
  ...ANA,
  id: CARL_ID,
  email: 'carl.coordinator@hospital.example',
  displayName: 'Carl Coordinator',
  role: 'coordinator',
  discipline: null,
  specialistId: null,
};

export const ADMIN_USER: Schemas['UserDto'] = {
  id: ADMIN.id,
  email: ADMIN.email,
  displayName: ADMIN.displayName,
  role: ADMIN.role,
  discipline: null,
  specialistId: null,
  active: true,
  createdAt: ADMIN.createdAt,
  updatedAt: ADMIN.updatedAt,
};

export const ANA_PROFILE: Schemas['SpecialistDto'] = {
  id: ANA_SPECIALIST_ID,
  fullName: 'Dr Ana Surgeon',
  discipline: 'surgery',
  institution: 'Hospital Universitario Demo',
  subSpecialties: ['robotic liver surgery'],
  userId: ANA_ID,
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-01-10T09:00:00.000Z',
};

export const GUEST: Schemas['SpecialistDto'] = {
  ...ANA_PROFILE,
  id: GUEST_ID,
  fullName: 'Prof. Hanna Visser',
  institution: 'Regional Liver Centre',
  subSpecialties: [],
  userId: null,
};

const QUORUM: Schemas['InstitutionSettingsDto']['quorumDisciplines'] = [
  'medical_oncology',
  'surgery',
  'interventional_radiology',
  'radiology',
];

export const INSTITUTION: Schemas['InstitutionSettingsDto'] = {
  imagingWindowDays: 28,
  timeZone: 'Europe/Madrid',
  quorumDisciplines: [...QUORUM, 'pathology'],
  followUpOverdueDays: 60,
  letterLanguage: 'es',
  deputySigning: true,
  mrnSystem: 'urn:consilium:mrn',
  updatedAt: '2026-02-01T10:00:00.000Z',
  defaults: {
    imagingWindowDays: 42,
    timeZone: 'Europe/Amsterdam',
    quorumDisciplines: QUORUM,
    followUpOverdueDays: 60,
    letterLanguage: 'en',
    deputySigning: false,
    mrnSystem: 'urn:consilium:mrn',
  },
};

const DEFAULT_THRESHOLDS: Schemas['PlanBuilderThresholdsDto'] = {
  flrMinPercentNormal: 20,
  flrMinPercentAfterChemotherapy: 30,
  flrMinPercentCirrhosis: 40,
  flrChemotherapyMonths: 3,
  ablationCautionDiameterMm: 30,
  ablationContraindicatedDiameterMm: 50,
  ablationMaxLesionCount: 10,
  sbrtMaxLesionCount: 3,
  sbrtContraindicatedDiameterMm: 60,
  sbrtContraindicatedBilirubinMgDl: 3,
  sbrtContraindicatedAlbuminGDl: 2.5,
  taceContraindicatedBilirubinMgDl: 3,
  bevacizumabSurgeryWindowDays: 42,
};

export const PLAN_BUILDER: Schemas['PlanBuilderSettingsDto'] = {
  ruleSetVersion: '1.0.0',
  thresholds: { ...DEFAULT_THRESHOLDS, ablationCautionDiameterMm: 25 },
  overrides: { ablationCautionDiameterMm: 25 },
  defaults: DEFAULT_THRESHOLDS,
  updatedAt: '2026-02-01T10:00:00.000Z',
};

export function page<T>(items: T[], nextCursor: string | null = null) {
  return { items, nextCursor };
}

type Handler = (request: Request, url: URL) => Response | Promise<Response>;

/** A fake API: each `METHOD /path` answers what the test says; anything else fails the test. */
export function fakeApi(routes: Record<string, Handler>, me: Schemas['MeDto'] = ADMIN) {
  const all: Record<string, Handler> = {
    'GET /api/auth/me': () => json(200, me),
    'GET /api/settings/institution': () => json(200, INSTITUTION),
    ...routes,
  };
  return vi.fn<FakeFetch>(async (request) => {
    const url = new URL(request.url);
    const route = all[`${request.method} ${url.pathname}`];
    if (!route) throw new Error(`unexpected ${request.method} ${url.pathname}${url.search}`);
    return route(request, url);
  });
}

export function calls(fetch: ReturnType<typeof fakeApi>, method: string, pathname: string) {
  return fetch.mock.calls
    .map(([request]) => request)
    .filter((r) => r.method === method && new URL(r.url).pathname === pathname);
}

export async function bodyOf(request: Request | undefined): Promise<unknown> {
  if (!request) throw new Error('no such request');
  return JSON.parse(await request.clone().text()) as unknown;
}

export function signIn() {
  window.sessionStorage.setItem(
    'consilium.session',
    JSON.stringify({ accessToken: 'token-1', expiresAt: Date.now() + 60_000 }),
  );
}

export const problem = (status: number, error: string, details?: unknown) =>
  json(status, { statusCode: status, error, message: error, ...(details === undefined ? {} : { details }) });

/** Serious or critical axe findings in a rendered screen (contrast is the theme's, checked elsewhere). */
export async function seriousFindings(container: Element): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
