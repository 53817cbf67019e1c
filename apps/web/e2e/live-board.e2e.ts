import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import {
  accessibilityProblems,
  ACCOUNTS,
  launchChromium,
  openTab,
  screenshot,
  signIn,
  type Tab,
} from './support/browser';

const baseUrl = inject('baseUrl');

/** The signed-in user's bearer token, as the app keeps it for the tab. */
async function tokenOf(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      (JSON.parse(window.sessionStorage.getItem('consilium.session') ?? '{}') as { accessToken: string })
        .accessToken,
  );
}

async function apiAs<T>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const token = await tokenOf(page);
  return page.evaluate(
    async ({ method, path, body, token }) => {
      const response = await window.fetch(path, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: await response.json().catch(() => null) };
    },
    { method, path, body, token },
  );
}

// The board in the room, in step: the coordinator's console, the projector, and the specialists'
// own devices, each a browser of its own, following the board through its event stream.
describe('the live board', () => {
  let browser: Browser;
  const tabs: Record<'console' | 'wall' | 'surgeon' | 'ir' | 'oncologist', Tab> = {} as never;
  let meetingId = '';
  let caseId = '';

  beforeAll(async () => {
    browser = await launchChromium();
    const who = {
      console: ACCOUNTS.coordinator,
      wall: ACCOUNTS.radiologist,
      surgeon: ACCOUNTS.surgeon,
      ir: ACCOUNTS.ir,
      oncologist: ACCOUNTS.oncologist,
    } as const;
    for (const [name, email] of Object.entries(who) as [keyof typeof who, string][]) {
      tabs[name] = await openTab(browser, {
        locale: 'en-GB',
        viewport: name === 'wall' ? { width: 1920, height: 1080 } : { width: 1280, height: 900 },
      });
      tabs[name].page.setDefaultTimeout(15_000);
      await signIn(tabs[name].page, baseUrl, email);
    }
    // A board of its own, in progress now, chaired by the surgeon, with two accepted demo cases (a
    // RAS-mutant one first), the four quorum clinicians present: the journey closes it at the end.
    const { page: desk } = tabs.console;
    const caseOf = async (mrn: string) =>
      (await apiAs<{ items: { id: string }[] }>(desk, 'GET', `/api/cases?status=accepted&q=${mrn}`)).body
        .items[0].id;
    const cases = [await caseOf('DEMO-0002'), await caseOf('DEMO-0004')];
    caseId = cases[0];
    const directory = await apiAs<{ items: { id: string; fullName: string }[] }>(
      desk,
      'GET',
      '/api/specialists?limit=100',
    );
    const specialist = (name: string) => directory.body.items.find((s) => s.fullName === name)?.id as string;
    const created = await apiAs<{ id: string }>(desk, 'POST', '/api/meetings', {
      title: 'Live board (e2e)',
      boardType: 'Hepatobiliary MDT',
      startsAt: new Date(Date.now() + 2 * 60_000).toISOString(),
      durationMinutes: 60,
      location: 'MDT room, 4th floor',
      chairSpecialistId: specialist('Dr Samuel Surgeon'),
    });
    expect(created.status).toBe(201);
    meetingId = created.body.id;
    for (const id of cases) {
      expect((await apiAs(desk, 'POST', `/api/meetings/${meetingId}/agenda`, { caseId: id })).status).toBe(
        201,
      );
    }
    expect((await apiAs(desk, 'POST', `/api/meetings/${meetingId}/start`)).status).toBe(200);
    for (const name of [
      'Dr Olivia Oncologist',
      'Dr Samuel Surgeon',
      'Dr Irene Interventional',
      'Dr Raj Radiologist',
    ]) {
      const marked = await apiAs(desk, 'PUT', `/api/meetings/${meetingId}/attendance/${specialist(name)}`, {
        present: true,
      });
      expect(marked.status).toBe(200);
    }
    await tabs.wall.page.goto(`${baseUrl}/meetings/${meetingId}/display`);
    for (const name of ['surgeon', 'ir', 'oncologist'] as const) {
      await tabs[name].page.goto(`${baseUrl}/meetings/${meetingId}/device`);
      await tabs[name].page.getByText('Live', { exact: true }).waitFor();
    }
  });
  afterAll(() => browser?.close());

  it('makes the board quorate again on every screen as attendance changes', async () => {
    const { page: surgeon } = tabs.surgeon;
    await surgeon.getByRole('button', { name: 'I am absent' }).click();
    for (const page of [tabs.surgeon.page, tabs.ir.page, tabs.wall.page]) {
      await page.getByText('No quorum', { exact: true }).first().waitFor();
    }
    await surgeon.getByRole('button', { name: 'I am present' }).click();
    for (const page of [tabs.surgeon.page, tabs.ir.page, tabs.wall.page]) {
      await page.getByText('No quorum', { exact: true }).waitFor({ state: 'detached' });
      await page.getByText('Quorate', { exact: true }).first().waitFor();
    }
  });

  it('moves every device and the wall to a case from the console, by keyboard alone', async () => {
    const { page } = tabs.console;
    await page.goto(`${baseUrl}/meetings/${meetingId}/console`);
    await page.getByRole('heading', { level: 2, name: 'Keyboard shortcuts' }).waitFor();
    await page.getByText('Live', { exact: true }).first().waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    // J opens the first case (the focus is on the page, not in a text box).
    await page.keyboard.press('j');
    for (const other of [tabs.wall.page, tabs.surgeon.page, tabs.ir.page, tabs.oncologist.page]) {
      await other.getByRole('heading', { name: /^Case 1 of 2: / }).waitFor();
    }
    // N starts a note, typed and added from the keyboard; the minutes are the notes.
    await page.keyboard.press('n');
    await page.keyboard.type('Both lesions resectable; FLR 58 %.');
    await page.keyboard.press('Control+Enter');
    await page.getByText('Both lesions resectable; FLR 58 %.').waitFor();
    await screenshot(page, 'live-console');
  });

  it('refuses a contraindicated EGFR inhibitor until it is justified, then proposes the plan', async () => {
    const { page } = tabs.oncologist;
    const composer = page.getByRole('region', { name: 'Propose a plan' });
    await composer.getByRole('radio', { name: 'Curative' }).check();
    const step = (n: number) => composer.getByRole('group', { name: `Step ${n}`, exact: true });
    await step(1)
      .getByRole('combobox', { name: 'Modality' })
      .selectOption({ label: 'Systemic chemotherapy' });
    await composer.getByRole('button', { name: 'Add a step' }).click();
    await step(2).getByRole('combobox', { name: 'Modality' }).selectOption({ label: 'Surgical resection' });
    await step(2)
      .getByRole('checkbox', { name: /^Segment VI,/ })
      .check();
    await composer.getByRole('button', { name: 'Add a step' }).click();
    await step(3).getByRole('combobox', { name: 'Modality' }).selectOption({ label: 'Targeted therapy' });
    await step(3).getByRole('combobox', { name: 'Agent' }).selectOption({ label: 'Cetuximab' });
    await step(3).getByText('Contraindicated').first().waitFor();
    await composer
      .getByRole('textbox', { name: 'Rationale' })
      .fill('Perioperative chemotherapy, then resection of both lesions.');
    await composer.getByRole('button', { name: 'Propose the plan' }).click();
    // Refused until the override is written.
    await step(3)
      .getByText(/contraindicated: write why it should be proposed anyway/)
      .waitFor();
    await step(3)
      .getByRole('textbox', { name: 'Override justification' })
      .fill('Only within the anti-EGFR rechallenge trial the patient is screened for; discussed as such.');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'device-composer');
    await composer.getByRole('button', { name: 'Propose the plan' }).click();
    await page.getByText('The plan has been proposed.').waitFor();
  });

  it('shows each vote on the console and the wall as it is cast, dissent included', async () => {
    const tally = (approvals: number, rejections: number) =>
      new RegExp(`approve ${approvals} · reject ${rejections}`);
    for (const [name, vote] of [
      ['surgeon', 'Approve'],
      ['oncologist', 'Approve'],
    ] as const) {
      const votes = tabs[name].page.getByRole('region', { name: 'Proposals and votes' });
      await votes.getByRole('button', { name: vote, exact: true }).click();
    }
    const ir = tabs.ir.page.getByRole('region', { name: 'Proposals and votes' });
    await ir.getByRole('button', { name: 'Reject', exact: true }).click();
    await ir
      .getByRole('textbox', { name: 'Why do you reject this plan?' })
      .fill('Ablation of segment VII first.');
    await ir.getByRole('button', { name: 'Record the reject' }).click();
    for (const page of [tabs.console.page, tabs.surgeon.page, tabs.oncologist.page, tabs.ir.page]) {
      await page.getByText(tally(2, 1)).first().waitFor({ timeout: 5_000 });
    }
    // The wall shows the three counts large.
    const wallTally = tabs.wall.page.getByRole('group', { name: /^Votes on / }).first();
    await tabs.wall.page.waitForFunction(
      () =>
        /Approve\s*2\s*Reject\s*1/.test(
          document.querySelector('[role="group"][aria-label^="Votes on"]')?.textContent ?? '',
        ),
      undefined,
      { timeout: 5_000 },
    );
    expect(await wallTally.textContent()).toMatch(/Abstain\s*0/);
    await tabs.surgeon.page.getByText('Ablation of segment VII first.').first().waitFor();
    expect(await accessibilityProblems(tabs.wall.page)).toEqual([]);
    await screenshot(tabs.wall.page, 'live-wall');
  });

  it('lets the chair adopt the plan on his device, and the letter is one click away', async () => {
    const { page } = tabs.surgeon;
    await page.getByRole('button', { name: /^Adopt: / }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Yes' }).check();
    await dialog.getByRole('button', { name: 'Adopt the plan' }).click();
    await page.getByText(/adopted: the case is decided\./).waitFor();
    // Everyone sees the decision.
    for (const other of [tabs.wall.page, tabs.ir.page]) {
      await other.getByText('Decided', { exact: true }).first().waitFor();
    }
    await page.goto(`${baseUrl}/cases/${caseId}`);
    await page.getByRole('button', { name: 'Printable letter' }).waitFor();
  });

  it('defers the next case with a reason and closes the board, from the console; every screen says so', async () => {
    const { page } = tabs.console;
    await page.goto(`${baseUrl}/meetings/${meetingId}/console`);
    await page.getByRole('heading', { level: 2, name: 'Keyboard shortcuts' }).waitFor();
    await page.keyboard.press('j');
    await tabs.wall.page.getByRole('heading', { name: /^Case 2 of 2: / }).waitFor();
    // By keyboard alone: each button is reached and pressed from the keyboard.
    await page.getByRole('button', { name: 'Defer this case…' }).focus();
    await page.keyboard.press('Enter');
    const defer = page.getByRole('dialog', { name: /^Defer the case of / });
    // The reason box has the focus as the dialog opens.
    await defer.getByRole('textbox', { name: /^Reason for deferring/ }).waitFor();
    await page.keyboard.type('Await the brain MRI before deciding.');
    await defer.getByRole('button', { name: 'Defer the case' }).focus();
    await page.keyboard.press('Enter');
    await defer.waitFor({ state: 'detached' });
    for (const other of [tabs.ir.page, tabs.oncologist.page]) {
      await other.getByText('Waiting for the chair to open a case.').waitFor();
    }

    await page.getByRole('button', { name: 'Close the board…' }).focus();
    await page.keyboard.press('Enter');
    const close = page.getByRole('dialog', { name: 'Close the board?' });
    await close.getByRole('button', { name: 'Close the board', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('The board has closed').first().waitFor();
    await tabs.wall.page.getByText('The board has closed.').waitFor();
    await tabs.ir.page.getByText('The board has closed.').first().waitFor();
    const board = await apiAs<{ agenda: { case: { id: string }; outcome: string | null }[] }>(
      page,
      'GET',
      `/api/meetings/${meetingId}`,
    );
    expect(board.body.agenda.map((i) => i.outcome)).toEqual(['decided', 'deferred']);
  });

  it('has no Content Security Policy violation or script error on any screen', () => {
    for (const tab of Object.values(tabs)) expect(tab.problems).toEqual([]);
  });
});
