import * as path from 'node:path';
import axe from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

import { SCREENSHOTS } from './global-setup';

export const DEMO_PASSWORD = 'consilium-demo';

export const ACCOUNTS = {
  coordinator: 'coordinator@demo.consilium.test',
  admin: 'admin@demo.consilium.test',
  oncologist: 'oncologist@demo.consilium.test',
  surgeon: 'surgeon@demo.consilium.test',
  ir: 'ir@demo.consilium.test',
  radiologist: 'radiologist@demo.consilium.test',
} as const;

/**
 * Debian's Chromium (Playwright's own download cannot work here), headless, with the background
 * traffic off: without those flags Chromium keeps calling out to the network. Playwright gives each
 * launch a fresh temporary profile (`--user-data-dir`) and removes it on close.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface Tab {
  page: Page;
  context: BrowserContext;
  /** Content Security Policy violations and uncaught errors seen so far. */
  problems: string[];
}

/** A fresh browser profile-like context: its own storage, a Spanish-speaking browser in Madrid. */
export async function openTab(
  browser: Browser,
  {
    locale = 'es-ES',
    viewport = { width: 1280, height: 800 },
  }: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<Tab> {
  const context = await browser.newContext({ locale, timezoneId: 'Europe/Madrid', viewport });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, context, problems };
}

/** Fills in and sends the sign-in form, whatever the answer. */
export async function submitSignIn(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel(/^(Correo electrónico|Email)/).fill(email);
  await page.getByLabel(/^(Contraseña|Password)/).fill(password);
  await page.getByRole('button', { name: /^(Iniciar sesión|Sign in)$/ }).click();
}

/** Signs in with the demo password and waits for the home page. */
export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await submitSignIn(page, baseUrl, email, DEMO_PASSWORD);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Waits for the page whose `<h1>` is `name` (a navigation's old page may still be showing). */
export async function waitForHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

export async function navLinks(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: /^(Navegación principal|Main navigation)$/ });
  // Every role has at least one link beyond Home, once its permissions are in.
  await nav.getByRole('link').nth(1).waitFor();
  return (await nav.getByRole('link').allTextContents()).map((t) => t.trim());
}

/** Serious and critical axe findings on the page as it is (axe is evaluated through DevTools, not a script tag, which the CSP forbids). */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }),
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('; ')})`,
    );
}

export async function setLanguage(page: Page, language: 'es' | 'en'): Promise<void> {
  await page.getByRole('button', { name: language === 'es' ? 'Español' : 'English' }).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  // Away from the buttons (the header reflows with the language), and past colour transitions:
  // axe measures contrast as it is at that instant.
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => document.getAnimations().length === 0);
}

/**
 * The whole page as one picture. The window is made as tall as the page first: a full-page capture
 * of a shorter window would paint the fixed header in the middle of the picture.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const language = await page.evaluate(() => document.documentElement.lang);
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (viewport && height > viewport.height) await page.setViewportSize({ width: viewport.width, height });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${language}.png`) });
  if (viewport && height > viewport.height) await page.setViewportSize(viewport);
}

/**
 * The page in Spanish and in English: each one checked with axe and photographed, switching with the
 * header's buttons; it ends in Spanish. `ready` waits for what the page must show in that language.
 */
export async function inBothLanguages(
  page: Page,
  name: string,
  ready: (language: 'es' | 'en') => Promise<void>,
): Promise<Record<'es' | 'en', string[]>> {
  const found: Record<'es' | 'en', string[]> = { es: [], en: [] };
  for (const language of ['es', 'en'] as const) {
    await setLanguage(page, language);
    await ready(language);
    found[language] = await accessibilityProblems(page);
    await screenshot(page, name);
  }
  await setLanguage(page, 'es');
  return found;
}
