import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { Schemas } from '../../api/client';
import { CLINICIAN, EMPTY_PAGE } from '../../test/fixtures';
import { type FakeFetch, json, renderWithApp } from '../../test/render';
import { CHAIR } from '../case-view/fixtures';
import { HomePage } from './HomePage';

type Awaiting = Schemas['AwaitingSignatureDto'];

const AWAITING = '/api/recommendations/awaiting-signature';

function awaiting(n: number, overrides: Partial<Awaiting>): Awaiting {
  return {
    id: `00000000-0000-4000-8000-0000000009a${n}`,
    caseId: `00000000-0000-4000-8000-0000000009c${n}`,
    adoptedAt: '2026-03-10T10:30:00.000Z',
    meeting: {
      id: '00000000-0000-4000-8000-0000000000d1',
      title: 'Liver board, week 11',
      startsAt: '2026-03-10T09:00:00.000Z',
    },
    patient: {
      id: `00000000-0000-4000-8000-0000000009b${n}`,
      mrn: `MRN-00${n}`,
      fullName: `Patient ${n}`,
      birthDate: '1961-04-12',
      sex: 'female',
    },
    hasAddressee: true,
    supportiveCareRecorded: 4,
    ...overrides,
  };
}

/** A fake API: the home page's lists answer what the test says; anything else fails the test. */
function homeApi(me: Schemas['MeDto'], letters: Schemas['AwaitingSignaturePageDto'] = EMPTY_PAGE) {
  const routes: Record<string, () => Response> = {
    'GET /api/auth/me': () => json(200, me),
    'GET /api/cases': () => json(200, EMPTY_PAGE),
    'GET /api/meetings': () => json(200, EMPTY_PAGE),
    [`GET ${AWAITING}`]: () => json(200, letters),
  };
  return vi.fn<FakeFetch>(async (request) => {
    const { pathname } = new URL(request.url);
    const route = routes[`${request.method} ${pathname}`];
    if (!route) throw new Error(`unexpected ${request.method} ${pathname}`);
    return route();
  });
}

function renderHome(fetch: FakeFetch) {
  return renderWithApp(
    <Routes>
      <Route path="/" element={<HomePage />} />
      <Route path="/cases/:caseId" element={<p>case page</p>} />
    </Routes>,
    { fetch },
  );
}

beforeEach(() => {
  window.sessionStorage.setItem(
    'consilium.session',
    JSON.stringify({ accessToken: 'token-1', expiresAt: Date.now() + 60_000 }),
  );
});

describe("the chair's letters awaiting signature", { timeout: 15_000 }, () => {
  it('lists each decision with what is missing before signing, and links to its case', async () => {
    const fetch = homeApi(CHAIR, {
      items: [
        awaiting(1, { hasAddressee: false, supportiveCareRecorded: 2 }),
        awaiting(2, { supportiveCareRecorded: 3 }),
        awaiting(3, {}),
      ],
      nextCursor: null,
    });
    renderHome(fetch);
    const section = await screen.findByRole('region', { name: 'Letters awaiting your signature' });
    const table = await within(section).findByRole('table', { name: 'Letters awaiting your signature' });
    const [, first, second, third] = within(table).getAllByRole('row');
    expect(first).toHaveTextContent('Patient 1');
    expect(first).toHaveTextContent('MRN MRN-001');
    expect(first).toHaveTextContent('Liver board, week 11');
    expect(first).toHaveTextContent('Addressee missing');
    expect(first).toHaveTextContent('Supportive care 2/4');
    expect(second).toHaveTextContent('Supportive care 3/4');
    expect(second).not.toHaveTextContent('Addressee missing');
    expect(third).toHaveTextContent('Ready to sign');

    await userEvent.setup().click(within(first).getByRole('link', { name: 'Patient 1' }));
    expect(await screen.findByText('case page')).toBeInTheDocument();
  });

  it('says when no letter is waiting', async () => {
    renderHome(homeApi(CHAIR));
    const section = await screen.findByRole('region', { name: 'Letters awaiting your signature' });
    expect(await within(section).findByText('No letter is waiting for your signature.')).toBeInTheDocument();
  });

  it('is not there for a clinician who does not sign letters', async () => {
    const fetch = homeApi(CLINICIAN);
    const { queryClient } = renderHome(fetch);
    await screen.findByRole('region', { name: 'Cases I present' });
    await waitFor(() => expect(queryClient.getQueryData(['auth', 'me'])).toEqual(CLINICIAN));
    expect(screen.queryByRole('region', { name: 'Letters awaiting your signature' })).not.toBeInTheDocument();
    expect(fetch.mock.calls.some(([r]) => new URL(r.url).pathname === AWAITING)).toBe(false);
  });

  it('has no serious or critical axe finding', async () => {
    const { container } = renderHome(
      homeApi(CHAIR, {
        items: [awaiting(1, { hasAddressee: false, supportiveCareRecorded: 2 })],
        nextCursor: null,
      }),
    );
    await screen.findByRole('table', { name: 'Letters awaiting your signature' });
    // jsdom has no layout: contrast is measured in the browser (e2e).
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
