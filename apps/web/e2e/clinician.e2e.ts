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
  submitSignIn,
  type Tab,
  waitForHeading,
} from './support/browser';

// Clinicians: the four demo specialists, the sign-in page itself, languages and the session's end.
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('the sign-in page', () => {
  let tab: Tab;
  beforeAll(async () => {
    tab = await openTab(browser);
  });
  afterAll(() => tab.context.close());

  it('opens in the browser language, labelled and accessible in both languages', async () => {
    await tab.page.goto(`${baseUrl}/`);
    // `/` without a session is the sign-in page, served by the API's index.html fallback.
    await waitForHeading(tab.page, 'Iniciar sesión');
    expect(await tab.page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await tab.page.getByRole('main').count()).toBe(1);
    const found = await inBothLanguages(tab.page, 'sign-in', async (language) => {
      await tab.page
        .getByRole('heading', { level: 1, name: language === 'es' ? 'Iniciar sesión' : 'Sign in' })
        .waitFor();
    });
    expect(found).toEqual({ es: [], en: [] });
  });

  it('says a wrong password is wrong, in words', async () => {
    await submitSignIn(tab.page, baseUrl, ACCOUNTS.oncologist, 'not-the-password');
    const alert = tab.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('El correo o la contraseña no son correctos.');
    const found = await inBothLanguages(tab.page, 'sign-in-wrong-password', async (language) => {
      await tab.page
        .getByText(
          language === 'es'
            ? 'El correo o la contraseña no son correctos.'
            : 'The email or the password is not correct.',
        )
        .waitFor();
    });
    expect(found).toEqual({ es: [], en: [] });
  });

  it('starts in English for an English-speaking browser', async () => {
    const english = await openTab(browser, { locale: 'en-GB' });
    await english.page.goto(`${baseUrl}/sign-in`);
    await waitForHeading(english.page, 'Sign in');
    await english.context.close();
  });

  it('reports no Content Security Policy violation or script error', () => {
    expect(tab.problems).toEqual([]);
  });
});

describe.each([
  ['oncologist', ACCOUNTS.oncologist, 'Dr Olivia Oncologist', 'Oncología médica'],
  ['surgeon', ACCOUNTS.surgeon, 'Dr Samuel Surgeon', 'Cirugía'],
  ['interventional radiologist', ACCOUNTS.ir, 'Dr Irene Interventional', 'Radiología intervencionista'],
  ['radiologist', ACCOUNTS.radiologist, 'Dr Raj Radiologist', 'Radiología'],
])('the %s', (role, email, name, discipline) => {
  let tab: Tab;
  beforeAll(async () => {
    tab = await openTab(browser);
    await signIn(tab.page, baseUrl, email);
  });
  afterAll(() => tab.context.close());

  it('signs in to a home page that names them, with the clinical navigation only', async () => {
    await waitForHeading(tab.page, 'Inicio');
    await tab.page.getByText(`Has iniciado sesión como ${name}.`).waitFor();
    await tab.page.getByText(`Clínico/a, ${discipline}`).first().waitFor();
    expect(await navLinks(tab.page)).toEqual([
      'Inicio',
      'Pacientes',
      'Casos',
      'Comités',
      'Indicadores',
      'Enlaces de calendario',
    ]);
    await tab.page.getByRole('heading', { level: 2, name: 'Casos que presento' }).waitFor();
    await tab.page.getByRole('heading', { level: 2, name: 'Próximos comités' }).waitFor();
  });

  if (role === 'oncologist') {
    it('lists the cases they present with translated states, in both languages', async () => {
      const table = tab.page.getByRole('table', { name: 'Casos que presento' });
      await table.waitFor();
      expect(await table.getByRole('row').count()).toBeGreaterThan(1);
      const found = await inBothLanguages(tab.page, 'clinician-home', async (language) => {
        await tab.page
          .getByRole('heading', { level: 1, name: language === 'es' ? 'Inicio' : 'Home' })
          .waitFor();
        await tab.page
          .getByRole('table', { name: language === 'es' ? 'Casos que presento' : 'Cases I present' })
          .waitFor();
      });
      expect(found).toEqual({ es: [], en: [] });
      // Enum values are labels, never codes.
      expect(await tab.page.getByRole('main').textContent()).not.toMatch(
        /\b(medical_oncology|in_progress|draft|submitted)\b/,
      );
    });

    it('starts the keyboard at a skip link that lands on the page', async () => {
      await tab.page.reload();
      await waitForHeading(tab.page, 'Inicio');
      await tab.page.keyboard.press('Tab');
      expect(await tab.page.evaluate(() => document.activeElement?.textContent)).toBe('Saltar al contenido');
      await tab.page.keyboard.press('Enter');
      expect(await tab.page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    });

    it('remembers the language across a reload', async () => {
      await setLanguage(tab.page, 'en');
      await tab.page.reload();
      await waitForHeading(tab.page, 'Home');
      await setLanguage(tab.page, 'es');
      await waitForHeading(tab.page, 'Inicio');
    });

    it('opens the board calendar with times in the institution time zone', async () => {
      await tab.page.getByRole('navigation').getByRole('link', { name: 'Comités' }).click();
      await waitForHeading(tab.page, 'Comités');
      await tab.page.getByRole('table', { name: /^Comités, / }).waitFor();
      expect(await tab.page.getByRole('main').textContent()).toContain('Europe/Amsterdam');
      const found = await inBothLanguages(tab.page, 'meetings', async (language) => {
        await tab.page.getByRole('table', { name: language === 'es' ? /^Comités, / : /^Boards, / }).waitFor();
      });
      expect(found).toEqual({ es: [], en: [] });
    });

    it('fits a phone: nothing overflows, the menu and the account open from the header', async () => {
      await tab.page.setViewportSize({ width: 390, height: 844 });
      await tab.page.getByRole('button', { name: 'Abrir el menú' }).click();
      await tab.page.getByRole('button', { name: 'Cerrar sesión' }).waitFor();
      await screenshot(tab.page, 'menu-phone');
      await tab.page.getByRole('navigation').getByRole('link', { name: 'Casos', exact: true }).click();
      await waitForHeading(tab.page, 'Casos');
      await tab.page.getByRole('combobox', { name: 'Estado' }).waitFor();
      // Tables scroll inside their own region; the page itself never scrolls sideways.
      expect(await tab.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await accessibilityProblems(tab.page)).toEqual([]);
      await screenshot(tab.page, 'cases-phone');
      await tab.page.setViewportSize({ width: 1280, height: 800 });
    });
  }

  it('has no Content Security Policy violation or script error', () => {
    expect(tab.problems).toEqual([]);
  });
});

describe('a session', () => {
  it('that the API refuses ends with a clear message and a way back in', async () => {
    const tab = await openTab(browser);
    await signIn(tab.page, baseUrl, ACCOUNTS.surgeon);
    await waitForHeading(tab.page, 'Inicio');
    // A token the API no longer accepts (as after expiry or a password change), still "valid" here.
    await tab.page.evaluate(() => {
      const stored = JSON.parse(window.sessionStorage.getItem('consilium.session') ?? '{}') as object;
      window.sessionStorage.setItem(
        'consilium.session',
        JSON.stringify({ ...stored, accessToken: 'expired.token.value' }),
      );
    });
    await tab.page.reload();
    await waitForHeading(tab.page, 'Iniciar sesión');
    const found = await inBothLanguages(tab.page, 'session-ended', async (language) => {
      await tab.page.getByText(language === 'es' ? 'Tu sesión ha terminado' : 'Your session ended').waitFor();
    });
    expect(found).toEqual({ es: [], en: [] });
    await signIn(tab.page, baseUrl, ACCOUNTS.surgeon);
    await waitForHeading(tab.page, 'Inicio');
    expect(tab.problems).toEqual([]);
    await tab.context.close();
  });

  it('ends on sign-out and cannot be resumed', async () => {
    const tab = await openTab(browser);
    await signIn(tab.page, baseUrl, ACCOUNTS.radiologist);
    await waitForHeading(tab.page, 'Inicio');
    await tab.page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await tab.page.getByText('Has cerrado la sesión.').waitFor();
    expect(await tab.page.evaluate(() => window.sessionStorage.getItem('consilium.session'))).toBeNull();
    await tab.page.goto(`${baseUrl}/cases`);
    await waitForHeading(tab.page, 'Iniciar sesión');
    await tab.context.close();
  });
});
