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

describe('the coordinator', () => {
  let browser: Browser;
  let tab: Tab;
  beforeAll(async () => {
    browser = await launchChromium();
    tab = await openTab(browser);
    await signIn(tab.page, baseUrl, ACCOUNTS.coordinator);
  });
  afterAll(() => browser?.close());

  it('signs in to the submitted cases and the coming boards', async () => {
    await waitForHeading(tab.page, 'Inicio');
    await tab.page.getByText('Has iniciado sesión como Claire Coordinator.').waitFor();
    expect(await navLinks(tab.page)).toEqual([
      'Inicio',
      'Pacientes',
      'Casos',
      'Entrada de casos',
      'Comités',
      'Seguimiento',
      'Indicadores',
      'Enlaces de calendario',
    ]);
    await tab.page
      .getByRole('heading', { level: 2, name: 'Casos enviados pendientes de revisión' })
      .waitFor();
    await tab.page.getByRole('table', { name: 'Próximos comités' }).waitFor();
    const found = await inBothLanguages(tab.page, 'coordinator-home', async (language) => {
      await tab.page
        .getByRole('heading', {
          level: 2,
          name:
            language === 'es' ? 'Casos enviados pendientes de revisión' : 'Submitted cases awaiting review',
        })
        .waitFor();
      await tab.page
        .getByRole('table', { name: language === 'es' ? 'Próximos comités' : 'Upcoming boards' })
        .waitFor();
    });
    expect(found).toEqual({ es: [], en: [] });
  });

  it('filters every case by state, shown as a translated badge', async () => {
    await tab.page.getByRole('navigation').getByRole('link', { name: 'Casos', exact: true }).click();
    await waitForHeading(tab.page, 'Casos');
    const table = tab.page.getByRole('table', { name: 'Casos' });
    await table.waitFor();
    const all = await table.getByRole('row').count();
    await tab.page.getByRole('combobox', { name: 'Estado' }).click();
    await tab.page.getByRole('option', { name: 'Aceptado' }).click();
    const statusCells = 'table[aria-label="Casos"] tbody tr td:nth-child(6)';
    await tab.page.waitForFunction(
      ([selector, count]) => {
        const cells = [...document.querySelectorAll(selector as string)];
        return (
          cells.length > 0 &&
          cells.length < (count as number) &&
          cells.every((c) => c.textContent === 'Aceptado')
        );
      },
      [statusCells, all],
    );
    const states = await table.locator('tbody tr td:nth-child(6)').allTextContents();
    expect(states.length).toBeGreaterThan(0);
    expect(new Set(states)).toEqual(new Set(['Aceptado']));
    const found = await inBothLanguages(tab.page, 'cases', async (language) => {
      await tab.page
        .getByRole('heading', { level: 1, name: language === 'es' ? 'Casos' : 'Cases' })
        .waitFor();
      await tab.page
        .getByText(language === 'es' ? 'Aceptado' : 'Accepted')
        .first()
        .waitFor();
    });
    expect(found).toEqual({ es: [], en: [] });
  });

  it('has no Content Security Policy violation or script error', () => {
    expect(tab.problems).toEqual([]);
  });
});
