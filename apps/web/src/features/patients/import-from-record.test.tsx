import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { emptyCaseFacts } from '@consilium/domain';

import type { Schemas } from '../../api/client';
import type { Language } from '../../i18n';
import { CLINICIAN, COORDINATOR, EMPTY_PAGE } from '../../test/fixtures';
import { type FakeFetch, json, renderWithApp } from '../../test/render';
import { PatientsPage } from './PatientsPage';

const PATIENT_ID = '00000000-0000-4000-8000-000000000001';
const CASE_ID = '00000000-0000-4000-8000-0000000000c7';

const BUNDLE = {
  resourceType: 'Bundle',
  type: 'collection',
  entry: [
    {
      resource: {
        resourceType: 'Patient',
        identifier: [{ system: 'urn:oid:2.16.840.1.113883.19.5', value: 'MRN-0012345' }],
        name: [{ text: 'Maria Jansen' }],
        gender: 'female',
        birthDate: '1961-04-23',
      },
    },
    { resource: { resourceType: 'Observation', status: 'final', code: { text: 'Something unknown' } } },
  ],
};

function draftCase(): Schemas['CaseDto'] {
  return {
    id: CASE_ID,
    status: 'draft',
    patientId: PATIENT_ID,
    patient: {
      id: PATIENT_ID,
      mrn: 'MRN-0012345',
      fullName: 'Maria Jansen',
      birthDate: '1961-04-23',
      sex: 'female',
    },
    presentingSpecialistId: CLINICIAN.specialistId,
    presentingSpecialist: null,
    treatingPhysicianSpecialistId: null,
    treatingPhysicianSpecialist: null,
    treatingPhysicianName: null,
    treatingPhysicianContact: null,
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
    updatedAt: '2026-03-02T10:00:00.000Z',
  };
}

function imported(overrides: Partial<Schemas['FhirImportResultDto']> = {}): Schemas['FhirImportResultDto'] {
  return {
    case: draftCase(),
    patient: { id: PATIENT_ID, created: true, differences: [] },
    unmapped: [
      {
        element: 'Bundle.entry[1].resource.code',
        resource: 'Observation/obs-7',
        reason: 'the code is not one Consilium reads',
      },
    ],
    ...overrides,
  };
}

const refused = (status: number, error: string, details: unknown) =>
  json(status, { statusCode: status, error, message: `refused: ${error}`, details });

type Handler = (request: Request) => Response | Promise<Response>;

/** A fake API: the patients list, the import as the test says; anything else fails the test. */
function api(importAnswer: Handler, me: Schemas['MeDto'] = CLINICIAN) {
  const routes: Record<string, Handler> = {
    'GET /api/auth/me': () => json(200, me),
    'GET /api/patients': () => json(200, EMPTY_PAGE),
    'POST /api/fhir/import': importAnswer,
  };
  return vi.fn<FakeFetch>(async (request) => {
    const url = new URL(request.url);
    const route = routes[`${request.method} ${url.pathname}`];
    if (!route) throw new Error(`unexpected ${request.method} ${url.pathname}${url.search}`);
    return route(request);
  });
}

function calls(fetch: ReturnType<typeof api>, method: string, pathname: string) {
  return fetch.mock.calls
    .map(([request]) => request)
    .filter((r) => r.method === method && new URL(r.url).pathname === pathname);
}

function screens() {
  return (
    <Routes>
      <Route path="/patients" element={<PatientsPage />} />
      <Route path="/patients/:patientId" element={<p>patient page</p>} />
      <Route path="/cases/:caseId/edit" element={<p>editor</p>} />
    </Routes>
  );
}

async function openImport(fetch: ReturnType<typeof api>, language: Language = 'en') {
  const rendered = renderWithApp(screens(), { fetch, route: '/patients', language });
  const user = userEvent.setup();
  const [open, title] =
    language === 'en'
      ? ['Import from the record', 'Import from the record']
      : ['Importar de la historia clínica', 'Importar de la historia clínica'];
  await user.click(await screen.findByRole('button', { name: open }));
  const dialog = await screen.findByRole('dialog', { name: title });
  return { ...rendered, user, dialog };
}

async function pasteAndImport(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement, text: string) {
  await user.click(within(dialog).getByLabelText(/^FHIR R4 Bundle/));
  await user.paste(text);
  await user.click(within(dialog).getByRole('button', { name: 'Import' }));
}

beforeEach(() => {
  window.sessionStorage.setItem(
    'consilium.session',
    JSON.stringify({ accessToken: 'token-1', expiresAt: Date.now() + 60_000 }),
  );
});

// Typing into Mantine fields in jsdom is slow; a loaded machine must not turn that into failures.
describe('importing a case from the record', { timeout: 15_000 }, () => {
  it('sends the pasted bundle, lists what was not read, and opens the draft in the editor', async () => {
    const fetch = api(() => json(201, imported()));
    const { user, dialog, router } = await openImport(fetch);
    const listed = calls(fetch, 'GET', '/api/patients').length;
    await pasteAndImport(user, dialog, JSON.stringify(BUNDLE, null, 2));

    expect(await within(dialog).findByRole('heading', { name: 'Draft case started' })).toHaveFocus();
    const [post] = calls(fetch, 'POST', '/api/fhir/import');
    expect(post?.headers.get('content-type')).toBe('application/fhir+json');
    expect(await post?.json()).toEqual(BUNDLE);
    expect(
      within(dialog).getByText(
        'Maria Jansen (MRN MRN-0012345) was not registered yet: registered now from the record.',
      ),
    ).toBeInTheDocument();
    const unmapped = within(dialog).getByRole('region', { name: 'Not read from the bundle' });
    expect(unmapped).toHaveTextContent('1 element could not be read: complete it in the case editor.');
    const [item] = within(unmapped).getAllByRole('listitem');
    expect(item).toHaveTextContent(
      'Bundle.entry[1].resource.code (Observation/obs-7): the code is not one Consilium reads',
    );
    // A patient may have been registered: the list is read again.
    await waitFor(() => expect(calls(fetch, 'GET', '/api/patients').length).toBeGreaterThan(listed));

    const open = within(dialog).getByRole('link', { name: 'Open the draft case' });
    expect(open).toHaveAttribute('href', `/cases/${CASE_ID}/edit`);
    await user.click(open);
    expect(await screen.findByText('editor')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/cases/${CASE_ID}/edit`);
  });

  it('fills the text from a chosen file, and says when the bundle matched a registered patient', async () => {
    const fetch = api(() =>
      json(
        201,
        imported({
          patient: { id: PATIENT_ID, created: false, differences: ['fullName', 'sex'] },
          unmapped: [],
        }),
      ),
    );
    const { user, dialog } = await openImport(fetch);
    const text = JSON.stringify(BUNDLE);
    const file = new File([text], 'bundle.json', { type: 'application/fhir+json' });
    // Mantine's FileInput is a labelled button over a hidden file input, which is what a browser fills.
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]');
    expect(input).toHaveAttribute('accept', '.json,application/json,application/fhir+json');
    await user.upload(input!, file);

    expect(within(dialog).getByLabelText(/^Or choose the file/)).toHaveTextContent('bundle.json');
    await waitFor(() => expect(within(dialog).getByLabelText(/^FHIR R4 Bundle/)).toHaveValue(text));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    expect(
      await within(dialog).findByText(
        'The bundle matched the registered patient Maria Jansen (MRN MRN-0012345).',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        "The record differs from the registration in: full name and sex. The registration was kept as it is; correct it on the patient's page if the record is right.",
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Open the patient' })).toHaveAttribute(
      'href',
      `/patients/${PATIENT_ID}`,
    );
    expect(within(dialog).getByText('Every element of the bundle was read.')).toBeInTheDocument();
    const [post] = calls(fetch, 'POST', '/api/fhir/import');
    expect(await post?.json()).toEqual(BUNDLE);
  });

  it('refuses a text that is not JSON on the field, without calling the API', async () => {
    const fetch = api(() => json(201, imported()));
    const { user, dialog } = await openImport(fetch);
    await pasteAndImport(user, dialog, '{"resourceType": "Bundle", "entry": [');

    const field = within(dialog).getByLabelText(/^FHIR R4 Bundle/);
    expect(await within(dialog).findByText(/^This text is not valid JSON/)).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/This text is not valid JSON/);
    expect(field).toHaveFocus();
    expect(calls(fetch, 'POST', '/api/fhir/import')).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Import from the record' }));
    const reopened = await screen.findByRole('dialog', { name: 'Import from the record' });
    await user.click(within(reopened).getByRole('button', { name: 'Import' }));
    expect(await within(reopened).findByText('Paste the bundle or choose its file')).toBeInTheDocument();
    expect(calls(fetch, 'POST', '/api/fhir/import')).toHaveLength(0);
  });

  it('refuses a bundle larger than the API accepts, measured as sent', async () => {
    const fetch = api(() => json(201, imported()));
    const { user, dialog } = await openImport(fetch);
    await pasteAndImport(user, dialog, JSON.stringify({ ...BUNDLE, id: 'x'.repeat(1024 * 1024) }));
    expect(
      await within(dialog).findByText('The bundle is larger than 1 MiB, the most the service accepts'),
    ).toBeInTheDocument();
    expect(calls(fetch, 'POST', '/api/fhir/import')).toHaveLength(0);
  });

  it('lists each element a 400 names, with its problems', async () => {
    const fetch = api(() =>
      refused(400, 'VALIDATION_FAILED', [
        { field: 'Bundle.entry[0].resource.birthDate', problems: ['birthDate is not a FHIR date'] },
        { field: 'Bundle.type', problems: ['must be transaction or collection'] },
      ]),
    );
    const { user, dialog } = await openImport(fetch);
    await pasteAndImport(user, dialog, JSON.stringify(BUNDLE));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The bundle was not imported');
    expect(alert).toHaveTextContent('These elements of the bundle are not valid FHIR R4:');
    const items = within(alert).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Bundle.entry[0].resource.birthDate: birthDate is not a FHIR date',
      'Bundle.type: must be transaction or collection',
    ]);
    // The form stays, for the text to be corrected.
    expect(within(dialog).getByLabelText(/^FHIR R4 Bundle/)).toHaveValue(JSON.stringify(BUNDLE));
  });

  it("names both identifier systems when the MRN is not in the institution's", async () => {
    const fetch = api(() =>
      refused(422, 'MRN_SYSTEM_MISMATCH', {
        given: 'urn:oid:1.2.3.4',
        expected: 'urn:oid:2.16.840.1.113883.19.5',
      }),
    );
    const { user, dialog } = await openImport(fetch);
    await pasteAndImport(user, dialog, JSON.stringify(BUNDLE));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      "The patient's MRN is in the identifier system urn:oid:1.2.3.4, but this institution's MRNs are in urn:oid:2.16.840.1.113883.19.5. An administrator sets the institution's MRN system in the settings.",
    );
  });

  it('links to the registered patient when the MRN is registered with another birth date', async () => {
    const fetch = api(() => refused(409, 'PATIENT_MISMATCH', { patientId: PATIENT_ID, field: 'birthDate' }));
    const { user, dialog } = await openImport(fetch);
    await pasteAndImport(user, dialog, JSON.stringify(BUNDLE));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('A patient with this MRN is registered with another birth date.');
    expect(within(alert).getByRole('link', { name: 'Open the registered patient' })).toHaveAttribute(
      'href',
      `/patients/${PATIENT_ID}`,
    );
  });

  it('lists the facts a case refuses', async () => {
    const fetch = api(() =>
      refused(422, 'IMPORTED_FACTS_REFUSED', [
        { field: 'ecog', problems: ['ecog must not be greater than 4'] },
      ]),
    );
    const { user, dialog } = await openImport(fetch);
    await pasteAndImport(user, dialog, JSON.stringify(BUNDLE));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent("The record's patient or facts are not accepted here:");
    expect(within(alert).getByRole('listitem')).toHaveTextContent('ecog: ecog must not be greater than 4');
  });

  it('is not offered to an account that may not start cases', async () => {
    const fetch = api(() => json(201, imported()), COORDINATOR);
    renderWithApp(screens(), { fetch, route: '/patients' });
    expect(await screen.findByRole('button', { name: 'Register a patient' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import from the record' })).not.toBeInTheDocument();
  });

  it('speaks Spanish', async () => {
    const fetch = api(() =>
      refused(422, 'MRN_SYSTEM_MISMATCH', {
        given: 'urn:oid:1.2.3.4',
        expected: 'urn:oid:2.16.840.1.113883.19.5',
      }),
    );
    const { user, dialog } = await openImport(fetch, 'es');
    expect(within(dialog).getByLabelText(/^O elige el archivo/)).toBeInTheDocument();
    await user.click(within(dialog).getByLabelText(/^Bundle FHIR R4/));
    await user.paste('no es json');
    await user.click(within(dialog).getByRole('button', { name: 'Importar' }));
    expect(
      await within(dialog).findByText(
        'Este texto no es JSON válido: comprueba que se ha pegado el bundle entero',
      ),
    ).toBeInTheDocument();

    await user.clear(within(dialog).getByLabelText(/^Bundle FHIR R4/));
    await user.paste(JSON.stringify(BUNDLE));
    await user.click(within(dialog).getByRole('button', { name: 'Importar' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'El NHC del paciente está en el sistema de identificadores urn:oid:1.2.3.4, pero los NHC de este centro están en urn:oid:2.16.840.1.113883.19.5. Un administrador fija el sistema de los NHC del centro en la configuración.',
    );
  });

  it("says in Spanish that the reasons are the service's, in English, and marks them so", async () => {
    const { user, dialog } = await openImport(
      api(() => json(201, imported())),
      'es',
    );
    await user.click(within(dialog).getByLabelText(/^Bundle FHIR R4/));
    await user.paste(JSON.stringify(BUNDLE));
    await user.click(within(dialog).getByRole('button', { name: 'Importar' }));
    expect(
      await within(dialog).findByText(
        /No se ha podido leer 1 elemento: complétalo en el editor del caso\. El servicio da cada motivo en inglés\./,
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('the code is not one Consilium reads')).toHaveAttribute('lang', 'en');
  });

  it(
    'finds no serious or critical axe violation, in the form and in the result',
    { timeout: 30_000 },
    async () => {
      const fetch = api(() => json(201, imported()));
      const { user, dialog } = await openImport(fetch);
      const check = async () => {
        const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
        expect(
          results.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
      };
      await user.click(within(dialog).getByRole('button', { name: 'Import' }));
      await within(dialog).findByText('Paste the bundle or choose its file');
      await check();
      await pasteAndImport(user, dialog, JSON.stringify(BUNDLE));
      await within(dialog).findByRole('link', { name: 'Open the draft case' });
      await check();
    },
  );
});
