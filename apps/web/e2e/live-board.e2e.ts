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
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
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
    // Today's board, in progress, and the RAS-mutant case first on its agenda.
    const list = await apiAs<{ items: { id: string }[] }>(
      tabs.console.page,
      'GET',
      '/api/meetings?status=in_progress',
    );
    meetingId = list.body.items[0].id;
    const board = await apiAs<{ agenda: { position: number; case: { id: string } }[] }>(
      tabs.console.page,
      'GET',
      `/api/meetings/${meetingId}`,
    );
    caseId = board.body.agenda.find((i) => i.position === 1)?.case.id as string;
    // Whatever an earlier journey left open, the board starts between cases.
    const reset = await apiAs(tabs.console.page, 'PUT', `/api/meetings/${meetingId}/current-case`, {
      caseId: null,
    });
    expect(reset.status).toBe(200);
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
    // J opens the first case (focus on the page, not in a text box).
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('j');
    for (const other of [tabs.wall.page, tabs.surgeon.page, tabs.ir.page, tabs.oncologist.page]) {
      await other.getByRole('heading', { name: /^Case 1 of 3: / }).waitFor();
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
    await step(2)
      .getByRole('checkbox', { name: /^Segment VII,/ })
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

  it('has no Content Security Policy violation or script error on any screen', () => {
    for (const tab of Object.values(tabs)) expect(tab.problems).toEqual([]);
  });
});
