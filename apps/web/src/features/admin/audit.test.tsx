import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Schemas } from '../../api/client';
import type { Language } from '../../i18n';
import { ADMIN } from '../../test/fixtures';
import { type FakeFetch, json, renderWithApp } from '../../test/render';
import { AuditPage } from './AuditPage';
import { ADMIN_USER, ANA, ANA_ID, calls, CARL, CARL_ID, fakeApi, page, signIn } from './test-fixtures';

type Entry = Schemas['AuditEntryDto'];

const ROLE_CHANGE: Entry = {
  id: '00000000-0000-4000-8000-00000000e001',
  occurredAt: '2026-03-02T10:15:00.000Z',
  actorId: ADMIN.id,
  actorRole: 'admin',
  action: 'user.update',
  entityType: 'user',
  entityId: ANA_ID,
  requestId: 'req-1',
  outcome: 'success',
  details: {
    before: { role: 'clinician', email: 'ana.old@hospital.example' },
    after: { role: 'coordinator', email: 'ana.surgeon@hospital.example' },
    passwordChanged: false,
  },
};

const REFUSED_READ: Entry = {
  id: '00000000-0000-4000-8000-00000000e002',
  occurredAt: '2026-03-02T09:00:00.000Z',
  actorId: CARL_ID,
  actorRole: 'coordinator',
  action: 'board_case.read',
  entityType: 'board_case',
  entityId: '00000000-0000-4000-8000-0000000000c1',
  requestId: 'req-2',
  outcome: 'denied',
  details: { code: 'PERMISSION_DENIED', permission: 'clinical.read' },
};

const FAILED_LOGIN: Entry = {
  id: '00000000-0000-4000-8000-00000000e003',
  occurredAt: '2026-03-01T22:30:00.000Z',
  actorId: null,
  actorRole: null,
  action: 'auth.login',
  entityType: 'user',
  entityId: null,
  requestId: 'req-3',
  outcome: 'failure',
  details: { reason: 'wrong_password' },
};

function auditApi(
  log: (url: URL) => { items: Entry[]; nextCursor: string | null } = () =>
    page([ROLE_CHANGE, REFUSED_READ, FAILED_LOGIN]),
) {
  return fakeApi({
    'GET /api/audit': (_, url) => json(200, log(url)),
    [`GET /api/users/${ADMIN.id}`]: () => json(200, ADMIN_USER),
    [`GET /api/users/${CARL_ID}`]: () => json(200, CARL),
    [`GET /api/users/${ANA_ID}`]: () => json(200, ANA),
    'GET /api/users': (_, url) =>
      json(200, page(url.searchParams.get('q') === 'carl' ? [CARL] : [ADMIN_USER, ANA, CARL])),
  });
}

function renderAt(route: string, fetch: FakeFetch, language: Language = 'en') {
  return renderWithApp(
    <Routes>
      <Route path="/admin/audit" element={<AuditPage />} />
    </Routes>,
    { route, fetch, language },
  );
}

function lastAuditQuery(fetch: ReturnType<typeof fakeApi>): URLSearchParams {
  const last = calls(fetch, 'GET', '/api/audit').at(-1);
  if (!last) throw new Error('no audit request');
  return new URL(last.url).searchParams;
}

beforeEach(signIn);

describe('the audit log', { timeout: 30_000 }, () => {
  it('sends the filters of the address, times read in the institution’s zone', async () => {
    const fetch = auditApi();
    renderAt(
      `/admin/audit?actorId=${ADMIN.id}&entityType=user&entityId=${ANA_ID}&action=user.update&outcome=success` +
        '&from=2026-03-01T08:00&to=2026-03-02T00:00',
      fetch,
    );
    expect(await screen.findByRole('table', { name: 'Audit entries' })).toBeInTheDocument();
    expect(Object.fromEntries(lastAuditQuery(fetch))).toEqual({
      actorId: ADMIN.id,
      entityType: 'user',
      entityId: ANA_ID,
      action: 'user.update',
      outcome: 'success',
      // Madrid is UTC+1 in March before the change to summer time.
      from: '2026-03-01T07:00:00.000Z',
      to: '2026-03-01T23:00:00.000Z',
    });
    expect(screen.getByLabelText('Record type')).toHaveValue('user');
    expect(screen.getByLabelText('Record id')).toHaveValue(ANA_ID);
    expect(screen.getByRole('combobox', { name: /^Action/ })).toHaveValue('user.update');
    expect(screen.getByLabelText('Outcome')).toHaveValue('success');
    expect(screen.getByLabelText('From')).toHaveValue('2026-03-01T08:00');
    expect(screen.getByText("In the institution's time zone (Europe/Madrid)")).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: /^Done by/ })).toHaveValue('Adam Admin');
  });

  it('puts changed filters in the address and the query; an id is sent only once whole', async () => {
    const fetch = auditApi();
    const { router } = renderAt('/admin/audit', fetch);
    const user = userEvent.setup();
    await screen.findByRole('table', { name: 'Audit entries' });
    expect(Object.fromEntries(lastAuditQuery(fetch))).toEqual({});

    await user.selectOptions(screen.getByLabelText('Outcome'), 'Refused');
    await user.selectOptions(screen.getByLabelText('Record type'), 'Case');
    const entityId = screen.getByLabelText('Record id');
    await user.type(entityId, '00000000-0000');
    expect(screen.getByText('Paste a whole id, such as 3f2b…-…')).toBeInTheDocument();
    await user.type(entityId, '-4000-8000-0000000000c1');
    await waitFor(() =>
      expect(Object.fromEntries(lastAuditQuery(fetch))).toEqual({
        outcome: 'denied',
        entityType: 'board_case',
        entityId: '00000000-0000-4000-8000-0000000000c1',
      }),
    );
    expect(calls(fetch, 'GET', '/api/audit').some((r) => r.url.includes('entityId=00000000-0000&'))).toBe(
      false,
    );
    expect(router.state.location.search).toBe(
      '?outcome=denied&entityType=board_case&entityId=00000000-0000-4000-8000-0000000000c1',
    );

    // An account found by name, by keyboard.
    const actor = screen.getByRole('combobox', { name: /^Done by/ });
    await user.type(actor, 'carl');
    await waitFor(() =>
      expect(
        calls(fetch, 'GET', '/api/users').some((r) => new URL(r.url).searchParams.get('q') === 'carl'),
      ).toBe(true),
    );
    // The list shows the API's answer (the dropdown is not laid out in jsdom, hence `hidden`).
    await waitFor(() =>
      expect(screen.queryByRole('option', { name: /Dr Ana Surgeon/, hidden: true })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('option', { name: /Carl Coordinator/, hidden: true })).toBeInTheDocument();
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(lastAuditQuery(fetch).get('actorId')).toBe(CARL_ID));

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(entityId).toHaveValue('');
  });

  it('shows each entry: time in the institution’s zone, who, action, record, outcome and field names only', async () => {
    renderAt('/admin/audit', auditApi());
    const table = await screen.findByRole('table', { name: 'Audit entries' });
    const change = within(table).getByRole('row', { name: /user\.update/ });
    expect(change).toHaveTextContent(/Mar 2, 2026, 11:15\s?AM/);
    expect(await within(change).findByRole('link', { name: 'Adam Admin' })).toHaveAttribute(
      'href',
      `/admin/users/${ADMIN.id}`,
    );
    expect(change).toHaveTextContent('Administrator');
    expect(change).toHaveTextContent('Account');
    expect(within(change).getByRole('link', { name: `Only entries about ${ANA_ID}` })).toHaveAttribute(
      'href',
      `/admin/audit?entityType=user&entityId=${ANA_ID}`,
    );
    expect(change).toHaveTextContent('Done');
    expect(change).toHaveTextContent('changed: role, email');
    // Values stay out of the table.
    expect(table).not.toHaveTextContent('ana.old@hospital.example');
    expect(table).not.toHaveTextContent('coordinator');

    const refused = within(table).getByRole('row', { name: /board_case\.read/ });
    expect(refused).toHaveTextContent('Refused');
    expect(refused).toHaveTextContent('Case');
    expect(refused).toHaveTextContent('code: PERMISSION_DENIED');
    expect(await within(refused).findByRole('link', { name: 'Carl Coordinator' })).toBeInTheDocument();

    const login = within(table).getByRole('row', { name: /auth\.login/ });
    expect(login).toHaveTextContent('No account (system or sign-in attempt)');
    expect(login).toHaveTextContent('Failed');
    expect(login).toHaveTextContent('reason: wrong_password');
  });

  it('speaks Spanish', async () => {
    renderAt('/admin/audit', auditApi(), 'es');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Registro de auditoría' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Entradas de auditoría' });
    expect(within(table).getByRole('row', { name: /board_case\.read/ })).toHaveTextContent('Denegado');
    expect(screen.getByRole('button', { name: 'Exportar el registro en CSV' })).toBeInTheDocument();
  });
});

describe('exporting the audit log', { timeout: 30_000 }, () => {
  let files: Blob[];
  beforeEach(() => {
    files = [];
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: (blob: Blob) => {
        files.push(blob);
        return `blob:consilium/${files.length}`;
      },
    });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });
  afterEach(() => {
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('reads every page of the filtered log and saves a UTF-8 CSV with the actors’ names', async () => {
    const fetch = auditApi((url) =>
      url.searchParams.get('cursor') === 'page-2'
        ? page([REFUSED_READ])
        : page(
            [{ ...ROLE_CHANGE, details: { after: { fullName: '=Evil' } } }],
            url.searchParams.get('limit') === '100' ? 'page-2' : null,
          ),
    );
    renderAt('/admin/audit?outcome=success', fetch);
    const user = userEvent.setup();
    await screen.findByRole('table', { name: 'Audit entries' });
    await user.click(screen.getByRole('button', { name: 'Export these entries as CSV' }));
    expect(await screen.findByText('Exported 2 entries.')).toBeInTheDocument();

    const exported = calls(fetch, 'GET', '/api/audit')
      .map((r) => new URL(r.url).searchParams)
      .filter((q) => q.get('limit') === '100');
    expect(exported.map((q) => Object.fromEntries(q))).toEqual([
      { outcome: 'success', limit: '100' },
      { outcome: 'success', limit: '100', cursor: 'page-2' },
    ]);
    expect(files).toHaveLength(1);
    const file = files[0];
    expect(file?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await (file as Blob).arrayBuffer());
    // The UTF-8 byte-order mark.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe(
      'Time (UTC),Time (institution),Account id,Account,Role,Action,Record type,Record id,Outcome,Request id,Details',
    );
    expect(lines[1]).toBe(
      `2026-03-02T10:15:00.000Z,2026-03-02T11:15:00+01:00,${ADMIN.id},Adam Admin,admin,user.update,user,${ANA_ID},success,req-1,fields: fullName`,
    );
    expect(lines[2]).toContain(`,${CARL_ID},Carl Coordinator,coordinator,board_case.read,`);
    expect(lines[2]).toContain(',code: PERMISSION_DENIED; permission: clinical.read');
    expect(lines).toHaveLength(4);
  });

  it('stops at 5,000 entries and says so', async () => {
    let served = 0;
    const fetch = auditApi((url) => {
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const items = Array.from({ length: limit }, (_, i) => ({
        ...FAILED_LOGIN,
        id: `00000000-0000-4000-8000-${String(served + i).padStart(12, '0')}`,
      }));
      served += limit;
      return page(items, `after-${served}`);
    });
    renderAt('/admin/audit', fetch);
    const user = userEvent.setup();
    await screen.findByRole('table', { name: 'Audit entries' });
    await user.click(screen.getByRole('button', { name: 'Export the log as CSV' }));
    expect(
      await screen.findByText(
        'Exported the newest 5,000 entries only: narrow the filters (the time above all) to export the rest.',
        {},
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    const exportPages = calls(fetch, 'GET', '/api/audit').filter(
      (r) => new URL(r.url).searchParams.get('limit') === '100',
    );
    expect(exportPages).toHaveLength(50);
    const text = new TextDecoder().decode(await (files[0] as Blob).arrayBuffer());
    // The heading and 5,000 rows, each ended by CRLF.
    expect(text.split('\r\n')).toHaveLength(5002);
  });
});
