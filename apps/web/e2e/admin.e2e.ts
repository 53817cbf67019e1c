import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import {
  accessibilityProblems,
  ACCOUNTS,
  inBothLanguages,
  launchChromium,
  navLinks,
  openTab,
  screenshot,
  setLanguage,
  signIn,
  type Tab,
  waitForHeading,
} from './support/browser';

const baseUrl = inject('baseUrl');
const ADMIN_NAV = ['Inicio', 'Usuarios', 'Especialistas', 'Configuración', 'Registro de auditoría'];
// Every route of clinical data or of the board's work (the admin runs the system, not the board).
const CLINICAL_ROUTES = [
  '/patients',
  '/cases',
  '/intake',
  '/meetings',
  '/meetings/new',
  '/follow-up',
  '/metrics',
  '/calendar-feeds',
  '/cases/00000000-0000-4000-8000-000000000000',
  '/meetings/00000000-0000-4000-8000-000000000000',
];

describe('the admin', () => {
  let browser: Browser;
  let tab: Tab;
  beforeAll(async () => {
    browser = await launchChromium();
    tab = await openTab(browser);
    // Well inside the test's own limit, so that a missing element is named, not a timeout.
    tab.page.setDefaultTimeout(15_000);
    await signIn(tab.page, baseUrl, ACCOUNTS.admin);
  });
  afterAll(() => browser?.close());

  it('signs in to the accounts, with no clinical menu', async () => {
    await waitForHeading(tab.page, 'Inicio');
    await tab.page.getByText('Has iniciado sesión como Adam Admin.').waitFor();
    expect(await navLinks(tab.page)).toEqual(ADMIN_NAV);
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
      const statuses: number[] = [];
      for (const path of ['/api/cases', '/api/patients', '/api/meetings', '/api/metrics']) {
        const response = await window.fetch(path, { headers: { authorization: `Bearer ${accessToken}` } });
        statuses.push(response.status);
      }
      return statuses;
    });
    expect(status).toEqual([403, 403, 403, 403]);
  });

  it('is told every clinical page is not for their role', async () => {
    for (const route of CLINICAL_ROUTES) {
      await tab.page.goto(`${baseUrl}${route}`);
      await tab.page.getByText('No disponible para tu perfil').waitFor();
      expect({ route, nav: await navLinks(tab.page) }).toEqual({ route, nav: ADMIN_NAV });
    }
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

  it('creates a clinician account and deactivates it', async () => {
    const { page } = tab;
    await setLanguage(page, 'en');
    await page.getByRole('navigation').getByRole('link', { name: 'Users', exact: true }).click();
    await waitForHeading(page, 'Users');
    await page.getByRole('link', { name: 'New account' }).click();
    await waitForHeading(page, 'New account');
    const email = `new.clinician.${Date.now().toString(36)}@hospital.example`;
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Dr Nadia Newcomer');
    await page.getByRole('combobox', { name: 'Role', exact: true }).selectOption({ label: 'Clinician' });
    await page
      .getByRole('combobox', { name: 'Discipline', exact: true })
      .selectOption({ label: 'Hepatology' });
    await page.getByRole('button', { name: 'Generate a strong password' }).click();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Create the account' }).click();
    await page.getByText('Account created for Dr Nadia Newcomer').waitFor();
    await waitForHeading(page, 'Dr Nadia Newcomer');

    await page.getByRole('button', { name: 'Deactivate the account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deactivate the account of Dr Nadia Newcomer?' });
    await dialog.getByRole('button', { name: 'Deactivate the account' }).click();
    await page.getByText('Dr Nadia Newcomer can no longer sign in').waitFor();
    await page.getByText('The account is deactivated', { exact: false }).waitFor();
    await screenshot(page, 'admin-user');

    // The account is refused at the door.
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'whatever it was' }),
    });
    expect(login.status).toBe(401);
  });

  it('tunes a plan-builder threshold and finds the change in the audit log', async () => {
    const { page } = tab;
    await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
    await waitForHeading(page, 'Settings');
    const field = page.getByRole('textbox', { name: 'Minimum remnant, normal liver (%)', exact: true });
    await field.fill('25');
    await page
      .getByRole('region', { name: 'Plan builder thresholds' })
      .getByRole('button', { name: 'Save…' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Save the plan builder thresholds?' });
    await dialog.getByText('25', { exact: false }).first().waitFor();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Plan builder thresholds saved').waitFor();
    const found = await inBothLanguages(page, 'admin-settings', async (language) => {
      await page
        .getByRole('heading', { level: 1, name: language === 'es' ? 'Configuración' : 'Settings' })
        .waitFor();
    });
    expect(found).toEqual({ es: [], en: [] });
    await setLanguage(page, 'en');

    await page.getByRole('navigation').getByRole('link', { name: 'Audit log', exact: true }).click();
    await waitForHeading(page, 'Audit log');
    await page
      .getByRole('combobox', { name: 'Record type', exact: true })
      .selectOption({ label: 'Plan builder thresholds' });
    const entries = page.getByRole('table', { name: 'Audit entries' });
    await entries.getByText('Adam Admin').first().waitFor();
    expect(await entries.textContent()).toMatch(/plan_builder_settings\.update|flrMinPercentNormal/);
    const audit = await inBothLanguages(page, 'admin-audit', async (language) => {
      await page
        .getByRole('table', { name: language === 'es' ? 'Entradas de auditoría' : 'Audit entries' })
        .waitFor();
    });
    expect(audit).toEqual({ es: [], en: [] });
  });

  it('has no Content Security Policy violation or script error', () => {
    expect(tab.problems).toEqual([]);
  });
});
