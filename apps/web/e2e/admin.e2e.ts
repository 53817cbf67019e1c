import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import {
  ACCOUNTS,
  inBothLanguages,
  launchChromium,
  navLinks,
  openTab,
  signIn,
  type Tab,
  waitForHeading,
} from './support/browser';

const baseUrl = inject('baseUrl');

describe('the admin', () => {
  let browser: Browser;
  let tab: Tab;
  beforeAll(async () => {
    browser = await launchChromium();
    tab = await openTab(browser);
    await signIn(tab.page, baseUrl, ACCOUNTS.admin);
  });
  afterAll(() => browser?.close());

  it('signs in to the accounts, with no clinical menu', async () => {
    await waitForHeading(tab.page, 'Inicio');
    await tab.page.getByText('Has iniciado sesión como Adam Admin.').waitFor();
    expect(await navLinks(tab.page)).toEqual(['Inicio', 'Usuarios']);
    const users = tab.page.getByRole('table', { name: 'Cuentas de usuario' });
    await users.waitFor();
    expect(await users.textContent()).toContain('oncologist@demo.consilium.test');
    const found = await inBothLanguages(tab.page, 'admin-home', async (language) => {
      await tab.page
        .getByRole('table', { name: language === 'es' ? 'Cuentas de usuario' : 'User accounts' })
        .waitFor();
    });
    expect(found).toEqual({ es: [], en: [] });
  });

  it('is refused clinical data by the API itself', async () => {
    const status = await tab.page.evaluate(async () => {
      const { accessToken } = JSON.parse(window.sessionStorage.getItem('consilium.session') ?? '{}') as {
        accessToken: string;
      };
      const response = await window.fetch('/api/cases', {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      return response.status;
    });
    expect(status).toBe(403);
  });

  it('is told a clinical page is not for their role', async () => {
    await tab.page.goto(`${baseUrl}/cases`);
    await tab.page.getByText('No disponible para tu perfil').waitFor();
    expect(await navLinks(tab.page)).toEqual(['Inicio', 'Usuarios']);
  });

  it('lists every account on the users page', async () => {
    await tab.page.getByRole('navigation').getByRole('link', { name: 'Usuarios' }).click();
    await waitForHeading(tab.page, 'Usuarios');
    const table = tab.page.getByRole('table', { name: 'Usuarios' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThanOrEqual(7);
    const found = await inBothLanguages(tab.page, 'users', async (language) => {
      await tab.page.getByRole('table', { name: language === 'es' ? 'Usuarios' : 'Users' }).waitFor();
    });
    expect(found).toEqual({ es: [], en: [] });
  });

  it('has no Content Security Policy violation or script error', () => {
    expect(tab.problems).toEqual([]);
  });
});
