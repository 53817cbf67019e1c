import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import {
  accessibilityProblems,
  ACCOUNTS,
  inBothLanguages,
  launchChromium,
  openTab,
  screenshot,
  setLanguage,
  signIn,
  type Tab,
  waitForHeading,
} from './support/browser';

// The clinician's workspace end to end, as the demo oncologist: register a patient, prepare a case
// to readiness in the editor, submit it; the coordinator sees it; a returned case shows its reason;
// a RAS-mutant case's plan options name the EGFR inhibitors contraindicated, with the source.
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** The session's bearer token, as the app keeps it (for the coordinator's side, through the API). */
async function tokenOf(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      (JSON.parse(window.sessionStorage.getItem('consilium.session') ?? '{}') as { accessToken: string })
        .accessToken,
  );
}

/** Each language checked with axe and photographed, then back to English for the next step. */
async function bothLanguages(page: Page, name: string, ready: (language: 'es' | 'en') => Promise<void>) {
  const found = await inBothLanguages(page, name, ready);
  await setLanguage(page, 'en');
  return found;
}

function daysAgo(days: number): string {
  const date = new Date(Date.now() - days * 86_400_000);
  return date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Madrid' });
}

describe('the oncologist prepares a case', () => {
  let tab: Tab;
  let page: Page;
  let caseUrl: string;
  const mrn = `E2E-${Date.now()}`;
  const patientName = 'Lucía Fernández Ortega';

  beforeAll(async () => {
    tab = await openTab(browser, { locale: 'en-GB' });
    page = tab.page;
    await signIn(page, baseUrl, ACCOUNTS.oncologist);
    await waitForHeading(page, 'Home');
  });
  afterAll(() => tab.context.close());

  it('finds that an MRN is registered before the form is filled, then registers a new patient', async () => {
    await page.getByRole('link', { name: 'Prepare a case' }).click();
    await waitForHeading(page, 'Patients');
    await page.getByRole('button', { name: 'Register a patient' }).click();
    await page.getByRole('textbox', { name: /^MRN/ }).fill('demo-0001');
    await page.getByLabel('Full name').focus();
    await page.getByText('This MRN is already registered: Johanna Visser').waitFor();
    await page.getByRole('link', { name: 'Open this patient' }).waitFor();
    await screenshot(page, 'patient-register-existing');

    await page.getByRole('textbox', { name: /^MRN/ }).fill(mrn);
    await page.getByLabel('Full name').fill(patientName);
    await page.getByLabel('Birth date').fill('1962-05-14');
    await page.getByLabel('Sex').selectOption({ label: 'Female' });
    await page.getByRole('button', { name: 'Register the patient' }).click();
    await waitForHeading(page, patientName);
    expect(await page.getByRole('main').textContent()).toContain(mrn.toUpperCase());
  });

  it('starts a case and fills it, by section, until it is ready', async () => {
    await page.getByRole('button', { name: 'Start a new case' }).click();
    await waitForHeading(page, 'Case preparation');
    await page.getByText('7 items missing').waitFor();

    await page.getByLabel('Primary site').selectOption({ label: 'Colon' });
    await page.getByLabel('Side', { exact: true }).selectOption({ label: 'Left-sided' });
    await page.getByLabel('Histology').fill('adenocarcinoma of the sigmoid colon');
    await page.getByRole('radiogroup', { name: 'RAS' }).getByRole('radio', { name: 'Wild-type' }).check();
    await page
      .getByRole('radiogroup', { name: 'BRAF V600E' })
      .getByRole('radio', { name: 'V600E absent' })
      .check();
    await page
      .getByRole('radiogroup', { name: 'MSI / MMR' })
      .getByRole('radio', { name: 'MSS / pMMR' })
      .check();
    // A lesion from the segment diagram, by keyboard: the new row's diameter takes the focus.
    await page.getByRole('button', { name: 'Segment VII, no lesions: add a lesion' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('24');
    expect(await page.getByLabel('Lesion 1: segment').inputValue()).toBe('7');
    expect(await page.getByLabel('Lesion 1: diameter (mm)').inputValue()).toBe('24');
    await page.getByRole('button', { name: 'Segment VII, 1 lesion: add a lesion' }).waitFor();

    await page.getByLabel('Bilirubin (mg/dL)').fill('0.7');
    await page.getByLabel('Albumin (g/dL)').fill('4.1');
    await page.getByLabel('ECOG performance status').selectOption({ index: 2 });
    await page.getByLabel('Latest cross-sectional imaging (CT or MRI)').fill(daysAgo(5));
    await page
      .getByRole('textbox', { name: 'Question for the board' })
      .fill('Single 24 mm segment VII metastasis after FOLFOX: resection or thermal ablation?');

    await page.getByText('Unsaved changes').waitFor();
    expect(await page.getByRole('button', { name: 'Submit to the board' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('All changes saved').waitFor();
    await page.getByText('Ready to submit').waitFor();
    expect(await page.getByRole('button', { name: 'Submit to the board' }).isEnabled()).toBe(true);

    const found = await bothLanguages(page, 'case-editor', async (language) => {
      await waitForHeading(page, language === 'es' ? 'Preparación del caso' : 'Case preparation');
    });
    expect(found).toEqual({ es: [], en: [] });
  });

  it('refuses an impossible diameter on its field, and keeps unsaved work behind a guard', async () => {
    await page.getByLabel('Lesion 1: diameter (mm)').fill('400');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Some fields need attention').first().waitFor();
    const diameter = page.getByLabel('Lesion 1: diameter (mm)');
    expect(await diameter.getAttribute('aria-invalid')).toBe('true');

    await page.getByRole('navigation').getByRole('link', { name: 'Cases', exact: true }).click();
    await page.getByRole('dialog', { name: 'Leave without saving?' }).waitFor();
    await page.getByRole('button', { name: 'Stay' }).click();
    await diameter.fill('24');
    await page.getByText('All changes saved').waitFor();
  });

  it('submits the ready case and lands on its page', async () => {
    await page.getByRole('button', { name: 'Submit to the board' }).click();
    await waitForHeading(page, `Case of ${patientName}`);
    caseUrl = page.url();
    await page.getByText("Waiting for the coordinator's review.").waitFor();
    const found = await bothLanguages(page, 'case-page', async (language) => {
      await page
        .getByRole('heading', { level: 2, name: language === 'es' ? 'Historial' : 'History' })
        .waitFor();
    });
    expect(found).toEqual({ es: [], en: [] });
  });

  it("is on the coordinator's list of submitted cases", async () => {
    const coordinator = await openTab(browser, { locale: 'en-GB' });
    await signIn(coordinator.page, baseUrl, ACCOUNTS.coordinator);
    const table = coordinator.page.getByRole('table', { name: 'Submitted cases awaiting review' });
    await table.getByText(patientName).waitFor();

    // The coordinator's desk comes with the next issue: the return goes through the API here.
    const caseId = caseUrl.split('/').pop();
    const response = await fetch(`${baseUrl}/api/cases/${caseId}/return`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await tokenOf(coordinator.page)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ reason: 'Add the liver MRI of last week before the board' }),
    });
    expect(response.status).toBe(200);
    await coordinator.context.close();
  });

  it('shows a returned case with its reason, on its page and in the list of my cases', async () => {
    await page.reload();
    await page
      .getByText('Returned by the coordinator: Add the liver MRI of last week before the board')
      .waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
    const mine = page.getByRole('table', { name: 'Cases I present' });
    await mine.getByText('Add the liver MRI of last week before the board').first().waitFor();
    await screenshot(page, 'clinician-home-returned');
  });

  it('has no Content Security Policy violation or script error', () => {
    expect(tab.problems).toEqual([]);
  });
});

describe('the plan options of a RAS-mutant case', () => {
  let tab: Tab;

  beforeAll(async () => {
    tab = await openTab(browser, { locale: 'en-GB' });
    await signIn(tab.page, baseUrl, ACCOUNTS.surgeon);
  });
  afterAll(() => tab.context.close());

  it('name the EGFR inhibitors contraindicated, with the rule, the fact and the source', async () => {
    const { page } = tab;
    await page.getByRole('navigation').getByRole('link', { name: 'Cases', exact: true }).click();
    await page.getByLabel('Patient name or MRN').fill('DEMO-0002');
    await page.getByRole('link', { name: 'Pieter de Graaf' }).click();
    await waitForHeading(page, 'Case of Pieter de Graaf');
    const options = page.getByRole('region', { name: 'Plan options' });
    await options.getByText('Targeted therapy').first().waitFor();
    const text = (await options.textContent()) ?? '';
    expect(text).toContain('TGT-EGFR-RAS');
    expect(text).toContain('NICE TA439; ESMO 2023');
    expect(text).toMatch(/RAS: Mutant/);
    expect(text).toMatch(/Cetuximab[\s\S]*Contraindicated/);
    const found = await bothLanguages(page, 'plan-options', async (language) => {
      await page
        .getByRole('heading', {
          level: 2,
          name: language === 'es' ? 'Opciones de tratamiento' : 'Plan options',
        })
        .waitFor();
    });
    expect(found).toEqual({ es: [], en: [] });
  });

  it('prints a one-page pre-read from the board it is on', async () => {
    const { page } = tab;
    await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
    await waitForHeading(page, 'Home');
    await page.getByRole('table', { name: 'Upcoming boards' }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Agenda' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'board');
    await page
      .getByRole('link', { name: /^Pre-read/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Print' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    // About the printable width of A4 (210 mm less 2 × 15 mm margins at 96 dpi).
    await page.setViewportSize({ width: 680, height: 1000 });
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    await screenshot(page, 'pre-read-print');
    // A complex case (two lesions, flagged agents) on at most three A4 pages; the demo's is three.
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(3);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ media: 'screen' });
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('has no Content Security Policy violation or script error', () => {
    expect(tab.problems).toEqual([]);
  });
});
