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

const baseUrl = inject('baseUrl');

// A board far enough ahead to meet nobody else's plans, on a weekday, at 16:00 institution time.
function boardDate(): string {
  const day = new Date(Date.now() + 17 * 86_400_000);
  while ([0, 6].includes(day.getUTCDay())) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
const BOARD_TITLE = `Liver board, e2e ${Date.now().toString(36)}`;

async function nav(page: Page, name: string, heading: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await waitForHeading(page, heading);
}

/** The metrics page's follow-up outcomes, once they say `expected` (the figures are refetched on each visit). */
async function followUpFigures(page: Page, expected: string): Promise<string> {
  await nav(page, 'Metrics', 'Board metrics');
  const card = page.getByRole('region', { name: 'Were the recommendations implemented?' });
  await card.getByText(expected, { exact: false }).first().waitFor();
  return (await card.textContent()) ?? '';
}

// The coordinator's week, in English (a British browser): triage, schedule, build the agenda,
// attendance until quorate, a specialist's calendar link, follow-up, and the metrics moving.
describe("the coordinator's desk", () => {
  let browser: Browser;
  let tab: Tab;
  let page: Page;
  let boardUrl = '';
  let metricsBefore = '';

  beforeAll(async () => {
    browser = await launchChromium();
    tab = await openTab(browser, { locale: 'en-GB' });
    await tab.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    page = tab.page;
    // Well inside the test's own limit, so that a missing element is named, not a timeout.
    page.setDefaultTimeout(15_000);
    await signIn(page, baseUrl, ACCOUNTS.coordinator);
  });
  afterAll(() => browser?.close());

  it('accepts one submitted case and returns another with a reason', async () => {
    await nav(page, 'Intake', 'Intake');
    const list = page.getByRole('region', { name: 'Cases waiting for triage' });
    await list.getByText('Marloes Kuipers').waitFor();
    await list.getByText('Gerrit van Dijk').waitFor();
    const found = await inBothLanguages(page, 'intake', async (language) => {
      await page
        .getByRole('heading', { level: 1, name: language === 'es' ? 'Entrada de casos' : 'Intake' })
        .waitFor();
    });
    expect(found).toEqual({ es: [], en: [] });
    await setLanguage(page, 'en');

    await page.getByRole('button', { name: 'Accept the case of Marloes Kuipers' }).click();
    await page.getByText('Marloes Kuipers: case accepted.', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Return the case of Gerrit van Dijk to its presenter' }).click();
    const dialog = page.getByRole('dialog');
    // A return needs its reason.
    await dialog.getByRole('button', { name: 'Return the case' }).click();
    await dialog.getByText('Write why the case is returned.').waitFor();
    await dialog
      .getByLabel('Reason for returning')
      .fill('Please add a current ECOG assessment and discuss best supportive care with the patient first.');
    await dialog.getByRole('button', { name: 'Return the case' }).click();
    await page.getByText('Gerrit van Dijk: case returned', { exact: false }).waitFor();
    await list.getByText('Gerrit van Dijk').waitFor({ state: 'detached' });
    expect(await list.getByText('Marloes Kuipers').count()).toBe(0);
  });

  it('schedules a board in the institution time zone', async () => {
    await nav(page, 'Boards', 'Boards');
    await page.getByRole('link', { name: 'Schedule a board' }).first().click();
    await waitForHeading(page, 'Schedule a board');
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill(BOARD_TITLE);
    await page.getByRole('textbox', { name: 'Date', exact: true }).fill(boardDate());
    await page.getByRole('textbox', { name: 'Start time' }).fill('16:00');
    await page.getByRole('spinbutton', { name: 'Duration (minutes)' }).fill('30');
    await page.getByRole('textbox', { name: 'Room', exact: true }).fill('MDT room, 4th floor');
    await page.getByRole('combobox', { name: 'Chair' }).fill('Samuel');
    await page.getByRole('option', { name: /Dr Samuel Surgeon/ }).click();
    // The liver board's default quorum is filled in from the institution's settings.
    for (const discipline of ['Medical oncology', 'Surgery', 'Interventional radiology', 'Radiology']) {
      expect(await page.getByRole('checkbox', { name: discipline, exact: true }).isChecked()).toBe(true);
    }
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'board-form');
    await page.getByRole('button', { name: 'Schedule the board' }).click();
    await page.getByRole('heading', { level: 1, name: BOARD_TITLE }).waitFor();
    boardUrl = page.url();
    expect(boardUrl).toMatch(/\/meetings\/[0-9a-f-]{36}$/);
  });

  it('builds the agenda from the waiting cases and reorders it by keyboard', async () => {
    const waiting = page.getByRole('region', { name: 'Cases waiting for a board' });
    await waiting.getByRole('button', { name: 'Add to the agenda: Marloes Kuipers' }).click();
    await page.getByRole('button', { name: /^Move up: Marloes Kuipers/ }).waitFor();
    await waiting.getByRole('button', { name: 'Add to the agenda: Cor Willems' }).click();
    await page.getByRole('button', { name: /^Move up: Cor Willems \(position 2 of 2\)/ }).waitFor();
    // Two cases at the default 10 minutes each, against 30.
    await page.getByText('Cases: 2 · planned 20 of 30 minutes').waitFor();

    // The deferred case goes first: focus its Move up button and press Enter.
    await page.getByRole('button', { name: /^Move up: Cor Willems/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^Move down: Cor Willems \(position 1 of 2\)/ }).waitFor();
    expect(
      await page.evaluate(
        () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent,
      ),
    ).toMatch(/Cor Willems/);

    // The new order is the board's (its answer is in) before the next change.
    await page.waitForLoadState('networkidle');

    // More minutes than the board has: the running total warns.
    const minutes = page.getByLabel('Planned minutes: Marloes Kuipers');
    await minutes.fill('25');
    await minutes.press('Enter');
    await page.getByText('Cases: 2 · planned 35 of 30 minutes').waitFor();
    await page.getByText('5 more than', { exact: false }).first().waitFor();

    // The order and the minutes are the board's now, for everyone.
    await page.reload();
    await page.getByRole('button', { name: /^Move down: Cor Willems \(position 1 of 2\)/ }).waitFor();
    const found = await inBothLanguages(page, 'agenda-builder', async (language) => {
      await page
        .getByRole('region', {
          name: language === 'es' ? 'Casos a la espera de comité' : 'Cases waiting for a board',
        })
        .waitFor();
    });
    expect(found).toEqual({ es: [], en: [] });
    await setLanguage(page, 'en');
  });

  it('records attendance until the board is quorate', async () => {
    const attendance = page.getByRole('region', { name: 'Attendance and quorum' });
    await attendance.getByText('No quorum').waitFor();
    for (const name of ['Dr Olivia Oncologist', 'Dr Samuel Surgeon', 'Dr Irene Interventional']) {
      await attendance
        .getByRole('group', { name: `Attendance: ${name}` })
        .getByRole('button', { name: 'Present' })
        .click();
    }
    await attendance.getByText('Missing: Radiology.').waitFor();
    await attendance
      .getByRole('group', { name: 'Attendance: Dr Raj Radiologist' })
      .getByRole('button', { name: 'Present' })
      .click();
    await attendance.getByText('Quorate', { exact: true }).waitFor();
    await screenshot(page, 'board-desk');
  });

  it("copies a specialist's calendar link, and the feed lists the new board", async () => {
    await nav(page, 'Calendar links', 'Calendar subscriptions');
    await page.getByRole('button', { name: 'Calendar link for Dr Olivia Oncologist' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Create a calendar link for Dr Olivia Oncologist' }).click();
    await dialog.getByRole('button', { name: 'Copy the calendar link for Dr Olivia Oncologist' }).click();
    await dialog.getByText('Copied.', { exact: false }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toMatch(/\/api\/calendar\/feeds\/[A-Za-z0-9_-]{43}$/);
    // The calendar app's view: no login, the board the oncologist is expected at (quorum).
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    const text = (await feed.text()).replace(/\r\n[ \t]/g, '');
    expect(text).toContain(`SUMMARY:${BOARD_TITLE.replace(/,/g, '\\,')}`);
    expect(text).toMatch(/ORGANIZER;CN="Dr Samuel Surgeon":mailto:surgeon@demo\.consilium\.test/);
    expect(text).toMatch(/ATTENDEE;[^\r\n]*PARTSTAT=ACCEPTED;CN="Dr Olivia Oncologist"/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('records follow-up for a decided case, and the metrics count it', async () => {
    metricsBefore = await followUpFigures(page, '1 of 1');

    await nav(page, 'Follow-up', 'Follow-up');
    const table = page.getByRole('table', { name: 'Cases awaiting follow-up' });
    await table.getByText('Ria Smeets').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Record follow-up for Ria Smeets' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Partially implemented' }).check();
    // Not (fully) carried out: a reason is required.
    await dialog.getByRole('button', { name: 'Record and close the case' }).click();
    await dialog.getByText('Choose a reason: it is required', { exact: false }).waitFor();
    await dialog.getByRole('combobox', { name: 'Reason' }).selectOption({ label: 'Toxicity' });
    await dialog
      .getByRole('textbox', { name: 'Note' })
      .fill('Ablation done; second cycle of chemotherapy stopped.');
    await screenshot(page, 'follow-up-form');
    await dialog.getByRole('button', { name: 'Record and close the case' }).click();
    await page.getByText('Ria Smeets: follow-up recorded, the case is closed.').waitFor();
    await table.getByText('Ria Smeets').waitFor({ state: 'detached' });

    const after = await followUpFigures(page, '1 of 2');
    expect(after).not.toEqual(metricsBefore);
    const found = await inBothLanguages(page, 'metrics', async (language) => {
      await page
        .getByRole('heading', {
          level: 1,
          name: language === 'es' ? 'Indicadores de los comités' : 'Board metrics',
        })
        .waitFor();
    });
    expect(found).toEqual({ es: [], en: [] });
  });

  it("shows a past board's outcomes with links to each recommendation and letter", async () => {
    await setLanguage(page, 'en');
    // Last week's board, in the week view of its week.
    const lastWeek = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
    await page.goto(`${baseUrl}/meetings?view=week&date=${lastWeek}`);
    await waitForHeading(page, 'Boards');
    await page
      .getByRole('table', { name: /^Boards, / })
      .getByRole('link', { name: /Liver metastases board/ })
      .first()
      .click();
    const outcomes = page.getByRole('table', { name: 'Outcomes' });
    await outcomes.waitFor();
    const text = (await outcomes.textContent()) ?? '';
    expect(text).toContain('Bram Verhoeven');
    expect(text).toMatch(/Decided/);
    expect(text).toMatch(/Deferred/);
    await outcomes.getByRole('link', { name: /Recommendation: Bram Verhoeven/ }).waitFor();
    await outcomes.getByRole('button', { name: 'Printable letter: Bram Verhoeven' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'board-outcomes');
  });

  it("puts today's board on the room display, which follows the board by itself", async () => {
    // The board in progress today, and the first case on its agenda, as the coordinator sees them.
    const { meetingId, caseId, question } = await page.evaluate(async () => {
      const { accessToken } = JSON.parse(window.sessionStorage.getItem('consilium.session') ?? '{}') as {
        accessToken: string;
      };
      const headers = { authorization: `Bearer ${accessToken}` };
      const list = await (await window.fetch('/api/meetings?status=in_progress', { headers })).json();
      const id = list.items[0].id as string;
      const board = await (await window.fetch(`/api/meetings/${id}`, { headers })).json();
      const first = board.agenda.find((i: { position: number }) => i.position === 1);
      return {
        meetingId: id,
        caseId: first.case.id as string,
        question: first.case.questionForBoard as string,
      };
    });
    const wall = await openTab(browser, { locale: 'en-GB', viewport: { width: 1920, height: 1080 } });
    wall.page.setDefaultTimeout(15_000);
    await signIn(wall.page, baseUrl, ACCOUNTS.radiologist);
    await wall.page.goto(`${baseUrl}/meetings/${meetingId}/display`);
    await wall.page.getByText('Waiting for the chair to open a case.').waitFor();

    // The coordinator's console moves the board to the case; nobody touches the wall.
    const moved = await page.evaluate(
      async ({ id, next }) => {
        const { accessToken } = JSON.parse(window.sessionStorage.getItem('consilium.session') ?? '{}') as {
          accessToken: string;
        };
        const response = await window.fetch(`/api/meetings/${id}/current-case`, {
          method: 'PUT',
          headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
          body: JSON.stringify({ caseId: next }),
        });
        return response.status;
      },
      { id: meetingId, next: caseId },
    );
    expect(moved).toBe(200);
    await wall.page.getByText(question).waitFor();
    await wall.page.getByRole('heading', { name: /^Case 1 of / }).waitFor();
    // Initials and age on the wall, never the record number.
    expect(await wall.page.locator('body').textContent()).not.toMatch(/DEMO-\d{4}/);
    expect(await accessibilityProblems(wall.page)).toEqual([]);
    await screenshot(wall.page, 'room-display');
    expect(wall.problems).toEqual([]);
    await wall.context.close();
  });

  it('has no Content Security Policy violation or script error', () => {
    expect(tab.problems).toEqual([]);
  });
});
