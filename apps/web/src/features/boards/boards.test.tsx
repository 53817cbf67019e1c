import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import type { Schemas } from '../../api/client';
import type { Language } from '../../i18n';
import { CLINICIAN } from '../../test/fixtures';
import { type FakeFetch, json, renderWithApp } from '../../test/render';
import { BoardPage } from './BoardPage';
import { BoardPreReadPage, PreReadPage } from './PreReadPage';
import {
  buildCase,
  buildMeeting,
  CASE_ID,
  MEETING_ID,
  OTHER_CASE,
  OTHER_CASE_ID,
  planOptionsFor,
} from './test-fixtures';

const MARIA = buildCase();

/** A fake API: each path answers what the test says; anything else is a test failure. */
function api(routes: Record<string, () => Response>) {
  return vi.fn<FakeFetch>(async (request) => {
    const { pathname } = new URL(request.url);
    const route = routes[`${request.method} ${pathname}`];
    if (!route) throw new Error(`unexpected ${request.method} ${pathname}`);
    return route();
  });
}

function boardApi(meeting: Schemas['MeetingDetailDto'] = buildMeeting()) {
  return api({
    'GET /api/auth/me': () => json(200, CLINICIAN),
    [`GET /api/meetings/${MEETING_ID}`]: () => json(200, meeting),
    [`GET /api/cases/${CASE_ID}`]: () => json(200, MARIA),
    [`GET /api/cases/${CASE_ID}/plan-options`]: () => json(200, planOptionsFor(MARIA)),
    [`GET /api/cases/${OTHER_CASE_ID}`]: () => json(200, OTHER_CASE),
    [`GET /api/cases/${OTHER_CASE_ID}/plan-options`]: () => json(200, planOptionsFor(OTHER_CASE)),
  });
}

function signIn() {
  window.sessionStorage.setItem(
    'consilium.session',
    JSON.stringify({ accessToken: 'token-1', expiresAt: Date.now() + 60_000 }),
  );
}

function renderAt(route: string, fetch: FakeFetch, language: Language = 'en') {
  signIn();
  return renderWithApp(
    <Routes>
      <Route path="/meetings/:meetingId" element={<BoardPage />} />
      <Route path="/meetings/:meetingId/pre-read" element={<BoardPreReadPage />} />
      <Route path="/meetings/:meetingId/cases/:caseId/pre-read" element={<PreReadPage />} />
    </Routes>,
    { route, fetch, language },
  );
}

describe('the board page', () => {
  it('shows when and where the board meets, in the institution’s time zone', async () => {
    renderAt(`/meetings/${MEETING_ID}`, boardApi());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Liver board, week 12' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Hepatobiliary MDT')).toBeInTheDocument();
    // 14:00 UTC is 15:00 in Madrid in March (CET); the zone is named.
    expect(screen.getByText(/Mar 19, 2026, 3:00\s?PM – 4:30\s?PM/)).toBeInTheDocument();
    expect(screen.getByText('Central European Standard Time')).toBeInTheDocument();
    expect(screen.getByText('Sala 3, Hospital Clínic')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Join the video call' })).toHaveAttribute(
      'href',
      'https://video.example.org/liver-board',
    );
    expect(screen.getByText('Dr Samuel Surgeon (Surgery)')).toBeInTheDocument();
    expect(screen.getByText('Planned')).toBeInTheDocument();
  });

  it('lists the agenda in order, with links to each case and its pre-read, and marks the cases I present', async () => {
    renderAt(`/meetings/${MEETING_ID}`, boardApi());
    const table = await screen.findByRole('table', { name: 'Agenda' });
    const [, ...rows] = within(table).getAllByRole('row');
    expect(rows).toHaveLength(2);

    const [first, second] = rows;
    expect(within(first).getByRole('cell', { name: '1' })).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'María García López' })).toHaveAttribute(
      'href',
      `/cases/${CASE_ID}`,
    );
    expect(within(first).getByText('MRN MRN-1001')).toBeInTheDocument();
    expect(within(first).getByText(MARIA.questionForBoard ?? '')).toBeInTheDocument();
    expect(within(first).getByText('15 min')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'Pre-read: María García López' })).toHaveAttribute(
      'href',
      `/meetings/${MEETING_ID}/cases/${CASE_ID}/pre-read`,
    );
    // Who I am comes with the session; the mark follows as soon as it is known.
    expect(await within(first).findByText('You present')).toBeInTheDocument();

    expect(within(second).getByRole('cell', { name: '2' })).toBeInTheDocument();
    expect(within(second).getByRole('link', { name: 'Jorge Ruiz Martín' })).toBeInTheDocument();
    expect(within(second).getByText('Dr Samuel Surgeon')).toBeInTheDocument();
    expect(within(second).getByText('10 min (default)')).toBeInTheDocument();
    expect(within(second).getByRole('link', { name: /^Pre-read/ })).toHaveAttribute(
      'href',
      `/meetings/${MEETING_ID}/cases/${OTHER_CASE_ID}/pre-read`,
    );
    expect(within(second).queryByText('You present')).not.toBeInTheDocument();

    expect(screen.getByText('Cases you present on this board: 1')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Print all pre-reads' })).toHaveAttribute(
      'href',
      `/meetings/${MEETING_ID}/pre-read`,
    );
  });

  it('opens a pre-read from the agenda', { timeout: 15_000 }, async () => {
    renderAt(`/meetings/${MEETING_ID}`, boardApi());
    await userEvent.setup().click(await screen.findByRole('link', { name: 'Pre-read: María García López' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pre-read: María García López' }),
    ).toBeInTheDocument();
  });

  it('says so when the agenda is empty', async () => {
    renderAt(`/meetings/${MEETING_ID}`, boardApi(buildMeeting([])));
    expect(await screen.findByText('No case is on the agenda yet.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Print all pre-reads' })).not.toBeInTheDocument();
  });

  it('speaks Spanish', async () => {
    renderAt(`/meetings/${MEETING_ID}`, boardApi(), 'es');
    const table = await screen.findByRole('table', { name: 'Orden del día' });
    expect(await within(table).findByText('Presentas tú')).toBeInTheDocument();
    expect(
      within(table).getByRole('link', { name: 'Resumen previo: María García López' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Previsto')).toBeInTheDocument();
  });
});

describe('a case’s pre-read', () => {
  it(
    'shows the board, the patient, the question, the facts and the plan options, and prints',
    { timeout: 20_000 },
    async () => {
      const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
      renderAt(`/meetings/${MEETING_ID}/cases/${CASE_ID}/pre-read`, boardApi());

      expect(
        await screen.findByRole('heading', { level: 1, name: 'Pre-read: María García López' }),
      ).toBeInTheDocument();
      expect(
        screen.getByText('María García López · MRN MRN-1001 · Pre-read — not a board decision'),
      ).toBeInTheDocument();
      expect(
        screen.getByText(/^Liver board, week 12 · Mar 19, 2026, 3:00\s?PM \(Central European/),
      ).toBeInTheDocument();

      // Prominent, before the facts (which end with it again).
      const [question] = screen.getAllByRole('region', { name: 'Question for the board' });
      expect(within(question).getByText(MARIA.questionForBoard ?? '')).toBeInTheDocument();

      const patient = screen.getByRole('region', { name: 'Patient' });
      expect(patient).toHaveTextContent('MRNMRN-1001');
      expect(patient).toHaveTextContent('Date of birthApr 12, 1961');
      expect(patient).toHaveTextContent('SexFemale');

      // The case's facts (CaseFacts), at the level under the page's title.
      expect(screen.getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(3);
      expect(screen.getAllByText('Mutant').length).toBeGreaterThan(0);

      const planOptions = await screen.findByRole('region', { name: 'Plan options' });
      expect(
        await within(planOptions).findByText('Rule set 1.0.0 · evaluated on Mar 16, 2026'),
      ).toBeInTheDocument();
      expect(within(planOptions).getByRole('heading', { level: 4, name: 'Cetuximab' })).toBeInTheDocument();

      await userEvent.setup().click(screen.getByRole('button', { name: 'Print' }));
      expect(print).toHaveBeenCalledOnce();
      expect(screen.getByRole('link', { name: 'Back to the board' })).toHaveAttribute(
        'href',
        `/meetings/${MEETING_ID}`,
      );
    },
  );

  it('speaks Spanish', async () => {
    renderAt(`/meetings/${MEETING_ID}/cases/${CASE_ID}/pre-read`, boardApi(), 'es');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Resumen previo: María García López' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Pregunta para el comité' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Imprimir' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Opciones de tratamiento' })).toBeInTheDocument();
  });
});

describe('the board’s pre-reads', () => {
  it('gives every case on the agenda its own page, in agenda order', { timeout: 20_000 }, async () => {
    renderAt(`/meetings/${MEETING_ID}/pre-read`, boardApi());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pre-reads: Liver board, week 12' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('heading', { level: 2, name: /María García López|Jorge Ruiz Martín/ })
          .map((h) => h.textContent),
      ).toEqual(['María García López', 'Jorge Ruiz Martín']),
    );
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(await screen.findAllByRole('region', { name: 'Plan options' })).toHaveLength(2);
    expect(screen.getAllByText(OTHER_CASE.questionForBoard ?? '').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
  });
});

describe('accessibility', () => {
  async function seriousFindings(container: HTMLElement) {
    // Colour contrast needs a layout engine; jsdom has none (the theme sets AA contrast).
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  it('finds no serious or critical axe violation on the board page', { timeout: 30_000 }, async () => {
    const { container } = renderAt(`/meetings/${MEETING_ID}`, boardApi());
    await screen.findByText('You present');
    expect(await seriousFindings(container)).toEqual([]);
  });

  it('finds no serious or critical axe violation on a pre-read', { timeout: 30_000 }, async () => {
    const { container } = renderAt(`/meetings/${MEETING_ID}/cases/${CASE_ID}/pre-read`, boardApi());
    await screen.findByText(/^Rule set 1\.0\.0/);
    expect(await seriousFindings(container)).toEqual([]);
  });
});
