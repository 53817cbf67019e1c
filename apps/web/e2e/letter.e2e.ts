import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
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
  waitForHeading,
} from './support/browser';
import { SCREENSHOTS } from './support/global-setup';

const baseUrl = inject('baseUrl');

/** The case's letter as the signed-in user's API client fetches it (the session's bearer token). */
async function fetchLetterPdf(page: Page, caseId: string, lang: 'en' | 'es'): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ({ caseId, lang }) => {
      const { accessToken } = JSON.parse(window.sessionStorage.getItem('consilium.session') ?? '{}') as {
        accessToken: string;
      };
      const response = await window.fetch(`/api/cases/${caseId}/recommendation.pdf?lang=${lang}`, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      if (!response.ok) throw new Error(`the PDF answered ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return window.btoa(binary);
    },
    { caseId, lang },
  );
  return Buffer.from(base64, 'base64');
}

/**
 * The PDF's first page as a PNG in the screenshots folder, rendered by poppler's pdftoppm (Debian's
 * poppler-utils, which .ci/run installs): the artefact a reviewer looks at.
 */
function renderFirstPage(pdf: Buffer, name: string): string {
  const pdfPath = path.join(SCREENSHOTS, `${name}.pdf`);
  writeFileSync(pdfPath, pdf);
  const prefix = path.join(SCREENSHOTS, `${name}-page1`);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdfPath, prefix]);
  return `${prefix}.png`;
}

// The board's letter from the chair's side: the home page lists what awaits his signature, the case
// page says what is missing, supportive care is completed, the letter signed; then the coordinator
// sends the PDF from the board's outcomes.
describe("the board's letter", () => {
  let browser: Browser;
  let chair: Tab;
  let page: Page;
  let caseId = '';

  beforeAll(async () => {
    browser = await launchChromium();
    chair = await openTab(browser, { locale: 'en-GB' });
    page = chair.page;
    page.setDefaultTimeout(15_000);
    // The demo's chair of last week's board.
    await signIn(page, baseUrl, ACCOUNTS.surgeon);
  });
  afterAll(() => browser?.close());

  it("lists the chair's letters awaiting signature on his home page, with what each still needs", async () => {
    const awaiting = page.getByRole('region', { name: 'Letters awaiting your signature' });
    const row = awaiting.getByRole('row', { name: /Ria Smeets/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Supportive care 3\/4/);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'letters-awaiting');
    await row.getByRole('link', { name: /Ria Smeets/ }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    caseId = page.url().split('/').pop() ?? '';
  });

  it('will not sign before supportive care is complete, and says why', async () => {
    const letter = page.getByRole('region', { name: "The board's letter" });
    await letter.getByText('Draft — not signed').first().waitFor();
    const sign = letter.getByRole('button', { name: 'Sign the letter' });
    await sign.waitFor();
    expect(await sign.isDisabled()).toBe(true);
    await letter.getByText(/Record supportive care for: Nutrition/).waitFor();
    // The addressee set while the case was prepared.
    await letter
      .getByText(/Dr\. Joost Hermans/)
      .first()
      .waitFor();
  });

  it('records the nutrition referral by keyboard and signs the letter, which shows signer and hash', async () => {
    const letter = page.getByRole('region', { name: "The board's letter" });
    const nutrition = letter.getByRole('radiogroup', { name: 'Nutrition' });
    await nutrition.getByRole('radio', { name: 'Referred' }).focus();
    await page.keyboard.press('Space');
    expect(await nutrition.getByRole('radio', { name: 'Referred' }).isChecked()).toBe(true);
    await letter.getByRole('button', { name: 'Save supportive care' }).click();
    await page.getByText('Supportive care saved.').waitFor();

    const sign = letter.getByRole('button', { name: 'Sign the letter' });
    await page.waitForFunction(
      () =>
        !(
          [...document.querySelectorAll('button')].find(
            (b) => b.textContent?.trim() === 'Sign the letter',
          ) as HTMLButtonElement | undefined
        )?.disabled,
    );
    await sign.click();
    const dialog = page.getByRole('dialog', { name: "Sign the board's letter" });
    await dialog.getByText("You sign as the board's chair.").waitFor();
    const hash = (await dialog.getByText(/^[0-9a-f]{64}$/).textContent())?.trim() ?? '';
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    // Past the modal's fade-in: axe measures contrast as it is at that instant.
    await page.waitForFunction(() => document.getAnimations().length === 0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await dialog.screenshot({ path: path.join(SCREENSHOTS, 'letter-sign-dialog-en.png') });
    await dialog.getByRole('button', { name: 'Sign the letter' }).click();
    await page.getByText('The letter is signed.').waitFor();

    await letter.getByText(/Signed by .+ \(Surgery\) on /).waitFor();
    expect(await letter.getByRole('button', { name: 'Sign the letter' }).count()).toBe(0);
    await letter.getByRole('button', { name: 'Add an addendum' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'letter-signed');

    // What the API kept is what the dialog showed.
    const signature = await page.evaluate(async (id) => {
      const { accessToken } = JSON.parse(window.sessionStorage.getItem('consilium.session') ?? '{}') as {
        accessToken: string;
      };
      const response = await window.fetch(`/api/cases/${id}/recommendation`, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      return ((await response.json()) as { signature: { contentHash: string } | null }).signature;
    }, caseId);
    expect(signature?.contentHash).toBe(hash);
  });

  it('prints the signed letter as PDF, its first page kept as a picture in both languages', async () => {
    for (const lang of ['en', 'es'] as const) {
      const pdf = await fetchLetterPdf(page, caseId, lang);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const png = renderFirstPage(pdf, `letter-${lang}`);
      expect(existsSync(png)).toBe(true);
      // A rendered A4 page at 80 dpi, not an empty image.
      expect(statSync(png).size).toBeGreaterThan(30_000);
      expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
    }
  });

  it('lets the coordinator open the PDF from the board outcomes, to send it', async () => {
    const desk = await openTab(browser, { locale: 'en-GB' });
    try {
      desk.page.setDefaultTimeout(15_000);
      await signIn(desk.page, baseUrl, ACCOUNTS.coordinator);
      await setLanguage(desk.page, 'en');
      const lastWeek = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
      await desk.page.goto(`${baseUrl}/meetings?view=week&date=${lastWeek}`);
      await waitForHeading(desk.page, 'Boards');
      await desk.page
        .getByRole('table', { name: /^Boards, / })
        .getByRole('link', { name: /Liver metastases board/ })
        .first()
        .click();
      const outcomes = desk.page.getByRole('table', { name: 'Outcomes' });
      await outcomes.waitFor();
      const [letterWindow] = await Promise.all([
        desk.context.waitForEvent('page'),
        outcomes.getByRole('button', { name: 'PDF letter: Ria Smeets' }).click(),
      ]);
      await letterWindow.waitForURL(/^blob:/);
      await letterWindow.close();
    } finally {
      await desk.context.close();
    }
  });
});
