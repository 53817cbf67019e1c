import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { type CaseFacts, emptyCaseFacts } from '@consilium/domain';
import { RULE_IDS } from '@consilium/plan-builder';

import type { Schemas } from '../../api/client';
import { CATALOGUES, type Language } from '../../i18n';
import { type FakeFetch, json, renderWithApp } from '../../test/render';
import { buildCase, CASE_ID, planOptionsFor } from '../boards/test-fixtures';
import { PlanOptionsPanel } from './PlanOptionsPanel';

function api(planOptions: Schemas['PlanOptionsDto'] | (() => Response)) {
  return vi.fn<FakeFetch>(async (request) => {
    const { pathname } = new URL(request.url);
    if (request.method === 'GET' && pathname === `/api/cases/${CASE_ID}/plan-options`) {
      return typeof planOptions === 'function' ? planOptions() : json(200, planOptions);
    }
    throw new Error(`unexpected ${request.method} ${pathname}`);
  });
}

/** The panel once the evaluation has arrived (its footer names the rule set). */
async function renderPanel(planOptions: Schemas['PlanOptionsDto'], language: Language = 'en') {
  renderWithApp(<PlanOptionsPanel caseId={CASE_ID} />, { fetch: api(planOptions), language });
  await screen.findByText(/^(Rule set|Conjunto de reglas) /);
}

function agentItem(name: string): HTMLElement {
  const item = screen.getByRole('heading', { name }).closest('li');
  if (!item) throw new Error(`no list item for ${name}`);
  return item;
}

/** The reasons listed for a modality or agent, each one list item. */
function reasonsOf(name: string, prefix = 'Reasons for'): HTMLElement[] {
  const list = screen.getByRole('list', { name: `${prefix} ${name}` });
  return within(list)
    .getAllByRole('listitem')
    .filter((item) => item.parentElement === list);
}

// Nine modalities with their reasons are a large render for jsdom on a busy machine.
describe('the plan options panel', { timeout: 20_000 }, () => {
  it('shows EGFR inhibitors as contraindicated for a RAS-mutant case, with rule, facts and source', async () => {
    await renderPanel(planOptionsFor(buildCase({ ras: 'mutant' })));

    expect(screen.getByRole('heading', { level: 2, name: 'Plan options' })).toBeInTheDocument();
    const targeted = screen.getByRole('button', { name: /Targeted therapy/ });
    // Bevacizumab stays a caution, so targeted therapy is flagged and its details are open.
    expect(targeted).toHaveAttribute('aria-expanded', 'true');
    expect(within(targeted).getByText('Caution')).toBeInTheDocument();

    const agents = screen.getByRole('list', { name: 'Agents of Targeted therapy' });
    for (const name of ['Cetuximab', 'Panitumumab']) {
      const item = agentItem(name);
      expect(agents).toContainElement(item);
      // The agent's verdict is said in words (the icon is decoration).
      expect(within(item).getByRole('heading', { name }).parentElement).toHaveTextContent(
        `${name}Contraindicated`,
      );
      const [ras, side] = reasonsOf(name);
      expect(within(ras).getByText('Contraindicated')).toBeInTheDocument();
      expect(within(ras).getByText('TGT-EGFR-RAS')).toBeInTheDocument();
      expect(
        within(ras).getByText('RAS mutant: EGFR inhibitors are for RAS wild-type disease.'),
      ).toBeInTheDocument();
      expect(within(ras).getByText('RAS: Mutant')).toBeInTheDocument();
      expect(within(ras).getByText('Source: NICE TA439; ESMO 2023')).toBeInTheDocument();
      // The sidedness clause of the same rule, with its own verdict.
      expect(within(side).getByText('Eligible')).toBeInTheDocument();
      expect(within(side).getByText('Left-sided primary.')).toBeInTheDocument();
      expect(within(side).getByText('Side of the primary: Left-sided')).toBeInTheDocument();
    }
    expect(
      within(agentItem('Bevacizumab')).getByText(/^Not known: Planned surgery date/),
    ).toBeInTheDocument();
  });

  it('lists every documented modality with a verdict in words, and the rule set under it', async () => {
    await renderPanel(planOptionsFor(buildCase()));
    for (const modality of Object.values(CATALOGUES.en.enums.modality)) {
      const control = screen.getByRole('button', { name: new RegExp(`^${escape(modality)}`) });
      expect(control).toHaveAccessibleName(/(Eligible|Caution|Contraindicated)$/);
    }
    expect(screen.getByText('Rule set 1.0.0 · evaluated on Mar 16, 2026')).toBeInTheDocument();
  });

  it('opens what needs attention and lets the eligible options be opened by keyboard', async () => {
    await renderPanel(planOptionsFor(buildCase()));
    const chemotherapy = screen.getByRole('button', { name: 'Systemic chemotherapy Eligible' });
    expect(chemotherapy).toHaveAttribute('aria-expanded', 'false');
    chemotherapy.focus();
    await userEvent.setup().keyboard('{Enter}');
    expect(chemotherapy).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('ECOG 1: no fitness concern for systemic chemotherapy.')).toBeInTheDocument();
    expect(screen.getByText('Source: ESMO 2023')).toBeInTheDocument();
  });

  it('speaks Spanish', async () => {
    await renderPanel(planOptionsFor(buildCase({ ras: 'mutant' })), 'es');
    expect(screen.getByRole('heading', { name: 'Opciones de tratamiento' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Terapia dirigida/ })).toBeInTheDocument();
    const [ras] = reasonsOf('Cetuximab', 'Motivos para');
    expect(within(ras).getByText('Contraindicada')).toBeInTheDocument();
    expect(within(ras).getByText('RAS: Mutado')).toBeInTheDocument();
    expect(
      within(ras).getByText(
        'RAS mutado: los inhibidores de EGFR son para enfermedad RAS nativo (wild-type).',
      ),
    ).toBeInTheDocument();
    expect(within(ras).getByText('Fuente: NICE TA439; ESMO 2023')).toBeInTheDocument();
    expect(screen.getByText('Conjunto de reglas 1.0.0 · evaluado el 16 mar 2026')).toBeInTheDocument();
  });

  it('says a pending result is not known, naming the fact', async () => {
    await renderPanel(planOptionsFor(buildCase({ ras: 'pending' })));
    const [ras] = reasonsOf('Cetuximab');
    expect(
      within(ras).getByText(
        'Not known: RAS (result pending). An unknown fact is a caution, never taken as eligible.',
      ),
    ).toBeInTheDocument();
    expect(within(ras).getByText('Caution')).toBeInTheDocument();
    expect(within(ras).getByText('RAS: Pending')).toBeInTheDocument();
  });

  it('says when the plan options could not be loaded', async () => {
    renderWithApp(<PlanOptionsPanel caseId={CASE_ID} />, {
      fetch: api(() => json(500, { statusCode: 500, error: 'INTERNAL', message: 'internal error' })),
    });
    expect(await screen.findByText('This could not be loaded')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

// Cases that between them reach every wording of every rule, including unknown and pending facts.
const SCENARIOS: [string, Partial<CaseFacts>][] = [
  ['every fact unknown', emptyCaseFacts()],
  [
    'a pancreatic primary in poor condition',
    {
      primarySite: 'pancreas',
      primarySide: null,
      ecog: 4,
      lesions: Array.from({ length: 12 }, (_, i) => ({
        segment: (i % 8) + 1,
        diameterMm: i === 0 ? 65 : 12,
      })),
      bilirubinMgDl: 3.5,
      albuminGDl: 2.4,
      childPugh: 'C',
      extrahepaticDisease: 'extensive',
      futureLiverRemnantPercent: 15,
      cirrhosisOrFibrosis: true,
      priorTreatments: [
        { modality: 'systemic_chemotherapy', regimen: 'FOLFIRINOX', months: 6, bestResponse: 'PD' },
      ],
      plannedSurgeryDate: '2026-03-26',
      ras: 'pending',
      brafV600e: 'present',
      msi: 'pending',
    },
  ],
  [
    'a right-sided colon primary with undecided facts',
    {
      primarySite: 'colon',
      primarySide: 'right',
      ecog: 3,
      lesions: [
        { segment: 4, diameterMm: 40 },
        { segment: 6, diameterMm: 35 },
      ],
      extrahepaticDisease: 'limited',
      futureLiverRemnantPercent: 35,
      cirrhosisOrFibrosis: null,
      priorTreatments: [
        { modality: 'systemic_chemotherapy', regimen: null, months: null, bestResponse: null },
      ],
      plannedSurgeryDate: '2026-01-10',
      ras: 'wild_type',
      brafV600e: 'pending',
      msi: 'msi_high',
      bilirubinMgDl: 1,
      albuminGDl: null,
      childPugh: null,
    },
  ],
  [
    'a lung primary, fit, surgery far ahead',
    {
      primarySite: 'lung',
      primarySide: null,
      ecog: 2,
      lesions: [{ segment: 8, diameterMm: 18 }],
      plannedSurgeryDate: '2026-06-30',
      priorTreatments: [],
      childPugh: 'B',
      bilirubinMgDl: 1.1,
      extrahepaticDisease: 'none',
    },
  ],
  [
    'a rectal primary of unknown side, no surgery date',
    { primarySite: 'rectum', primarySide: null, ecog: 0 },
  ],
  ['an invalid surgery date', { plannedSurgeryDate: '2026-02-30' }],
];

describe('the explanations', { timeout: 20_000 }, () => {
  it('exist in both catalogues for every rule of the rule set', () => {
    for (const catalogue of [CATALOGUES.en, CATALOGUES.es]) {
      const rules = catalogue.planOptions.rules as Record<string, Record<string, string>>;
      expect(Object.keys(rules).sort()).toEqual([...RULE_IDS].sort());
      for (const id of RULE_IDS) {
        expect(Object.values(rules[id]).length, id).toBeGreaterThan(0);
        for (const text of Object.values(rules[id])) expect(text, id).not.toBe('');
      }
    }
  });

  it.each(SCENARIOS)('are all translated, never the server’s English, for %s', async (_name, facts) => {
    const planOptions = planOptionsFor(buildCase(), facts);
    await renderPanel(planOptions, 'es');
    const text = document.body.textContent ?? '';
    expect(text).not.toContain('(en inglés)');
    expect(text).not.toContain('unknown:');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
