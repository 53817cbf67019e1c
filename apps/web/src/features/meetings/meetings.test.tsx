import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Schemas } from '../../api/client';
import type { Language } from '../../i18n';
import { CLINICIAN } from '../../test/fixtures';
import { type FakeFetch, json, renderWithApp } from '../../test/render';
import { MeetingsPage } from './MeetingsPage';
import { COORDINATOR, INSTITUTION, summary } from './test-fixtures';

type Summary = Schemas['MeetingSummaryDto'];

// 15:00 in Madrid (UTC+1 in December) on Tuesday 1 December.
const TUESDAY = summary('2026-12-01T14:00:00Z', { title: 'Liver board, week 49' });
// 23:30 UTC on Wednesday 2 December is already Thursday 3 December, 00:30, in Madrid.
const LATE = summary('2026-12-02T23:30:00Z', { title: 'Late board' });
const CANCELLED = summary('2026-12-10T08:00:00Z', {
  title: 'Cancelled board',
  status: 'cancelled',
  cancelReason: 'Chair ill',
});
const NEXT_WEEK = summary('2026-12-09T14:00:00Z', { title: 'Board, week 50' });

interface Calls {
  meetings: URLSearchParams[];
}

function calendarApi(
  me: Schemas['MeDto'],
  pages: (query: URLSearchParams) => { items: Summary[]; nextCursor: string | null },
  calls: Calls,
) {
  return vi.fn<FakeFetch>(async (request) => {
    const url = new URL(request.url);
    const route = `${request.method} ${url.pathname}`;
    if (route === 'GET /api/auth/me') return json(200, me);
    if (route === 'GET /api/settings/institution') return json(200, INSTITUTION);
    if (route === 'GET /api/meetings') {
      calls.meetings.push(url.searchParams);
      return json(200, pages(url.searchParams));
    }
    throw new Error(`unexpected ${route}`);
  });
}

/** Boards starting in [from, to) by their local day, as the API would answer. */
function inRange(boards: Summary[]) {
  return (query: URLSearchParams) => {
    const from = query.get('from') ?? '0000-00-00';
    const to = query.get('to') ?? '9999-99-99';
    return {
      items: boards.filter((b) => b.localStartsAt.slice(0, 10) >= from && b.localStartsAt.slice(0, 10) < to),
      nextCursor: null,
    };
  };
}

function signIn() {
  window.sessionStorage.setItem(
    'consilium.session',
    JSON.stringify({ accessToken: 'token-1', expiresAt: Date.now() + 60_000 }),
  );
}

function renderCalendar(route: string, fetch: FakeFetch, language: Language = 'en') {
  signIn();
  return renderWithApp(
    <Routes>
      <Route path="/meetings" element={<MeetingsPage />} />
    </Routes>,
    { route, fetch, language },
  );
}

/** The grid cell of a day, found by the full date a screen reader hears. */
function dayCell(fullDate: string): HTMLElement {
  const cell = screen.getByText(fullDate).closest('td');
  if (!cell) throw new Error(`no cell for ${fullDate}`);
  return cell;
}

describe('the board calendar', () => {
  beforeEach(() => {
    // Only the clock: timers stay real for the queries. 10:00 UTC on Tuesday 1 December 2026.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('shows a month as weeks from Monday, each board on its day in the institution’s zone', async () => {
    const calls: Calls = { meetings: [] };
    renderCalendar(
      '/meetings?view=month&date=2026-12-01',
      calendarApi(CLINICIAN, inRange([TUESDAY, LATE, CANCELLED]), calls),
    );
    const grid = await screen.findByRole('table', { name: 'Boards, December 2026' });
    expect(screen.getByRole('heading', { level: 2, name: 'December 2026' })).toBeInTheDocument();
    expect(
      screen.getByText(/Times in Central European Standard Time \(Europe\/Madrid\)/),
    ).toBeInTheDocument();

    const headers = within(grid).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual([
      'MonMonday',
      'TueTuesday',
      'WedWednesday',
      'ThuThursday',
      'FriFriday',
      'SatSaturday',
      'SunSunday',
    ]);
    // Whole weeks: from Monday 30 November to Sunday 3 January, asked for as plain dates.
    expect(within(grid).getAllByRole('row')).toHaveLength(6);
    await waitFor(() => expect(calls.meetings).toHaveLength(1));
    expect(Object.fromEntries(calls.meetings[0] ?? [])).toEqual({
      from: '2026-11-30',
      to: '2027-01-04',
      limit: '100',
    });

    const tuesday = dayCell('Tuesday, December 1, 2026');
    expect(tuesday).toHaveAttribute('aria-current', 'date');
    expect(within(tuesday).getByText('Today')).toBeInTheDocument();
    expect(within(tuesday).getByRole('link', { name: /3:00\sPM Liver board, week 49/ })).toHaveAttribute(
      'href',
      `/meetings/${TUESDAY.id}`,
    );
    expect(within(tuesday).getByText('Planned')).toBeInTheDocument();

    // The late board is on Thursday in Madrid, not on Wednesday as in UTC.
    expect(within(dayCell('Wednesday, December 2, 2026')).queryByRole('link')).not.toBeInTheDocument();
    const thursday = dayCell('Thursday, December 3, 2026');
    expect(within(thursday).getByRole('link', { name: /12:30\sAM Late board/ })).toBeInTheDocument();
    expect(thursday).not.toHaveAttribute('aria-current');

    const cancelled = within(dayCell('Thursday, December 10, 2026'));
    expect(cancelled.getByRole('link', { name: /Cancelled board/ })).toBeInTheDocument();
    expect(cancelled.getByText('Cancelled')).toBeInTheDocument();

    // Clinicians do not schedule boards.
    expect(screen.queryByRole('link', { name: 'Schedule a board' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Schedule a board on/ })).not.toBeInTheDocument();
  });

  it('reads every page of the range', async () => {
    const calls: Calls = { meetings: [] };
    const pages = (query: URLSearchParams) =>
      query.get('cursor') === 'page-2'
        ? { items: [LATE], nextCursor: null }
        : { items: [TUESDAY], nextCursor: 'page-2' };
    renderCalendar('/meetings?view=week&date=2026-12-01', calendarApi(CLINICIAN, pages, calls));
    expect(await screen.findByRole('link', { name: /Late board/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Liver board, week 49/ })).toBeInTheDocument();
    expect(calls.meetings.map((q) => q.get('cursor'))).toEqual([null, 'page-2']);
  });

  it('moves by week and by month, back to today, and keeps view and date in the address', async () => {
    const user = userEvent.setup();
    const calls: Calls = { meetings: [] };
    const { router } = renderCalendar(
      '/meetings?view=week&date=2026-12-01',
      calendarApi(CLINICIAN, inRange([TUESDAY, NEXT_WEEK]), calls),
    );
    expect(
      await screen.findByRole('heading', { level: 2, name: /^Week of Nov 30\s–\sDec 6, 2026$/ }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /Liver board, week 49/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /^Boards, Nov 30\s–\sDec 6, 2026$/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next week' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: /^Week of Dec 7\s–\s13, 2026$/ }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /Board, week 50/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Liver board, week 49/ })).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?view=week&date=2026-12-07');
    expect(calls.meetings.at(-1)?.get('from')).toBe('2026-12-07');
    expect(calls.meetings.at(-1)?.get('to')).toBe('2026-12-14');

    await user.click(screen.getByRole('button', { name: 'Today' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: /^Week of Nov 30\s–\sDec 6, 2026$/ }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Month' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'December 2026' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'November 2026' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?view=month&date=2026-11-01');
    expect(calls.meetings.at(-1)?.get('from')).toBe('2026-10-26');
    expect(calls.meetings.at(-1)?.get('to')).toBe('2026-12-07');
  });

  it('lists a month’s boards: upcoming soonest first, then past ones latest first', async () => {
    vi.setSystemTime(new Date('2026-12-05T12:00:00Z'));
    const later = summary('2026-12-22T14:00:00Z', { title: 'Christmas board' });
    renderCalendar(
      '/meetings?view=list&date=2026-12-01',
      calendarApi(CLINICIAN, inRange([TUESDAY, LATE, NEXT_WEEK, later]), { meetings: [] }),
    );
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Boards in December 2026' }),
    ).toBeInTheDocument();
    const upcoming = await screen.findByRole('table', { name: 'Upcoming' });
    const titles = (table: HTMLElement) =>
      within(table)
        .getAllByRole('link')
        .map((a) => a.textContent);
    expect(titles(upcoming)).toEqual(['Board, week 50', 'Christmas board']);
    expect(titles(screen.getByRole('table', { name: 'Past' }))).toEqual([
      'Late board',
      'Liver board, week 49',
    ]);
  });

  it('lets a clinician see only the boards they chair or attend, kept in the address', async () => {
    const user = userEvent.setup();
    const calls: Calls = { meetings: [] };
    const { router } = renderCalendar(
      '/meetings?view=week&date=2026-12-01',
      calendarApi(CLINICIAN, inRange([TUESDAY]), calls),
    );
    await screen.findByRole('link', { name: /Liver board, week 49/ });
    expect(calls.meetings[0]?.get('expectedSpecialistId')).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: /Only boards I chair or attend/ }));
    await waitFor(() =>
      expect(calls.meetings.at(-1)?.get('expectedSpecialistId')).toBe(CLINICIAN.specialistId),
    );
    expect(router.state.location.search).toContain('mine=1');
  });

  it('filters by state', async () => {
    const user = userEvent.setup();
    const calls: Calls = { meetings: [] };
    renderCalendar('/meetings?view=week&date=2026-12-01', calendarApi(CLINICIAN, inRange([TUESDAY]), calls));
    await screen.findByRole('link', { name: /Liver board, week 49/ });
    await user.click(screen.getByRole('combobox', { name: 'State' }));
    await user.click(await screen.findByRole('option', { name: 'Cancelled', hidden: true }));
    await waitFor(() => expect(calls.meetings.at(-1)?.get('status')).toBe('cancelled'));
  });

  it('offers a coordinator to schedule a board, on any day from today on', async () => {
    renderCalendar(
      '/meetings?view=week&date=2026-12-01',
      calendarApi(COORDINATOR, inRange([TUESDAY]), { meetings: [] }),
    );
    expect(await screen.findByRole('link', { name: 'Schedule a board' })).toHaveAttribute(
      'href',
      '/meetings/new',
    );
    await screen.findByRole('link', { name: /Liver board, week 49/ });
    expect(
      screen.getByRole('link', { name: 'Schedule a board on Wednesday, December 2, 2026' }),
    ).toHaveAttribute('href', '/meetings/new?date=2026-12-02');
    // Not on a day already past; no toggle for an account without a specialist profile.
    expect(screen.queryByRole('link', { name: /Schedule a board on Monday/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /Only boards I chair/ })).not.toBeInTheDocument();
  });

  it('opens on today’s month in the institution’s zone when the address names no date', async () => {
    // 23:30 UTC on 30 November is already 1 December in Madrid.
    vi.setSystemTime(new Date('2026-11-30T23:30:00Z'));
    const calls: Calls = { meetings: [] };
    renderCalendar('/meetings', calendarApi(CLINICIAN, inRange([TUESDAY]), calls));
    expect(await screen.findByRole('heading', { level: 2, name: 'December 2026' })).toBeInTheDocument();
    expect(await screen.findByText('Tuesday, December 1, 2026')).toBeInTheDocument();
    expect(dayCell('Tuesday, December 1, 2026')).toHaveAttribute('aria-current', 'date');
    // Asked once, for the month in Madrid (not November, as it still is in UTC).
    expect(calls.meetings.map((q) => q.get('from'))).toEqual(['2026-11-30']);
  });

  it('speaks Spanish', async () => {
    renderCalendar(
      '/meetings?view=month&date=2026-12-01',
      calendarApi(CLINICIAN, inRange([TUESDAY, CANCELLED]), { meetings: [] }),
      'es',
    );
    const grid = await screen.findByRole('table', { name: 'Comités, Diciembre de 2026' });
    expect(within(grid).getByRole('columnheader', { name: 'Lunes' })).toBeInTheDocument();
    const tuesday = dayCell('martes, 1 de diciembre de 2026');
    expect(within(tuesday).getByText('Hoy')).toBeInTheDocument();
    expect(
      await within(tuesday).findByRole('link', { name: /15:00 Liver board, week 49/ }),
    ).toBeInTheDocument();
    expect(within(tuesday).getByText('Previsto')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mes siguiente' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Solo los comités que presido/ })).toBeInTheDocument();
    expect(within(dayCell('jueves, 10 de diciembre de 2026')).getByText('Cancelado')).toBeInTheDocument();
  });

  it('finds no serious or critical axe violation on the month grid', { timeout: 30_000 }, async () => {
    const { container } = renderCalendar(
      '/meetings?view=month&date=2026-12-01',
      calendarApi(COORDINATOR, inRange([TUESDAY, LATE, CANCELLED]), { meetings: [] }),
    );
    await screen.findByRole('link', { name: /Late board/ });
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
});
