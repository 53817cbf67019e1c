import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { Schemas } from '../../api/client';
import type { Language } from '../../i18n';
import { CLINICIAN } from '../../test/fixtures';
import { type FakeFetch, json, renderWithApp } from '../../test/render';
import { MetricsPage } from './MetricsPage';
import { buildMetrics, emptyMetrics } from './test-fixtures';

const COORDINATOR: Schemas['MeDto'] = {
  ...CLINICIAN,
  id: '00000000-0000-4000-8000-000000000003',
  email: 'coordinator@demo.consilium.test',
  displayName: 'Cora Coordinator',
  role: 'coordinator',
  discipline: null,
  specialistId: null,
  permissions: ['clinical.read', 'cases.triage', 'followup.record', 'meetings.manage', 'plans.adopt'],
};

/** The metrics API: answers `answer` and keeps the query of every request it was asked. */
function metricsApi(answer: (query: URLSearchParams) => Response = () => json(200, buildMetrics())) {
  const queries: URLSearchParams[] = [];
  const fetch = vi.fn<FakeFetch>(async (request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/auth/me') return json(200, COORDINATOR);
    if (request.method === 'GET' && url.pathname === '/api/metrics') {
      queries.push(url.searchParams);
      return answer(url.searchParams);
    }
    throw new Error(`unexpected ${request.method} ${url.pathname}`);
  });
  return { fetch, queries };
}

function renderAt(route: string, fetch: FakeFetch, language: Language = 'en') {
  window.sessionStorage.setItem(
    'consilium.session',
    JSON.stringify({ accessToken: 'token-1', expiresAt: Date.now() + 60_000 }),
  );
  return renderWithApp(
    <Routes>
      <Route path="/metrics" element={<MetricsPage />} />
    </Routes>,
    { route, fetch, language },
  );
}

const nbsp = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ');

/** The WCAG contrast ratio of two `#rrggbb` colours (0 when one is missing). */
function contrast(a: string | null, b: string | null): number {
  if (!a?.startsWith('#') || !b?.startsWith('#')) return 0;
  const luminance = (hex: string) => {
    const full = hex.length === 4 ? hex.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3') : hex;
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(full.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
const RANGE = '/metrics?from=2026-01-01&to=2026-03-31';

beforeEach(() => {
  // jsdom lays nothing out: give the charts a size, as a browser would, so they draw (and do not warn).
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly callback: ResizeObserverCallback) {}
      observe(target: Element) {
        this.callback(
          [{ target, contentRect: { width: 720, height: 300 } } as unknown as ResizeObserverEntry],
          this as unknown as ResizeObserver,
        );
      }
      unobserve() {}
      disconnect() {}
    },
  );
  // A reader who asked for less motion: the bars stand still at once (and the tests need not wait).
  const matchMedia = window.matchMedia;
  vi.spyOn(window, 'matchMedia').mockImplementation((query) => ({
    ...matchMedia(query),
    matches: query === '(prefers-reduced-motion: reduce)',
  }));
  return () => vi.unstubAllGlobals();
});

// Whole pages with four charts: slower than a unit test on a busy machine.
describe('the metrics page', { timeout: 20_000 }, () => {
  it('asks for the chosen days, the last one included, and says each figure in words', async () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const api = metricsApi();
    const { container } = renderAt(RANGE, api.fetch);

    expect(await screen.findByRole('heading', { level: 1, name: 'Board metrics' })).toBeInTheDocument();
    expect(
      await screen.findByText(
        '42 cases discussed at 10 closed boards in this range; 30 recommendations adopted. ' +
          'The busiest month was March 2026, with 19 cases.',
      ),
    ).toBeInTheDocument();
    expect(api.queries).toHaveLength(1);
    expect(Object.fromEntries(api.queries[0])).toEqual({ from: '2026-01-01', to: '2026-04-01' });
    expect(screen.getByLabelText('From')).toHaveValue('2026-01-01');
    expect(screen.getByLabelText(/^To/)).toHaveValue('2026-03-31');

    expect(screen.getByText('12.5 days')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Half of the recommendations adopted in this range came within 12.5 days of the case’s submission.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('41 days')).toBeInTheDocument();
    expect(
      screen.getByText(
        '68% of follow-ups implemented: 17 of 25 recorded in this range; 5 partially and 3 not implemented.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('The most frequent reason was “Patient choice” (4 of 8).')).toBeInTheDocument();
    expect(screen.getByText('7.5%')).toBeInTheDocument();
    expect(
      screen.getByText('7.5% of the 40 agenda items of boards closed in this range were deferred (3).'),
    ).toBeInTheDocument();
    expect(screen.getByText('12.5 min')).toBeInTheDocument();
    expect(screen.getByText(/Where no case was timed, the scheduled minutes/)).toBeInTheDocument();
    expect(screen.getByText(/Surgery had the most members present \(2\.1 per board\)/)).toBeInTheDocument();
    const letters = screen.getByRole('region', { name: 'Letters signed' });
    expect(within(letters).getByText('24 of 30')).toBeInTheDocument();
    expect(
      within(letters).getByText(
        '80% of the letters signed: 24 of 30 recommendations adopted in this range. 6 letters still await their signature.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Specialist nurse was the service most often offered or referred: for 20 of 30 recommendations adopted in this range (66.7%). ' +
          'Not recorded yet: 12 of 120 (4 services for each recommendation).',
      ),
    ).toBeInTheDocument();

    // The charts are drawn, with a value on every bar, and kept from assistive technology.
    const charts = container.querySelectorAll('svg.recharts-surface');
    expect(charts).toHaveLength(5);
    for (const chart of charts) expect(chart.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(await within(charts[0].parentElement as HTMLElement).findByText('19')).toBeInTheDocument();
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('shows each chart as a table on request', async () => {
    const user = userEvent.setup();
    renderAt(RANGE, metricsApi().fetch);
    const section = await screen.findByRole('region', { name: 'Cases discussed per month' });
    const toggle = within(section).getByRole('button', { name: 'Show as table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Hide the table');

    const table = within(section).getByRole('table', { name: 'Cases discussed per month' });
    const [header, ...rows] = within(table).getAllByRole('row');
    expect(
      within(header)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Month', 'Boards closed', 'Cases discussed', 'Recommendations adopted']);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['January 2026', '3', '12', '9'],
      ['February 2026', '3', '11', '8'],
      ['March 2026', '4', '19', '13'],
    ]);

    const reasons = screen.getByRole('region', { name: 'Reasons for partial or non-implementation' });
    await user.click(within(reasons).getByRole('button', { name: 'Show as table' }));
    const reasonTable = within(reasons).getByRole('table');
    expect(within(reasonTable).getAllByRole('row')[1]).toHaveTextContent('Patient choice450%');

    const attendance = screen.getByRole('region', { name: 'Attendance by discipline' });
    await user.click(within(attendance).getByRole('button', { name: 'Show as table' }));
    expect(within(within(attendance).getByRole('table')).getAllByRole('row')[1]).toHaveTextContent(
      'Surgery2110 of 102.1',
    );
  });

  it('draws supportive care per service, every count readable on its colour, and tabulates it', async () => {
    const user = userEvent.setup();
    renderAt(RANGE, metricsApi().fetch);
    const section = await screen.findByRole('region', { name: 'Supportive care' });
    const chart = section.querySelector('svg.recharts-surface');
    if (!chart) throw new Error('no chart');
    const legend = chart.parentElement?.closest('[aria-hidden="true"]');
    expect(legend).not.toBeNull();
    for (const status of ['Offered', 'Referred', 'Declined', 'Not needed', 'Not recorded'])
      expect(within(legend as HTMLElement).getByText(status)).toBeInTheDocument();

    // Each segment stands out from the white card (WCAG 1.4.11, 3:1), by its fill or, pale, its
    // outline; each count inside one is text on that fill (4.5:1).
    const segments = [...chart.querySelectorAll('path.recharts-rectangle')];
    expect(segments).toHaveLength(18);
    for (const segment of segments) {
      const edge = Math.max(
        contrast(segment.getAttribute('fill'), '#ffffff'),
        contrast(segment.getAttribute('stroke'), '#ffffff'),
      );
      expect(edge).toBeGreaterThanOrEqual(3);
    }
    const counts = [...chart.querySelectorAll('.recharts-label-list text')];
    expect(counts.map((c) => c.textContent)).toContain('20');
    for (const count of counts) {
      const [x, y] = ['x', 'y'].map((a) => Number(count.getAttribute(a)));
      const under = segments.find((p) => {
        const [px, py, pw, ph] = ['x', 'y', 'width', 'height'].map((a) => Number(p.getAttribute(a)));
        return x >= px && x <= px + pw && y >= py && y <= py + ph;
      });
      expect(
        contrast(count.getAttribute('fill'), under?.getAttribute('fill') ?? null),
      ).toBeGreaterThanOrEqual(4.5);
    }

    await user.click(within(section).getByRole('button', { name: 'Show as table' }));
    const rows = within(within(section).getByRole('table', { name: 'Supportive care' })).getAllByRole('row');
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['Service', 'Offered', 'Referred', 'Declined', 'Not needed', 'Not recorded'],
      ['Psycho-oncology', '9', '5', '3', '9', '4'],
      ['Nutrition', '6', '8', '1', '13', '2'],
      ['Pain and palliative care', '2', '3', '0', '21', '4'],
      ['Specialist nurse', '20', '0', '2', '6', '2'],
    ]);
  });

  it('speaks Spanish: words, decimal commas and percentages', async () => {
    const user = userEvent.setup();
    renderAt(RANGE, metricsApi().fetch, 'es');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Indicadores de los comités' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        '42 casos tratados en 10 comités cerrados en este periodo; 30 recomendaciones adoptadas. ' +
          'El mes con más casos fue marzo de 2026, con 19 casos.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('12,5 días')).toBeInTheDocument();
    expect(
      screen.getByText((_, el) => el?.tagName === 'P' && nbsp(el.textContent) === '7,5 %'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('El motivo más frecuente fue «Decisión del paciente» (4 de 8).'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Cartas firmadas' })).getByText('24 de 30'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        (_, el) =>
          el?.tagName === 'P' &&
          nbsp(el.textContent) ===
            'Enfermería especializada fue el servicio más ofrecido o derivado: en 20 de 30 recomendaciones adoptadas en este periodo (66,7 %). ' +
              'Sin registrar todavía: 12 de 120 (4 servicios por recomendación).',
      ),
    ).toBeInTheDocument();

    const section = screen.getByRole('region', { name: '¿Se realizaron las recomendaciones?' });
    await user.click(within(section).getByRole('button', { name: 'Ver como tabla' }));
    const rows = within(within(section).getByRole('table')).getAllByRole('row');
    expect(rows.map((r) => nbsp(r.textContent))).toEqual([
      'ResultadoSeguimientosProporción',
      'Realizada1768 %',
      'Realizada en parte520 %',
      'No realizada312 %',
    ]);
  });

  it('asks again for the chosen board type, keeping it in the address', async () => {
    const user = userEvent.setup();
    const api = metricsApi();
    const { router } = renderAt(RANGE, api.fetch);
    await screen.findByText(/42 cases discussed/);
    const select = screen.getByRole('combobox', { name: 'Board type' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All boards', 'Hepatobiliar', 'Colorrectal ampliado']);
    await user.selectOptions(select, 'Colorrectal ampliado');
    await waitFor(() => expect(api.queries).toHaveLength(2));
    expect(Object.fromEntries(api.queries[1])).toEqual({
      from: '2026-01-01',
      to: '2026-04-01',
      boardType: 'Colorrectal ampliado',
    });
    expect(router.state.location.search).toContain('boardType=Colorrectal+ampliado');

    await user.selectOptions(select, 'All boards');
    expect(router.state.location.search).not.toContain('boardType');
  });

  it('defaults to the last twelve months, the current one included', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 17, 10, 0));
    try {
      const api = metricsApi();
      renderAt('/metrics', api.fetch);
      await waitFor(() => expect(api.queries).toHaveLength(1));
      expect(Object.fromEntries(api.queries[0])).toEqual({ from: '2025-12-01', to: '2026-11-18' });
      expect(screen.getByLabelText('From')).toHaveValue('2025-12-01');
      expect(screen.getByLabelText(/^To/)).toHaveValue('2026-11-17');
      expect(screen.queryByRole('button', { name: 'Last 12 months' })).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes a new last day, and asks nothing for a range the API would refuse', async () => {
    const api = metricsApi();
    const { router } = renderAt(RANGE, api.fetch);
    await screen.findByText(/42 cases discussed/);

    fireEvent.change(screen.getByLabelText(/^To/), { target: { value: '2026-02-28' } });
    await waitFor(() => expect(api.queries).toHaveLength(2));
    expect(Object.fromEntries(api.queries[1])).toEqual({ from: '2026-01-01', to: '2026-03-01' });
    expect(router.state.location.search).toContain('to=2026-02-28');

    fireEvent.change(screen.getByLabelText(/^To/), { target: { value: '2025-12-31' } });
    expect(await screen.findByText('The last day cannot be before the first.')).toBeInTheDocument();
    expect(screen.queryByText(/42 cases discussed/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeDisabled();

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2023-01-01' } });
    expect(await screen.findByText('A range may span at most two years.')).toBeInTheDocument();
    expect(api.queries).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Last 12 months' }));
    await waitFor(() => expect(api.queries).toHaveLength(3));
    expect(router.state.location.search).toBe('');
  });

  it('says plainly when no board closed in the range', async () => {
    renderAt(RANGE, metricsApi(() => json(200, emptyMetrics())).fetch);
    expect(await screen.findByText('No boards closed in this range.')).toBeInTheDocument();
    // The median days, the letters signed and supportive care all count decisions.
    expect(screen.getAllByText('No recommendations adopted in this range.')).toHaveLength(3);
    expect(screen.getAllByText('No follow-ups recorded in this range.')).toHaveLength(2);
    expect(screen.getByText('No reasons recorded in this range.')).toBeInTheDocument();
    expect(screen.getByText('No agenda items in this range.')).toBeInTheDocument();
    expect(screen.getByText('No attendance recorded at boards closed in this range.')).toBeInTheDocument();
    expect(screen.getByText('No cases discussed in this range.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show as table' })).not.toBeInTheDocument();
  });

  it('shows what the API refused', async () => {
    renderAt(
      RANGE,
      metricsApi(() =>
        json(400, {
          statusCode: 400,
          error: 'VALIDATION_FAILED',
          message: 'Invalid query',
          details: [{ field: 'to', problems: ['the range may span at most 731 days (two years)'] }],
        }),
      ).fetch,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('These filters were refused');
    expect(alert).toHaveTextContent('the range may span at most 731 days (two years)');
  });

  it('downloads the figures as a UTF-8 CSV named after the range', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    // jsdom has no object URLs; stubGlobal's undoing (beforeEach) puts URL back as it was.
    vi.stubGlobal(
      'URL',
      Object.assign(class extends URL {}, {
        createObjectURL: (blob: Blob) => {
          blobs.push(blob);
          return 'blob:metrics';
        },
        revokeObjectURL: () => undefined,
      }),
    );
    let filename = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      filename = this.download;
    });

    renderAt(`${RANGE}&boardType=Hepatobiliar`, metricsApi().fetch, 'es');
    await screen.findByText(/42 casos tratados/);
    await user.click(screen.getByRole('button', { name: 'Descargar CSV' }));

    expect(filename).toBe('indicadores-comites_2026-01-01_2026-03-31_hepatobiliar.csv');
    expect(blobs).toHaveLength(1);
    expect(blobs[0].type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text).toContain('Tipo de comité,,Hepatobiliar\r\n');
    expect(text).toContain('Tasa de aplazamiento (0–1),,0.075\r\n');
    expect(text).toContain('Cartas firmadas,,24\r\n');
    expect(text).toContain('Cuidados de soporte sin registrar (por servicio),Nutrición,2\r\n');
  });

  it('finds no serious or critical axe violation, tables open', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const { container } = renderAt(RANGE, metricsApi().fetch);
    await screen.findByText(/42 cases discussed/);
    for (const button of screen.getAllByRole('button', { name: 'Show as table' })) await user.click(button);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
});
