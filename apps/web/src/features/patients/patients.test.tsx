import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { emptyCaseFacts } from '@consilium/domain';

import type { Schemas } from '../../api/client';
import { CLINICIAN, EMPTY_PAGE } from '../../test/fixtures';
import { type FakeFetch, json, renderWithApp } from '../../test/render';
import { PatientPage } from './PatientPage';
import { PatientsPage } from './PatientsPage';

const MARIA: Schemas['PatientDto'] = {
  id: '00000000-0000-4000-8000-000000000001',
  mrn: 'MRN-0012345',
  fullName: 'Maria Jansen',
  birthDate: '1961-04-23',
  sex: 'female',
  institution: 'Hospital Universitario Demo',
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-01-10T09:00:00.000Z',
};
const MARTA: Schemas['PatientDto'] = {
  ...MARIA,
  id: '00000000-0000-4000-8000-000000000002',
  mrn: 'MRN-00123456',
  fullName: 'Marta Janssen',
  birthDate: '1958-11-02',
  sex: 'other',
};
const ANA: Schemas['PatientDto'] = {
  ...MARIA,
  id: '00000000-0000-4000-8000-000000000003',
  mrn: 'MRN-0099',
  fullName: 'Ana Ruiz',
  birthDate: '1970-01-02',
};

function detailOf(patient: Schemas['PatientDto']): Schemas['PatientDetailDto'] {
  return { ...patient, cases: [] };
}

function boardCase(overrides: Partial<Schemas['CaseDto']>): Schemas['CaseDto'] {
  return {
    id: '00000000-0000-4000-8000-0000000000c1',
    status: 'draft',
    patientId: MARIA.id,
    patient: {
      id: MARIA.id,
      mrn: MARIA.mrn,
      fullName: MARIA.fullName,
      birthDate: MARIA.birthDate,
      sex: MARIA.sex,
    },
    presentingSpecialistId: CLINICIAN.specialistId,
    presentingSpecialist: null,
    treatingPhysicianSpecialistId: null,
    treatingPhysicianSpecialist: null,
    treatingPhysicianName: 'Dr Ana Ruiz',
    treatingPhysicianContact: 'ana.ruiz@hcomarcal.example',
    ...emptyCaseFacts(),
    nextStep: {
      kind: 'complete',
      missing: ['question'],
      returnReason: null,
      since: null,
      followUpDueAt: null,
      overdue: false,
      meeting: null,
    },
    createdById: CLINICIAN.id,
    createdAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-03-04T10:00:00.000Z',
    ...overrides,
  };
}

type Handler = (request: Request, url: URL) => Response | Promise<Response>;

/** A fake API: each `METHOD /path` answers what the test says; anything else fails the test. */
function api(routes: Record<string, Handler>, me: Schemas['MeDto'] = CLINICIAN) {
  const all: Record<string, Handler> = { 'GET /api/auth/me': () => json(200, me), ...routes };
  return vi.fn<FakeFetch>(async (request) => {
    const url = new URL(request.url);
    const route = all[`${request.method} ${url.pathname}`];
    if (!route) throw new Error(`unexpected ${request.method} ${url.pathname}${url.search}`);
    return route(request, url);
  });
}

function calls(fetch: ReturnType<typeof api>, method: string, pathname: string) {
  return fetch.mock.calls
    .map(([request]) => request)
    .filter((r) => r.method === method && new URL(r.url).pathname === pathname);
}

const validationFailed = (field: string, problem: string) =>
  json(400, {
    statusCode: 400,
    error: 'VALIDATION_FAILED',
    message: `Invalid fields: ${field}`,
    details: [{ field, problems: [problem] }],
  });

function screens() {
  return (
    <Routes>
      <Route path="/patients" element={<PatientsPage />} />
      <Route path="/patients/:patientId" element={<PatientPage />} />
      <Route path="/cases/:caseId/edit" element={<p>editor</p>} />
    </Routes>
  );
}

beforeEach(() => {
  window.sessionStorage.setItem(
    'consilium.session',
    JSON.stringify({ accessToken: 'token-1', expiresAt: Date.now() + 60_000 }),
  );
});

// Typing into Mantine fields in jsdom is slow; a loaded machine must not turn that into failures.
describe('finding a patient', { timeout: 15_000 }, () => {
  it('sends what is typed as q, lists the matches, and keeps the search for Back', async () => {
    const fetch = api({
      'GET /api/patients': (_, url) =>
        json(200, url.searchParams.get('q') === 'jans' ? { items: [MARIA], nextCursor: null } : EMPTY_PAGE),
      [`GET /api/patients/${MARIA.id}`]: () => json(200, detailOf(MARIA)),
      'GET /api/cases': () => json(200, EMPTY_PAGE),
    });
    const { router } = renderWithApp(screens(), { fetch, route: '/patients' });
    const user = userEvent.setup();
    expect(await screen.findByText('No patient is registered yet.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Name or MRN'), 'jans');
    const table = await screen.findByRole('table', { name: 'Patients' });
    const row = within(table).getByRole('row', { name: /Maria Jansen/ });
    expect(row).toHaveTextContent('MRN-0012345');
    expect(row).toHaveTextContent('Apr 23, 1961');
    expect(row).toHaveTextContent('Female');
    const searched = calls(fetch, 'GET', '/api/patients').map((r) => new URL(r.url).searchParams.get('q'));
    // Debounced: one request for the word, not one per letter.
    expect(searched).toEqual([null, 'jans']);
    expect(router.state.location.search).toBe('?q=jans');

    await user.click(within(row).getByRole('link', { name: 'Maria Jansen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Maria Jansen' })).toBeInTheDocument();
    await router.navigate(-1);
    expect(await screen.findByRole('link', { name: 'Maria Jansen' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name or MRN')).toHaveValue('jans');
  });

  it('shows more with the next cursor', async () => {
    const fetch = api({
      'GET /api/patients': (_, url) =>
        json(
          200,
          url.searchParams.get('cursor') === 'page-2'
            ? { items: [MARTA], nextCursor: null }
            : { items: [MARIA], nextCursor: 'page-2' },
        ),
    });
    renderWithApp(screens(), { fetch, route: '/patients?q=mar' });
    const user = userEvent.setup();
    expect(await screen.findByRole('link', { name: 'Maria Jansen' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByRole('link', { name: 'Marta Janssen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Maria Jansen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    const second = calls(fetch, 'GET', '/api/patients').map((r) => new URL(r.url).searchParams);
    expect(second.map((p) => [p.get('q'), p.get('cursor')])).toEqual([
      ['mar', null],
      ['mar', 'page-2'],
    ]);
  });

  it('offers to register a patient when nobody matches', async () => {
    const fetch = api({ 'GET /api/patients': () => json(200, EMPTY_PAGE) });
    renderWithApp(screens(), { fetch, route: '/patients?q=zzz' });
    expect(await screen.findByText('No patient matches “zzz”.')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Register a new patient' }));
    const form = screen.getByRole('region', { name: 'Register a patient' });
    expect(within(form).getByLabelText(/^MRN/)).toHaveFocus();
  });
});

describe('registering a patient', { timeout: 15_000 }, () => {
  async function openForm(fetch: ReturnType<typeof api>, language: 'en' | 'es' = 'en') {
    const rendered = renderWithApp(screens(), { fetch, route: '/patients', language });
    const name = language === 'en' ? 'Register a patient' : 'Registrar un paciente';
    await userEvent.setup().click(await screen.findByRole('button', { name }));
    return rendered;
  }

  async function fill(values: { mrn?: string; fullName?: string; birthDate?: string; sex?: string }) {
    const user = userEvent.setup();
    if (values.mrn) await user.type(screen.getByLabelText(/^MRN/), values.mrn);
    if (values.fullName) await user.type(screen.getByLabelText(/^Full name/), values.fullName);
    if (values.birthDate) await user.type(screen.getByLabelText(/^Birth date/), values.birthDate);
    if (values.sex) await user.selectOptions(screen.getByLabelText(/^Sex/), values.sex);
    return user;
  }

  /** Searches by MRN answer `found`; the page's own list is empty. */
  function searchAnswering(found: Schemas['PatientDto'][]): Handler {
    return (_, url) => json(200, url.searchParams.get('q') ? { items: found, nextCursor: null } : EMPTY_PAGE);
  }

  it('refuses missing fields on the fields themselves, without calling the API', async () => {
    const fetch = api({ 'GET /api/patients': searchAnswering([]) });
    await openForm(fetch);
    const before = fetch.mock.calls.length;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Register the patient' }));
    expect(await screen.findByText('Enter the MRN')).toBeInTheDocument();
    expect(screen.getByLabelText(/^MRN/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Full name/)).toHaveAccessibleDescription("Enter the patient's full name");
    expect(screen.getByLabelText(/^Birth date/)).toHaveAccessibleDescription('Enter the birth date');
    expect(screen.getByLabelText(/^Sex/)).toHaveAccessibleDescription('Choose the sex');
    expect(fetch.mock.calls.length).toBe(before);
  });

  it('refuses a birth date in the future and a malformed MRN', async () => {
    const fetch = api({ 'GET /api/patients': searchAnswering([]) });
    await openForm(fetch);
    const user = await fill({ mrn: 'MRN 12', fullName: 'Ana Ruiz', birthDate: '2999-01-01', sex: 'female' });
    await user.click(screen.getByRole('button', { name: 'Register the patient' }));
    expect(await screen.findByText('The birth date cannot be in the future')).toBeInTheDocument();
    expect(screen.getByText(/^Use up to 64 letters/)).toBeInTheDocument();
    expect(calls(fetch, 'POST', '/api/patients')).toHaveLength(0);
  });

  it('shows the patient who already holds the MRN as soon as the field is left, and creates nobody', async () => {
    // The search also matches a longer MRN by prefix: only the exact one is the holder.
    const fetch = api({ 'GET /api/patients': searchAnswering([MARTA, MARIA]) });
    await openForm(fetch);
    const user = await fill({ mrn: 'mrn-0012345' });
    await user.tab();
    expect(
      await screen.findByText('This MRN is already registered: Maria Jansen, born Apr 23, 1961'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open this patient' })).toHaveAttribute(
      'href',
      `/patients/${MARIA.id}`,
    );
    const lookup = calls(fetch, 'GET', '/api/patients').at(-1);
    expect(new URL(lookup?.url ?? '').searchParams.get('q')).toBe('MRN-0012345');

    await fill({ fullName: 'Maria Jansen', birthDate: '1961-04-23', sex: 'female' });
    await user.click(screen.getByRole('button', { name: 'Register the patient' }));
    expect(screen.getByText(/This MRN is already registered/)).toBeInTheDocument();
    expect(calls(fetch, 'POST', '/api/patients')).toHaveLength(0);
  });

  it('registers a new MRN and opens the new patient', async () => {
    const fetch = api({
      'GET /api/patients': searchAnswering([MARIA]),
      'POST /api/patients': () => json(201, ANA),
      [`GET /api/patients/${ANA.id}`]: () => json(200, detailOf(ANA)),
      'GET /api/cases': () => json(200, EMPTY_PAGE),
    });
    const { router } = await openForm(fetch);
    const user = await fill({
      mrn: 'MRN-0099',
      fullName: ' Ana Ruiz ',
      birthDate: '1970-01-02',
      sex: 'female',
    });
    await user.click(screen.getByRole('button', { name: 'Register the patient' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ana Ruiz' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/patients/${ANA.id}`);
    const [post] = calls(fetch, 'POST', '/api/patients');
    expect(await post?.json()).toEqual({
      mrn: 'MRN-0099',
      fullName: 'Ana Ruiz',
      birthDate: '1970-01-02',
      sex: 'female',
    });
  });

  it('shows the holder when the API answers 409 because the MRN was registered meanwhile', async () => {
    const fetch = api({
      'GET /api/patients': searchAnswering([]),
      'POST /api/patients': () =>
        json(409, {
          statusCode: 409,
          error: 'MRN_TAKEN',
          message: 'a patient with this MRN already exists at this institution',
          details: { field: 'mrn', patientId: MARIA.id },
        }),
      [`GET /api/patients/${MARIA.id}`]: () => json(200, detailOf(MARIA)),
    });
    const { router } = await openForm(fetch);
    const user = await fill({
      mrn: 'MRN-0012345',
      fullName: 'Maria Jansen',
      birthDate: '1961-04-23',
      sex: 'female',
    });
    await user.click(screen.getByRole('button', { name: 'Register the patient' }));
    expect(
      await screen.findByText('This MRN is already registered: Maria Jansen, born Apr 23, 1961'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open this patient' })).toHaveAttribute(
      'href',
      `/patients/${MARIA.id}`,
    );
    expect(router.state.location.pathname).toBe('/patients');
  });

  it('shows a problem the API finds on the field it names', async () => {
    const fetch = api({
      'GET /api/patients': searchAnswering([]),
      'POST /api/patients': () => validationFailed('fullName', 'fullName holds a control character'),
    });
    await openForm(fetch);
    const user = await fill({
      mrn: 'MRN-0099',
      fullName: 'Ana Ruiz',
      birthDate: '1970-01-02',
      sex: 'female',
    });
    await user.click(screen.getByRole('button', { name: 'Register the patient' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Check the fields marked below.');
    expect(screen.getByLabelText(/^Full name/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Full name/)).toHaveAccessibleDescription(
      'The service did not accept this value (fullName holds a control character)',
    );
    expect(screen.getByLabelText(/^MRN/)).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('says so in Spanish', async () => {
    const fetch = api({ 'GET /api/patients': searchAnswering([MARIA]) });
    await openForm(fetch, 'es');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^NHC/), 'MRN-0012345');
    await user.tab();
    expect(
      await screen.findByText('Este NHC ya está registrado: Maria Jansen, fecha de nacimiento 23 abr 1961'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Abrir este paciente' })).toBeInTheDocument();
    expect(screen.getByLabelText('Nombre o NHC')).toBeInTheDocument();
  });
});

describe('a patient page', { timeout: 15_000 }, () => {
  const DRAFT = boardCase({ questionForBoard: 'Resect or ablate segment VII?' });
  const DECIDED = boardCase({
    id: '00000000-0000-4000-8000-0000000000c2',
    status: 'decided',
    primarySite: 'colon',
    createdAt: '2025-10-01T10:00:00.000Z',
    updatedAt: '2025-10-20T10:00:00.000Z',
  });

  function patientApi(me: Schemas['MeDto'] = CLINICIAN, extra: Record<string, Handler> = {}) {
    return api(
      {
        [`GET /api/patients/${MARIA.id}`]: () =>
          json(200, {
            ...MARIA,
            cases: [DRAFT, DECIDED].map(({ id, status, primarySite, createdAt }) => ({
              id,
              status,
              primarySite,
              createdAt,
            })),
          } satisfies Schemas['PatientDetailDto']),
        'GET /api/cases': (_, url) =>
          json(
            200,
            url.searchParams.get('patientId') === MARIA.id
              ? { items: [DRAFT, DECIDED], nextCursor: null }
              : EMPTY_PAGE,
          ),
        'GET /api/patients': () => json(200, EMPTY_PAGE),
        ...extra,
      },
      me,
    );
  }

  it("shows the registration and lists the patient's cases, a draft with a link to its editor", async () => {
    renderWithApp(screens(), { fetch: patientApi(), route: `/patients/${MARIA.id}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Maria Jansen' })).toBeInTheDocument();
    const registration = screen.getByRole('region', { name: 'Registration' });
    expect(registration).toHaveTextContent('MRN-0012345');
    expect(registration).toHaveTextContent('Apr 23, 1961');
    expect(registration).toHaveTextContent('Female');
    expect(registration).toHaveTextContent('Hospital Universitario Demo');

    const table = await screen.findByRole('table', { name: 'Cases' });
    const [, draftRow, decidedRow] = within(table).getAllByRole('row');
    expect(within(draftRow!).getByRole('link', { name: 'Case of Mar 2, 2026' })).toHaveAttribute(
      'href',
      `/cases/${DRAFT.id}`,
    );
    expect(draftRow).toHaveTextContent('Draft');
    expect(draftRow).toHaveTextContent('Resect or ablate segment VII?');
    expect(draftRow).toHaveTextContent('Mar 4, 2026');
    expect(within(draftRow!).getByRole('link', { name: 'Edit the draft of Mar 2, 2026' })).toHaveAttribute(
      'href',
      `/cases/${DRAFT.id}/edit`,
    );
    expect(decidedRow).toHaveTextContent('Decided');
    expect(decidedRow).toHaveTextContent('Colon');
    expect(within(decidedRow!).queryByRole('link', { name: /Edit the draft/ })).not.toBeInTheDocument();
  });

  it('starts a new case for the patient and opens it in the editor', async () => {
    const created = boardCase({ id: '00000000-0000-4000-8000-0000000000c9' });
    const fetch = patientApi(CLINICIAN, { 'POST /api/cases': () => json(201, created) });
    const { router } = renderWithApp(screens(), { fetch, route: `/patients/${MARIA.id}` });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Start a new case' }));
    expect(await screen.findByText('editor')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/cases/${created.id}/edit`);
    const [post] = calls(fetch, 'POST', '/api/cases');
    expect(await post?.json()).toEqual({ patientId: MARIA.id });
  });

  it('corrects the registration, sending only what changed', async () => {
    const fetch = patientApi(CLINICIAN, {
      [`PATCH /api/patients/${MARIA.id}`]: () => json(200, { ...MARIA, fullName: 'María Jansen' }),
    });
    renderWithApp(screens(), { fetch, route: `/patients/${MARIA.id}` });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Correct registration' }));
    const name = screen.getByLabelText(/^Full name/);
    expect(name).toHaveValue('Maria Jansen');
    await user.clear(name);
    await user.type(name, 'María Jansen');
    await user.click(screen.getByRole('button', { name: 'Save the correction' }));
    expect(await screen.findByText('The registration was corrected.')).toBeInTheDocument();
    const [patch] = calls(fetch, 'PATCH', `/api/patients/${MARIA.id}`);
    expect(await patch?.json()).toEqual({ fullName: 'María Jansen' });
  });

  it('shows an MRN that belongs to another patient on the MRN field', async () => {
    const fetch = patientApi(CLINICIAN, {
      [`PATCH /api/patients/${MARIA.id}`]: () =>
        json(409, {
          statusCode: 409,
          error: 'MRN_TAKEN',
          message: 'a patient with this MRN already exists at this institution',
          details: { field: 'mrn' },
        }),
    });
    renderWithApp(screens(), { fetch, route: `/patients/${MARIA.id}` });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Correct registration' }));
    const mrn = screen.getByLabelText(/^MRN/);
    await user.clear(mrn);
    await user.type(mrn, 'MRN-7');
    await user.click(screen.getByRole('button', { name: 'Save the correction' }));
    expect(await screen.findByText('This MRN is already registered to another patient')).toBeInTheDocument();
    expect(mrn).toHaveAttribute('aria-invalid', 'true');
  });

  it('offers no registration, correction or new case to a reader without those permissions', async () => {
    const reader: Schemas['MeDto'] = { ...CLINICIAN, permissions: ['clinical.read'] };
    renderWithApp(screens(), { fetch: patientApi(reader), route: `/patients/${MARIA.id}` });
    expect(await screen.findByRole('table', { name: 'Cases' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Correct registration' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start a new case' })).not.toBeInTheDocument();
  });

  it('offers a reader without patients.write no registration on the search page', async () => {
    const reader: Schemas['MeDto'] = { ...CLINICIAN, permissions: ['clinical.read'] };
    const fetch = api({ 'GET /api/patients': () => json(200, EMPTY_PAGE) }, reader);
    renderWithApp(screens(), { fetch, route: '/patients?q=zzz' });
    expect(await screen.findByText('No patient matches “zzz”.')).toBeInTheDocument();
    await waitFor(() => expect(calls(fetch, 'GET', '/api/auth/me')).toHaveLength(1));
    expect(screen.queryByRole('button', { name: /Register/ })).not.toBeInTheDocument();
  });

  it('says when the patient does not exist', async () => {
    const fetch = api({
      [`GET /api/patients/${MARIA.id}`]: () =>
        json(404, { statusCode: 404, error: 'NOT_FOUND', message: 'patient not found' }),
      'GET /api/cases': () => json(200, EMPTY_PAGE),
    });
    renderWithApp(screens(), { fetch, route: `/patients/${MARIA.id}` });
    expect(
      await screen.findByText('This patient does not exist or is not available to you'),
    ).toBeInTheDocument();
  });
});
