import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import {
  accessibilityProblems,
  ACCOUNTS,
  launchChromium,
  openTab,
  screenshot,
  setLanguage,
  signIn,
  type Tab,
} from './support/browser';

const baseUrl = inject('baseUrl');

/** Past the modal's transitions: axe measures contrast as it is at that instant. */
const settled = (page: Page) => page.waitForFunction(() => document.getAnimations().length === 0);

/** GET or POST on the API with the signed-in user's bearer token, from the page. */
function api<T>(page: Page, method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const { accessToken } = JSON.parse(window.sessionStorage.getItem('consilium.session') ?? '{}') as {
        accessToken: string;
      };
      const response = await window.fetch(url, {
        method,
        headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}`);
      return (await response.json()) as T;
    },
    { method, url, body },
  );
}

interface FhirBundle {
  entry: { resource: { resourceType: string; identifier?: { system?: string; value: string }[] } }[];
}

// A case arrives from the hospital's record: the oncologist pastes the record's FHIR bundle (here a
// demo case's own export, given another MRN, as another hospital's record would send it), reads what
// was imported and what was not, and opens the draft case in the editor.
describe('importing a case from the record', () => {
  let browser: Browser;
  let tab: Tab;
  let page: Page;
  let bundleText = '';
  let histology = '';

  beforeAll(async () => {
    browser = await launchChromium();
    tab = await openTab(browser, { locale: 'en-GB' });
    page = tab.page;
    page.setDefaultTimeout(15_000);
    await signIn(page, baseUrl, ACCOUNTS.oncologist);
    const cases = await api<{ items: { id: string; histology: string | null }[] }>(
      page,
      'GET',
      '/api/cases?limit=50',
    );
    const source = cases.items.find((c) => c.histology);
    if (!source) throw new Error('no demo case with a histology');
    histology = source.histology as string;
    const bundle = await api<FhirBundle>(page, 'GET', `/api/cases/${source.id}/fhir`);
    for (const entry of bundle.entry) {
      if (entry.resource.resourceType !== 'Patient') continue;
      for (const identifier of entry.resource.identifier ?? []) identifier.value = `FHIR-E2E-${Date.now()}`;
    }
    // One Observation the app does not read, as a hospital's record would carry.
    bundle.entry.push({
      resource: {
        resourceType: 'Observation',
        status: 'final',
        code: { coding: [{ system: 'http://loinc.org', code: '718-7', display: 'Hemoglobin' }] },
        subject: { reference: (bundle.entry[0] as { fullUrl?: string }).fullUrl },
        valueQuantity: { value: 12.9, unit: 'g/dL', system: 'http://unitsofmeasure.org', code: 'g/dL' },
      } as never,
    });
    bundleText = JSON.stringify(bundle, null, 2);
  });
  afterAll(() => browser?.close());

  it('takes a pasted bundle by keyboard, and says what it read and what it could not', async () => {
    await page.goto(`${baseUrl}/patients`);
    await page.getByRole('button', { name: 'Import from the record' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import from the record' });
    const field = dialog.getByRole('textbox', { name: /FHIR R4 Bundle \(JSON\)/ });
    await field.fill(bundleText);
    await settled(page);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'fhir-import-form');
    await dialog.getByRole('button', { name: 'Import' }).focus();
    await page.keyboard.press('Enter');
    await dialog.getByRole('heading', { name: 'Draft case started' }).waitFor();
    await dialog.getByText(/was not registered yet: registered now from the record/).waitFor();
    await dialog.getByText('1 element could not be read: complete it in the case editor.').waitFor();
    await dialog.getByText(/LOINC 718-7 is not a code Consilium reads/).waitFor();
    await settled(page);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'fhir-import-result');
  });

  it('opens the draft case in the editor, with the facts of the record', async () => {
    const dialog = page.getByRole('dialog', { name: 'Import from the record' });
    await dialog.getByRole('link', { name: 'Open the draft case' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}\/edit$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const field = page.getByLabel(/^Histology/);
    await field.waitFor();
    expect(await field.inputValue()).toBe(histology);
    expect(tab.problems).toEqual([]);
  });

  it('speaks Spanish', async () => {
    await page.goto(`${baseUrl}/patients`);
    await setLanguage(page, 'es');
    // By keyboard, as in English by mouse.
    await page.getByRole('button', { name: 'Importar de la historia clínica' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('button', { name: 'Importar' }).waitFor();
    await settled(page);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'fhir-import-form');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await setLanguage(page, 'en');
  });
});
