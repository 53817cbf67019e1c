import { Notifications, notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Schemas } from '../../api/client';
import type { Language } from '../../i18n';
import { type FakeFetch, json, renderWithApp } from '../../test/render';
import { SpecialistsPage } from './SpecialistsPage';
import {
  ANA_ID,
  ANA_PROFILE,
  bodyOf,
  calls,
  fakeApi,
  GUEST,
  GUEST_ID,
  page,
  problem,
  signIn,
} from './test-fixtures';

function renderAt(route: string, fetch: FakeFetch, language: Language = 'en') {
  return renderWithApp(
    <>
      <Notifications />
      <Routes>
        <Route path="/admin/specialists" element={<SpecialistsPage />} />
      </Routes>
    </>,
    { route, fetch, language },
  );
}

function directoryApi(extra: Parameters<typeof fakeApi>[0] = {}) {
  let directory: Schemas['SpecialistDto'][] = [ANA_PROFILE, GUEST];
  const fetch = fakeApi({
    'GET /api/specialists': (_, url) => {
      const discipline = url.searchParams.get('discipline');
      return json(200, page(directory.filter((s) => !discipline || s.discipline === discipline)));
    },
    'POST /api/specialists': async (request) => {
      const body = (await request.clone().json()) as Schemas['CreateSpecialistDto'];
      const created: Schemas['SpecialistDto'] = {
        ...GUEST,
        id: '00000000-0000-4000-8000-0000000000a9',
        institution: 'Hospital Universitario Demo',
        subSpecialties: [],
        ...body,
      };
      directory = [...directory, created];
      return json(201, created);
    },
    [`PATCH /api/specialists/${GUEST_ID}`]: async (request) => {
      const body = (await request.clone().json()) as Schemas['UpdateSpecialistDto'];
      directory = directory.map((s) => (s.id === GUEST_ID ? { ...s, ...body } : s));
      return json(
        200,
        directory.find((s) => s.id === GUEST_ID),
      );
    },
    ...extra,
  });
  return fetch;
}

beforeEach(signIn);
afterEach(() => notifications.clean());

describe('the specialist directory', { timeout: 20_000 }, () => {
  it('lists profiles with their account, and filters by discipline in the address', async () => {
    const fetch = directoryApi();
    const { router } = renderAt('/admin/specialists', fetch);
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'Specialists' });
    const ana = within(table).getByRole('row', { name: /Dr Ana Surgeon/ });
    expect(ana).toHaveTextContent('robotic liver surgery');
    expect(within(ana).getByRole('link', { name: 'Open the account' })).toHaveAttribute(
      'href',
      `/admin/users/${ANA_ID}`,
    );
    expect(within(table).getByRole('row', { name: /Prof\. Hanna Visser/ })).toHaveTextContent('No account');

    await user.selectOptions(screen.getByLabelText('Discipline'), 'Pathology');
    expect(await screen.findByText('No specialist of this discipline.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?discipline=pathology');
    expect(
      new URL(calls(fetch, 'GET', '/api/specialists').at(-1)?.url ?? '').searchParams.get('discipline'),
    ).toBe('pathology');
  });

  it('adds a visiting expert without an account', async () => {
    const fetch = directoryApi();
    renderAt('/admin/specialists', fetch);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a visiting expert' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a visiting expert' });
    await user.type(within(dialog).getByLabelText(/^Full name/), 'Prof. Jan de Vries');
    await user.selectOptions(within(dialog).getByLabelText(/^Discipline/), 'Interventional radiology');
    expect(within(dialog).getByText('Leave empty for this institution')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/^Institution/), 'Amsterdam UMC');
    const tags = within(dialog).getByLabelText(/^Sub-specialties/);
    await user.type(tags, 'microwave ablation{Enter}');
    await user.type(tags, 'TACE{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Add the specialist' }));

    expect(await screen.findByText('Prof. Jan de Vries added to the directory')).toBeInTheDocument();
    expect(await bodyOf(calls(fetch, 'POST', '/api/specialists')[0])).toEqual({
      fullName: 'Prof. Jan de Vries',
      discipline: 'interventional_radiology',
      institution: 'Amsterdam UMC',
      subSpecialties: ['microwave ablation', 'TACE'],
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('row', { name: /Prof\. Jan de Vries/ })).toHaveTextContent(
      'Amsterdam UMC',
    );
  });

  it('leaves the institution out when it is left empty, and shows a refused field', async () => {
    const fetch = directoryApi({
      'POST /api/specialists': () =>
        problem(400, 'VALIDATION_FAILED', [
          { field: 'subSpecialties[0]', problems: ['each value in subSpecialties must be shorter'] },
        ]),
    });
    renderAt('/admin/specialists', fetch);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a visiting expert' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/^Full name/), 'Dr Guest');
    await user.selectOptions(within(dialog).getByLabelText(/^Discipline/), 'Pathology');
    await user.click(within(dialog).getByRole('button', { name: 'Add the specialist' }));
    expect(
      await within(dialog).findByText(
        'The service did not accept this value (each value in subSpecialties must be shorter)',
      ),
    ).toBeInTheDocument();
    expect(await bodyOf(calls(fetch, 'POST', '/api/specialists')[0])).toEqual({
      fullName: 'Dr Guest',
      discipline: 'pathology',
      subSpecialties: [],
    });
  });

  it('edits a profile, sending only what changed; an account’s discipline is changed on the account', async () => {
    const fetch = directoryApi();
    renderAt('/admin/specialists', fetch);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit Dr Ana Surgeon' }));
    let dialog = await screen.findByRole('dialog', { name: 'Edit the specialist profile' });
    expect(within(dialog).getByLabelText(/^Discipline/)).toBeDisabled();
    expect(within(dialog).getByText(/change the discipline on the account/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Edit Prof. Hanna Visser' }));
    dialog = await screen.findByRole('dialog', { name: 'Edit the specialist profile' });
    const institution = within(dialog).getByLabelText(/^Institution/);
    expect(institution).toHaveValue('Regional Liver Centre');
    await user.clear(institution);
    await user.type(institution, 'Leiden University Medical Centre');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Profile of Prof. Hanna Visser saved')).toBeInTheDocument();
    expect(await bodyOf(calls(fetch, 'PATCH', `/api/specialists/${GUEST_ID}`)[0])).toEqual({
      institution: 'Leiden University Medical Centre',
    });
  });

  it('speaks Spanish', async () => {
    renderAt('/admin/specialists', directoryApi(), 'es');
    expect(await screen.findByRole('heading', { level: 1, name: 'Especialistas' })).toBeInTheDocument();
    expect(await screen.findByText('Sin cuenta')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Añadir un experto invitado' })).toBeInTheDocument();
  });
});
