import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { Schemas } from '../../api/client';
import { CLINICIAN } from '../../test/fixtures';
import { type FakeFetch, json, renderWithApp } from '../../test/render';
import { CaseEditorPage } from './CaseEditorPage';
import { DRAFT_CASE, readinessOf, SPECIALISTS } from './fixtures';

type Handler = (request: Request) => Response | Promise<Response>;
const ID = DRAFT_CASE.id;

/** A fake API answering the real shapes; any other call fails the test. */
function api({
  boardCase = DRAFT_CASE,
  readiness = readinessOf(['imaging', 'question']),
  me = CLINICIAN,
  ...routes
}: {
  boardCase?: Schemas['CaseDto'];
  readiness?: Schemas['ReadinessDto'] | (() => Schemas['ReadinessDto']);
  me?: Schemas['MeDto'];
} & Record<string, Handler | unknown> = {}) {
  return vi.fn<FakeFetch>(async (request) => {
    const { pathname } = new URL(request.url);
    const key = `${request.method} ${pathname}`;
    if (key === 'GET /api/auth/me') return json(200, me);
    if (key === `GET /api/cases/${ID}`) return json(200, boardCase);
    if (key === `GET /api/cases/${ID}/readiness`)
      return json(200, typeof readiness === 'function' ? readiness() : readiness);
    if (key === 'GET /api/specialists') return json(200, SPECIALISTS);
    const route = routes[key] as Handler | undefined;
    if (!route) throw new Error(`unexpected ${key}`);
    return route(request);
  });
}

function renderEditor(fetch: FakeFetch, language: 'en' | 'es' = 'en') {
  return renderWithApp(
    <Routes>
      <Route path="/cases/:caseId/edit" element={<CaseEditorPage />} />
      <Route path="/cases/:caseId" element={<p>case page</p>} />
    </Routes>,
    { route: `/cases/${ID}/edit`, fetch, language },
  );
}

async function editorReady() {
  return screen.findByRole('heading', { level: 2, name: 'Liver metastases' });
}

// A whole editor per test, typed into key by key: slower than the default 5 s on a busy machine.
vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  window.sessionStorage.setItem(
    'consilium.session',
    JSON.stringify({ accessToken: 'token-1', expiresAt: Date.now() + 60_000 }),
  );
});

describe('the case editor', () => {
  it('shows the patient, the status and the sections a clinician expects', async () => {
    renderEditor(api());
    await editorReady();
    expect(screen.getByRole('heading', { level: 1, name: 'Case preparation' })).toBeInTheDocument();
    expect(screen.getByText('Ana Ruiz')).toBeInTheDocument();
    expect(screen.getByText('MRN MRN-1')).toBeInTheDocument();
    expect(screen.getByText('Draft')).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(
      expect.arrayContaining([
        'Primary tumour',
        'Biomarkers',
        'Liver metastases',
        'Liver function',
        'Performance status',
        'Comorbidities',
        'Prior treatments',
        'Dates',
        'Question for the board',
        "Treating physician (addressee of the board's letter)",
        'Readiness for the board',
      ]),
    );
    expect(screen.getByLabelText('Bilirubin (mg/dL)')).toHaveValue('1.5');
    expect(screen.getByRole('radiogroup', { name: 'RAS' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Pending', checked: true })).toBeInTheDocument();
    expect(screen.getByText('All changes saved')).toBeInTheDocument();
  });

  it('has no serious or critical axe finding, with lesions, treatments and comorbidities', async () => {
    const { container } = renderEditor(api({ readiness: readinessOf(['imaging']) }));
    await editorReady();
    await screen.findByText('Needs a CT or MRI within the imaging window.');
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('speaks Spanish', async () => {
    renderEditor(api(), 'es');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Metástasis hepáticas' }),
    ).toBeInTheDocument();
    for (const name of [
      'Tumor primario',
      'Biomarcadores',
      'Función hepática',
      'Estado funcional',
      'Pregunta para el comité',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    expect(screen.getByRole('heading', { level: 1, name: 'Preparación del caso' })).toBeInTheDocument();
    expect(screen.getByLabelText('Bilirrubina (mg/dL)')).toBeInTheDocument();
  });
});

describe('the lesion table', () => {
  it('adds a lesion by keyboard, removes one, and refuses a diameter outside 1–300 mm on the field', async () => {
    const user = userEvent.setup({ delay: null });
    renderEditor(api());
    await editorReady();
    expect(screen.getByLabelText('Lesion 1: segment')).toHaveValue('7');

    screen.getByRole('button', { name: 'Add a lesion' }).focus();
    await user.keyboard('{Enter}');
    const segment = screen.getByLabelText('Lesion 2: segment');
    expect(segment).toHaveFocus();
    await user.selectOptions(segment, 'Segment II');
    await user.tab();
    expect(screen.getByLabelText('Lesion 2: diameter (mm)')).toHaveFocus();
    await user.keyboard('400');
    await user.tab();

    const diameter = screen.getByLabelText('Lesion 2: diameter (mm)');
    expect(await screen.findByText('Enter a value from 1 to 300 mm')).toBeInTheDocument();
    expect(diameter).toHaveAttribute('aria-invalid', 'true');
    expect(diameter).toHaveAccessibleDescription('Enter a value from 1 to 300 mm');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();

    await user.clear(diameter);
    await user.type(diameter, '12');
    expect(diameter).not.toHaveAttribute('aria-invalid', 'true');

    screen.getByRole('button', { name: 'Remove lesion 1' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByLabelText('Lesion 2: segment')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Lesion 1: segment')).toHaveValue('2');
    expect(screen.getByLabelText('Lesion 1: diameter (mm)')).toHaveValue('12');
    expect(screen.getByRole('button', { name: 'Add a lesion' })).toHaveFocus();
  });

  it('adds a lesion in segment VII from the diagram, by click and by Enter, ready for its diameter', async () => {
    const user = userEvent.setup({ delay: null });
    renderEditor(api({ boardCase: { ...DRAFT_CASE, lesions: [] } }));
    await editorReady();
    const diagram = screen.getByRole('group', { name: 'Liver lesions by Couinaud segment' });

    await user.click(within(diagram).getByRole('button', { name: 'Segment VII, no lesions: add a lesion' }));
    expect(screen.getByLabelText('Lesion 1: segment')).toHaveValue('7');
    expect(screen.getByLabelText('Lesion 1: diameter (mm)')).toHaveFocus();

    within(diagram).getByRole('button', { name: 'Segment VII, 1 lesion: add a lesion' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Lesion 2: segment')).toHaveValue('7');
    expect(screen.getByLabelText('Lesion 2: diameter (mm)')).toHaveFocus();
    expect(
      within(diagram).getByRole('button', { name: 'Segment VII, 2 lesions: add a lesion' }),
    ).toBeInTheDocument();
  });
});

describe('saving', () => {
  it('sends only the changed fields, then shows the saved case and its new readiness', async () => {
    const user = userEvent.setup({ delay: null });
    let readiness = readinessOf(['imaging', 'question']);
    const sent: unknown[] = [];
    const fetch = api({
      readiness: () => readiness,
      [`PATCH /api/cases/${ID}`]: async (request: Request) => {
        const body = (await request.json()) as Schemas['UpdateCaseDto'];
        sent.push(body);
        readiness = readinessOf(['imaging']);
        return json(200, { ...DRAFT_CASE, ...body });
      },
    });
    renderEditor(fetch);
    await editorReady();
    expect(await screen.findByText('Needs the question for the board.')).toBeInTheDocument();

    await user.type(
      screen.getByRole('textbox', { name: 'Question for the board' }),
      'Resect or ablate first?',
    );
    await user.clear(screen.getByLabelText('Bilirubin (mg/dL)'));
    expect(
      screen.getByText('Readiness is checked on the saved case: save to update it.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    expect(sent).toEqual([{ bilirubinMgDl: null, questionForBoard: 'Resect or ablate first?' }]);
    await waitFor(() =>
      expect(screen.queryByText('Needs the question for the board.')).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('textbox', { name: 'Question for the board' })).toHaveValue(
      'Resect or ablate first?',
    );
    expect(screen.queryByText(/Readiness is checked on the saved case/)).not.toBeInTheDocument();
  });

  it('shows each field problem of a 400 on its field, and the others in the summary', async () => {
    const user = userEvent.setup({ delay: null });
    const fetch = api({
      [`PATCH /api/cases/${ID}`]: () =>
        json(400, {
          statusCode: 400,
          error: 'VALIDATION_FAILED',
          message: 'Invalid fields: lesions.0.diameterMm, bilirubinMgDl, presentingSpecialistId',
          details: [
            { field: 'lesions.0.diameterMm', problems: ['diameterMm must not be greater than 300'] },
            { field: 'bilirubinMgDl', problems: ['bilirubinMgDl must have at most 2 decimal places'] },
            { field: 'presentingSpecialistId', problems: ['presentingSpecialistId must be a UUID'] },
          ],
        }),
    });
    renderEditor(fetch);
    await editorReady();
    await user.clear(screen.getByLabelText('Lesion 1: diameter (mm)'));
    await user.type(screen.getByLabelText('Lesion 1: diameter (mm)'), '25');
    await user.clear(screen.getByLabelText('Bilirubin (mg/dL)'));
    await user.type(screen.getByLabelText('Bilirubin (mg/dL)'), '1.2');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByText('Some fields were not accepted: check the marked fields.');
    expect(alert).toBeInTheDocument();
    const diameter = screen.getByLabelText('Lesion 1: diameter (mm)');
    expect(diameter).toHaveAttribute('aria-invalid', 'true');
    expect(diameter).toHaveAccessibleDescription('diameterMm must not be greater than 300');
    const bilirubin = screen.getByLabelText('Bilirubin (mg/dL)');
    expect(bilirubin).toHaveAttribute('aria-invalid', 'true');
    expect(bilirubin).toHaveAccessibleDescription('bilirubinMgDl must have at most 2 decimal places');
    expect(screen.getByText(/presentingSpecialistId must be a UUID/)).toBeInTheDocument();
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
  });

  it('explains a 409: the case can no longer be edited', async () => {
    const user = userEvent.setup({ delay: null });
    const fetch = api({
      [`PATCH /api/cases/${ID}`]: () =>
        json(409, {
          statusCode: 409,
          error: 'CASE_NOT_EDITABLE',
          message: 'a case in state decided can no longer be edited',
          details: { state: 'decided' },
        }),
    });
    renderEditor(fetch);
    await editorReady();
    await user.type(screen.getByLabelText('Histology'), ' (mucinous)');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(
      await screen.findByText(/This case can no longer be edited: it changed since you opened it/),
    ).toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes', async () => {
    const user = userEvent.setup({ delay: null });
    renderEditor(api());
    await editorReady();
    await user.type(screen.getByLabelText('Histology'), ' (mucinous)');
    await user.click(screen.getByRole('link', { name: 'Open the case page' }));

    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByLabelText('Histology')).toHaveValue('adenocarcinoma (mucinous)');

    await user.click(screen.getByRole('link', { name: 'Open the case page' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', {
        name: 'Leave',
      }),
    );
    expect(await screen.findByText('case page')).toBeInTheDocument();
  });

  it('leaves without asking when nothing changed', async () => {
    const user = userEvent.setup({ delay: null });
    renderEditor(api());
    await editorReady();
    await user.click(screen.getByRole('link', { name: 'Open the case page' }));
    expect(await screen.findByText('case page')).toBeInTheDocument();
  });
});

describe('the treating physician', () => {
  const ADDRESSEE_SECTION = "Treating physician (addressee of the board's letter)";

  function patchApi(sent: unknown[], boardCase: Schemas['CaseDto'] = DRAFT_CASE) {
    return api({
      boardCase,
      [`PATCH /api/cases/${ID}`]: async (request: Request) => {
        const body = (await request.json()) as Schemas['UpdateCaseDto'];
        sent.push(body);
        return json(200, { ...boardCase, ...body, treatingPhysicianSpecialist: null });
      },
    });
  }

  it('names an outside physician: the name and contact are sent, the specialist cleared', async () => {
    const user = userEvent.setup({ delay: null });
    const sent: unknown[] = [];
    renderEditor(patchApi(sent));
    await editorReady();
    const section = screen.getByRole('region', { name: ADDRESSEE_SECTION });
    const kind = within(section).getByRole('radiogroup', { name: 'Who is the treating physician?' });
    expect(within(kind).getByRole('radio', { name: 'A specialist of the directory' })).toBeChecked();
    expect(within(section).getByRole('combobox', { name: /^Specialist/ })).toBeInTheDocument();

    await user.click(within(kind).getByRole('radio', { name: 'An outside physician' }));
    expect(within(section).queryByRole('combobox', { name: /^Specialist/ })).not.toBeInTheDocument();
    await user.type(
      within(section).getByRole('textbox', { name: /^Name/ }),
      'Dr Ana Ruiz, Hospital Comarcal',
    );
    await user.type(
      within(section).getByRole('textbox', { name: /^Contact/ }),
      'ana.ruiz@hcomarcal.example, +34 900 000 000',
    );
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        treatingPhysicianSpecialistId: null,
        treatingPhysicianName: 'Dr Ana Ruiz, Hospital Comarcal',
        treatingPhysicianContact: 'ana.ruiz@hcomarcal.example, +34 900 000 000',
      },
    ]);
  });

  it('switches an outside physician for a directory specialist: the name and contact are sent empty', async () => {
    const user = userEvent.setup({ delay: null });
    const sent: unknown[] = [];
    const outside: Schemas['CaseDto'] = {
      ...DRAFT_CASE,
      treatingPhysicianName: 'Dr Ana Ruiz, Hospital Comarcal',
      treatingPhysicianContact: 'ana.ruiz@hcomarcal.example',
    };
    renderEditor(patchApi(sent, outside));
    await editorReady();
    const section = screen.getByRole('region', { name: ADDRESSEE_SECTION });
    expect(within(section).getByRole('radio', { name: 'An outside physician' })).toBeChecked();
    expect(within(section).getByRole('textbox', { name: /^Name/ })).toHaveValue(
      'Dr Ana Ruiz, Hospital Comarcal',
    );

    await user.click(within(section).getByRole('radio', { name: 'A specialist of the directory' }));
    await user.click(within(section).getByRole('combobox', { name: /^Specialist/ }));
    await user.click(
      await screen.findByRole('option', { name: 'Dr Helena Hepatologist (Hepatology)', hidden: true }),
    );
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        treatingPhysicianSpecialistId: SPECIALISTS.items[0].id,
        treatingPhysicianName: null,
        treatingPhysicianContact: null,
      },
    ]);
  });

  it("refuses an outside physician's contact without the name, on the field, and sends nothing", async () => {
    const user = userEvent.setup({ delay: null });
    const sent: unknown[] = [];
    renderEditor(patchApi(sent));
    await editorReady();
    const section = screen.getByRole('region', { name: ADDRESSEE_SECTION });
    await user.click(within(section).getByRole('radio', { name: 'An outside physician' }));
    await user.type(within(section).getByRole('textbox', { name: /^Contact/ }), 'ana.ruiz@hcomarcal.example');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const name = within(section).getByRole('textbox', { name: /^Name/ });
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(
      expect.stringContaining("Give the outside physician's name, or clear the contact."),
    );
    expect(sent).toEqual([]);
  });

  it("shows the API's refusal of the addressee on the name", async () => {
    const user = userEvent.setup({ delay: null });
    renderEditor(
      api({
        [`PATCH /api/cases/${ID}`]: () =>
          json(422, {
            statusCode: 422,
            error: 'TREATING_PHYSICIAN_AMBIGUOUS',
            message: 'name either a specialist of the directory or an outside physician, not both',
            details: { field: 'treatingPhysicianName' },
          }),
      }),
    );
    await editorReady();
    const section = screen.getByRole('region', { name: ADDRESSEE_SECTION });
    await user.click(within(section).getByRole('radio', { name: 'An outside physician' }));
    await user.type(within(section).getByRole('textbox', { name: /^Name/ }), 'Dr Ana Ruiz');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const name = within(section).getByRole('textbox', { name: /^Name/ });
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(
      expect.stringContaining('Name either a specialist of the directory or an outside physician, not both.'),
    );
  });
});

describe('readiness and submission', () => {
  it('lists the missing items by name with what they need, and says why Submit is disabled', async () => {
    renderEditor(api({ readiness: readinessOf(['liver_lesions', 'biomarkers']) }));
    await editorReady();
    const panel = await screen.findByRole('list', { name: 'Readiness for the board' });
    await within(panel).findByText('Liver lesions');
    expect(
      within(panel).getByText('Needs at least one lesion with its segment and diameter.'),
    ).toBeInTheDocument();
    expect(
      within(panel).getByText('Needs RAS, BRAF and MSI (pending counts) for a colorectal primary.'),
    ).toBeInTheDocument();
    expect(within(panel).getAllByText('Missing')).toHaveLength(2);
    expect(within(panel).getAllByText('OK')).toHaveLength(5);
    expect(screen.getByText('2 items missing')).toBeInTheDocument();

    const submit = screen.getByRole('button', { name: 'Submit to the board' });
    expect(submit).toBeDisabled();
    expect(submit).toHaveAccessibleDescription('Complete the missing items before submitting.');

    await userEvent
      .setup({ delay: null })
      .click(within(panel).getByRole('button', { name: 'Go to Liver lesions' }));
    expect(document.getElementById('liver-metastases')).toHaveFocus();
  });

  it('enables Submit when the saved case is ready, and disables it again while a change is unsaved', async () => {
    const user = userEvent.setup({ delay: null });
    renderEditor(api({ readiness: readinessOf([]) }));
    await editorReady();
    const submit = await screen.findByRole('button', { name: 'Submit to the board' });
    await waitFor(() => expect(submit).toBeEnabled());
    expect(await screen.findByText('Ready to submit')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Histology'), ' (mucinous)');
    expect(submit).toBeDisabled();
    expect(submit).toHaveAccessibleDescription('Save your changes first: the board receives the saved case.');
  });

  it('shows a 422 from the server item by item', async () => {
    const user = userEvent.setup({ delay: null });
    const fetch = api({
      readiness: readinessOf([]),
      [`POST /api/cases/${ID}/submit`]: () =>
        json(422, {
          statusCode: 422,
          error: 'CASE_NOT_READY',
          message: 'the case is not ready to submit: imaging (latest imaging is 50 days old)',
          details: [
            {
              item: 'imaging',
              ok: false,
              message: 'latest imaging is 50 days old, older than the 42-day window',
            },
            { item: 'ecog', ok: false, message: 'missing: ECOG performance status' },
          ],
        }),
    });
    renderEditor(fetch);
    await editorReady();
    const submit = await screen.findByRole('button', { name: 'Submit to the board' });
    await waitFor(() => expect(submit).toBeEnabled());
    await user.click(submit);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The case is not ready to submit')).toBeInTheDocument();
    expect(within(alert).getByText('Recent imaging')).toBeInTheDocument();
    expect(within(alert).getByText('Needs a CT or MRI within the imaging window.')).toBeInTheDocument();
    expect(within(alert).getByText('ECOG performance status')).toBeInTheDocument();
    expect(within(alert).getByText('Needs the ECOG grade.')).toBeInTheDocument();
  });

  it('submits a ready case and opens the case page', async () => {
    const user = userEvent.setup({ delay: null });
    const fetch = api({
      readiness: readinessOf([]),
      [`POST /api/cases/${ID}/submit`]: () => json(200, { ...DRAFT_CASE, status: 'submitted' }),
    });
    renderEditor(fetch);
    await editorReady();
    const submit = await screen.findByRole('button', { name: 'Submit to the board' });
    await waitFor(() => expect(submit).toBeEnabled());
    await user.click(submit);
    expect(await screen.findByText('case page')).toBeInTheDocument();
  });
});

describe('a case that cannot be edited', () => {
  it('is explained for a decided case, with a link to its page', async () => {
    renderEditor(api({ boardCase: { ...DRAFT_CASE, status: 'decided' } }));
    expect(await screen.findByText('This case cannot be edited')).toBeInTheDocument();
    expect(screen.getByText(/The case is Decided/)).toBeInTheDocument();
    expect(
      screen.getByText(
        "The addressee of the board's letter can still be named or changed on the case page, until the letter is signed.",
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Open the case page' }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
  });

  it('is explained to a user who may not write cases', async () => {
    renderEditor(
      api({ me: { ...CLINICIAN, role: 'coordinator', permissions: ['clinical.read', 'patients.write'] } }),
    );
    expect(await screen.findByText('Your account may read cases but not edit them.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Histology' })).not.toBeInTheDocument();
  });

  it('says a submitted case is already with the board, and stays editable', async () => {
    renderEditor(api({ boardCase: { ...DRAFT_CASE, status: 'submitted' } }));
    await editorReady();
    expect(screen.getByText(/already been sent to the board \(status: Submitted\)/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit to the board' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeInTheDocument();
  });
});
