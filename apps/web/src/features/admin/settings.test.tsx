import { Notifications, notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Schemas } from '../../api/client';
import type { Language } from '../../i18n';
import { ADMIN } from '../../test/fixtures';
import { type FakeFetch, json, renderWithApp } from '../../test/render';
import { SettingsPage } from './SettingsPage';
import {
  ADMIN_USER,
  bodyOf,
  calls,
  fakeApi,
  INSTITUTION,
  page,
  PLAN_BUILDER,
  problem,
  signIn,
} from './test-fixtures';

function renderAt(fetch: FakeFetch, language: Language = 'en') {
  return renderWithApp(
    <>
      <Notifications />
      <Routes>
        <Route path="/admin/settings" element={<SettingsPage />} />
      </Routes>
    </>,
    { route: '/admin/settings', fetch, language },
  );
}

const INSTITUTION_CHANGE: Schemas['AuditEntryDto'] = {
  id: '00000000-0000-4000-8000-00000000e001',
  occurredAt: '2026-02-01T10:00:00.000Z',
  actorId: ADMIN.id,
  actorRole: 'admin',
  action: 'settings.update',
  entityType: 'institution_settings',
  entityId: null,
  requestId: 'req-1',
  outcome: 'success',
  details: {
    before: {
      imagingWindowDays: 42,
      quorumDisciplines: ['surgery', 'radiology'],
      letterLanguage: 'en',
      deputySigning: false,
    },
    after: {
      imagingWindowDays: 28,
      quorumDisciplines: ['surgery', 'radiology', 'pathology'],
      letterLanguage: 'es',
      deputySigning: true,
    },
  },
};

const THRESHOLD_CHANGE: Schemas['AuditEntryDto'] = {
  ...INSTITUTION_CHANGE,
  id: '00000000-0000-4000-8000-00000000e002',
  action: 'plan_builder_settings.update',
  entityType: 'plan_builder_settings',
  details: {
    before: { ablationCautionDiameterMm: 30 },
    after: { ablationCautionDiameterMm: 25 },
    overrides: { ablationCautionDiameterMm: 25 },
  },
};

function settingsApi(extra: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    'GET /api/settings/plan-builder': () => json(200, PLAN_BUILDER),
    'GET /api/audit': (_, url) =>
      json(
        200,
        page(
          url.searchParams.get('entityType') === 'institution_settings'
            ? [INSTITUTION_CHANGE]
            : [THRESHOLD_CHANGE],
        ),
      ),
    [`GET /api/users/${ADMIN.id}`]: () => json(200, ADMIN_USER),
    'PUT /api/settings/institution': async (request) => {
      const body = (await request.clone().json()) as Schemas['UpdateInstitutionSettingsDto'];
      return json(200, { ...INSTITUTION, ...body, updatedAt: '2026-03-01T10:00:00.000Z' });
    },
    'PUT /api/settings/plan-builder': async (request) => {
      const overrides = (await request.clone().json()) as Schemas['UpdatePlanBuilderSettingsDto'];
      return json(200, {
        ...PLAN_BUILDER,
        overrides,
        thresholds: { ...PLAN_BUILDER.defaults, ...overrides },
        updatedAt: '2026-03-01T10:00:00.000Z',
      });
    },
    ...extra,
  });
}

const institution = () => screen.getByRole('region', { name: 'Institution' });
const thresholds = () => screen.getByRole('region', { name: 'Plan builder thresholds' });

beforeEach(signIn);
afterEach(() => notifications.clean());

describe('the institution settings', { timeout: 30_000 }, () => {
  it('shows each default, resets fields to it and saves the whole settings after a confirmation', async () => {
    const fetch = settingsApi();
    renderAt(fetch);
    const user = userEvent.setup();
    const days = await screen.findByLabelText(/^Imaging window \(days\)/);
    expect(days).toHaveValue('28');
    const block = institution();
    expect(within(block).getByText(/Default: 42$/)).toBeInTheDocument();
    expect(within(block).getByText('Default: Europe/Amsterdam')).toBeInTheDocument();
    expect(
      within(block).getByText('Default: Medical oncology, Surgery, Interventional radiology, Radiology'),
    ).toBeInTheDocument();
    expect(
      within(block).getByText(
        'The letter to the treating physician, its PDF and its printable page are in this language unless a request asks for another. Default: English',
      ),
    ).toBeInTheDocument();
    const deputies = within(block).getByRole('switch', { name: "Deputies may sign the board's letter" });
    expect(deputies).toBeChecked();
    expect(deputies).toHaveAccessibleDescription(
      'When on, a clinician marked present at the decision may sign the letter for the chair. When off, only the chair signs. Default: Off',
    );
    // Already at its default: nothing to reset.
    expect(
      within(block).getByRole('button', { name: 'Reset to default: Follow-up overdue after (days)' }),
    ).toBeDisabled();

    await user.click(within(block).getByRole('button', { name: 'Reset to default: Imaging window (days)' }));
    expect(days).toHaveValue('42');
    expect(within(block).getByRole('checkbox', { name: 'Pathology' })).toBeChecked();
    await user.click(
      within(block).getByRole('button', {
        name: 'Reset to default: Disciplines a board needs to be quorate',
      }),
    );
    expect(within(block).getByRole('checkbox', { name: 'Pathology' })).not.toBeChecked();
    const overdue = within(block).getByLabelText(/^Follow-up overdue after/);
    await user.clear(overdue);
    await user.type(overdue, '90');
    const zone = within(block).getByLabelText(/^Time zone/);
    // By keyboard: the list is filtered as one types, then the highlighted zone is taken.
    await user.clear(zone);
    await user.type(zone, 'Lisbon');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(zone).toHaveValue('Europe/Lisbon');
    const language = within(block).getByLabelText(/^Language of the board's letter/);
    expect(language).toHaveValue('Spanish');
    await user.click(
      within(block).getByRole('button', { name: "Reset to default: Language of the board's letter" }),
    );
    expect(language).toHaveValue('English');
    await user.click(
      within(block).getByRole('button', { name: "Reset to default: Deputies may sign the board's letter" }),
    );
    expect(deputies).not.toBeChecked();
    expect(
      within(block).getByRole('button', { name: "Reset to default: Deputies may sign the board's letter" }),
    ).toBeDisabled();

    await user.click(within(block).getByRole('button', { name: 'Save…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save the institution settings?' });
    const items = within(dialog)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Time zone: Europe/Madrid → Europe/Lisbon',
      'Imaging window (days): 28 → 42',
      'Disciplines a board needs to be quorate: Medical oncology, Surgery, Interventional radiology, Radiology, Pathology → Medical oncology, Surgery, Interventional radiology, Radiology',
      'Follow-up overdue after (days): 60 → 90',
      "Language of the board's letter: Spanish → English",
      "Deputies may sign the board's letter: On → Off",
    ]);
    expect(calls(fetch, 'PUT', '/api/settings/institution')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Institution settings saved')).toBeInTheDocument();
    expect(await bodyOf(calls(fetch, 'PUT', '/api/settings/institution')[0])).toEqual({
      timeZone: 'Europe/Lisbon',
      imagingWindowDays: 42,
      quorumDisciplines: ['medical_oncology', 'surgery', 'interventional_radiology', 'radiology'],
      followUpOverdueDays: 90,
      letterLanguage: 'en',
      deputySigning: false,
      mrnSystem: 'urn:consilium:mrn',
    });
  });

  it('sends the letter’s language and deputy signing with the rest, changed or not', async () => {
    const fetch = settingsApi();
    renderAt(fetch);
    const user = userEvent.setup();
    await screen.findByLabelText(/^Imaging window \(days\)/);
    const block = institution();
    const language = within(block).getByLabelText(/^Language of the board's letter/);
    await user.click(language);
    await user.click(await screen.findByRole('option', { name: 'English', hidden: true }));
    expect(language).toHaveValue('English');
    await user.click(within(block).getByRole('button', { name: 'Save…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save the institution settings?' });
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(["Language of the board's letter: Spanish → English"]);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Institution settings saved')).toBeInTheDocument();
    expect(await bodyOf(calls(fetch, 'PUT', '/api/settings/institution')[0])).toEqual({
      timeZone: 'Europe/Madrid',
      imagingWindowDays: 28,
      quorumDisciplines: [
        'medical_oncology',
        'surgery',
        'interventional_radiology',
        'radiology',
        'pathology',
      ],
      followUpOverdueDays: 60,
      letterLanguage: 'en',
      deputySigning: true,
      mrnSystem: 'urn:consilium:mrn',
    });

    // Saved: the form holds the answer, and turning deputies off is the next change (once the
    // first dialog has gone: a click while it closes would land on what is leaving).
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const deputies = within(block).getByRole('switch', { name: "Deputies may sign the board's letter" });
    await user.click(deputies);
    await user.click(within(block).getByRole('button', { name: 'Save…' }));
    const second = await screen.findByRole('dialog', { name: 'Save the institution settings?' });
    expect(within(second).getByRole('listitem')).toHaveTextContent(
      "Deputies may sign the board's letter: On → Off",
    );
    await user.click(within(second).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls(fetch, 'PUT', '/api/settings/institution')).toHaveLength(2));
    expect(await bodyOf(calls(fetch, 'PUT', '/api/settings/institution')[1])).toMatchObject({
      letterLanguage: 'en',
      deputySigning: false,
    });
  });

  it("sends the MRNs' identifier system, and checks that it is a URI before asking", async () => {
    const fetch = settingsApi();
    renderAt(fetch);
    const user = userEvent.setup();
    const field = await screen.findByLabelText(/^Identifier system of the MRNs \(FHIR\)/);
    await user.clear(field);
    await user.type(field, 'hospital numbers');
    await user.click(within(institution()).getByRole('button', { name: 'Save…' }));
    expect(
      await screen.findByText('Enter a URI with its scheme and no spaces, such as urn:oid:2.16.840.1.113883.19.5'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.clear(field);
    await user.type(field, 'urn:oid:2.16.840.1.113883.19.5');
    await user.click(within(institution()).getByRole('button', { name: 'Save…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save the institution settings?' });
    expect(within(dialog).getByRole('listitem')).toHaveTextContent(
      'Identifier system of the MRNs (FHIR): urn:consilium:mrn → urn:oid:2.16.840.1.113883.19.5',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls(fetch, 'PUT', '/api/settings/institution')).toHaveLength(1));
    expect(await bodyOf(calls(fetch, 'PUT', '/api/settings/institution')[0])).toMatchObject({
      mrnSystem: 'urn:oid:2.16.840.1.113883.19.5',
    });
  });

  it('checks the days before asking, and puts a 400 on its field', async () => {
    const fetch = settingsApi({
      'PUT /api/settings/institution': () =>
        problem(400, 'VALIDATION_FAILED', [
          { field: 'followUpOverdueDays', problems: ['followUpOverdueDays must not be greater than 365'] },
        ]),
    });
    renderAt(fetch);
    const user = userEvent.setup();
    const days = await screen.findByLabelText(/^Imaging window \(days\)/);
    await user.clear(days);
    await user.type(days, '0');
    await user.click(within(institution()).getByRole('button', { name: 'Save…' }));
    expect(await screen.findByText('Enter a whole number of days from 1 to 365')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.clear(days);
    await user.type(days, '30');
    await user.click(within(institution()).getByRole('button', { name: 'Save…' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText(
        'The service did not accept this value (followUpOverdueDays must not be greater than 365)',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shows the last changes from the audit log: when, who, before → after', async () => {
    const fetch = settingsApi();
    renderAt(fetch);
    const history = await within(await screen.findByRole('region', { name: 'Institution' })).findByRole(
      'region',
      {
        name: 'Recent changes',
      },
    );
    // 10:00 UTC is 11:00 in Madrid.
    expect(await within(history).findByText(/Feb 1, 2026, 11:00\s?AM · Adam Admin/)).toBeInTheDocument();
    expect(within(history).getByText('Imaging window (days): 42 → 28')).toBeInTheDocument();
    expect(
      within(history).getByText(
        'Disciplines a board needs to be quorate: Surgery, Radiology → Surgery, Radiology, Pathology',
      ),
    ).toBeInTheDocument();
    expect(
      within(history).getByText("Language of the board's letter: English → Spanish"),
    ).toBeInTheDocument();
    expect(within(history).getByText("Deputies may sign the board's letter: Off → On")).toBeInTheDocument();
    const asked = calls(fetch, 'GET', '/api/audit').map((r) => new URL(r.url).searchParams.toString());
    expect(asked).toContain('entityType=institution_settings&limit=5');
    expect(asked).toContain('entityType=plan_builder_settings&limit=5');
    const thresholdHistory = within(thresholds()).getByRole('region', { name: 'Recent changes' });
    expect(
      await within(thresholdHistory).findByText('Caution above this diameter (mm): 30 → 25'),
    ).toBeInTheDocument();
  });
});

describe('the plan builder thresholds', { timeout: 30_000 }, () => {
  it('marks the institution’s own values and stores only values that differ from the defaults', async () => {
    const fetch = settingsApi();
    renderAt(fetch);
    const user = userEvent.setup();
    const caution = await screen.findByLabelText(/^Caution above this diameter \(mm\)/);
    expect(caution).toHaveValue('25');
    const block = thresholds();
    expect(within(block).getByText(/rule set 1\.0\.0/)).toBeInTheDocument();
    expect(within(block).getAllByText("Institution's value")).toHaveLength(1);
    const ablationSize = within(block).getByRole('group', { name: 'Ablation: lesion size (ABL-SIZE)' });
    expect(within(ablationSize).getByText('Default: 30')).toBeInTheDocument();

    await user.click(
      within(block).getByRole('button', { name: 'Reset to default: Caution above this diameter (mm)' }),
    );
    expect(caution).toHaveValue('30');
    const sbrtCount = within(
      within(block).getByRole('group', { name: 'SBRT: number of lesions (SBRT-COUNT)' }),
    ).getByLabelText(/^Contraindicated above this many lesions/);
    await user.clear(sbrtCount);
    await user.type(sbrtCount, '5');
    await user.click(within(block).getByRole('button', { name: 'Save…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Save the plan builder thresholds?' });
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Caution above this diameter (mm): 25 → 30 (the default)',
      'Contraindicated above this many lesions: 3 → 5',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Plan builder thresholds saved')).toBeInTheDocument();
    expect(await bodyOf(calls(fetch, 'PUT', '/api/settings/plan-builder')[0])).toEqual({
      sbrtMaxLesionCount: 5,
    });
  });

  it('shows the plan builder’s refusal on the threshold it names', async () => {
    const fetch = settingsApi({
      'PUT /api/settings/plan-builder': () =>
        problem(422, 'INVALID_THRESHOLDS', [
          'ablationCautionDiameterMm: must be smaller than ablationContraindicatedDiameterMm',
        ]),
    });
    renderAt(fetch);
    const user = userEvent.setup();
    const caution = await screen.findByLabelText(/^Caution above this diameter \(mm\)/);
    await user.clear(caution);
    await user.type(caution, '60');
    await user.click(within(thresholds()).getByRole('button', { name: 'Save…' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText(
        'The service did not accept this value (must be smaller than ablationContraindicatedDiameterMm)',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('The plan builder refused these thresholds: see the fields marked.'),
    ).toBeInTheDocument();
    expect(await bodyOf(calls(fetch, 'PUT', '/api/settings/plan-builder')[0])).toEqual({
      ablationCautionDiameterMm: 60,
    });
  });

  it('speaks Spanish, decimals with a comma', async () => {
    renderAt(settingsApi(), 'es');
    expect(await screen.findByRole('heading', { level: 1, name: 'Configuración' })).toBeInTheDocument();
    expect(await screen.findByLabelText(/^Contraindicada con esta albúmina o menos/)).toHaveValue('2,5');
    expect(screen.getByText('Por defecto: 2,5')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Volver al valor por defecto: Vigencia de la imagen (días)' }),
    ).toBeInTheDocument();
    const block = screen.getByRole('region', { name: 'Centro' });
    expect(within(block).getByLabelText(/^Idioma de la carta del comité/)).toHaveValue('Español');
    expect(
      screen.getByRole('switch', { name: 'Los suplentes pueden firmar la carta del comité' }),
    ).toBeChecked();
    expect(
      await screen.findByText('Los suplentes pueden firmar la carta del comité: Desactivado → Activado'),
    ).toBeInTheDocument();
  });
});
