import { describe, expect, it } from 'vitest';

import {
  BRAF_STATUSES,
  CASE_ACTIONS,
  CASE_STATES,
  CHILD_PUGH_CLASSES,
  COLORECTAL_SIDES,
  DISCIPLINES,
  EXTRAHEPATIC_DISEASE,
  FOLLOW_UP_REASONS,
  FOLLOW_UP_STATUSES,
  MEETING_STATES,
  MODALITY_CODES,
  MSI_STATUSES,
  PRIMARY_SITES,
  RAS_STATUSES,
  READINESS_ITEMS,
  RECIST_RESPONSES,
  ROLES,
  VOTES,
} from '@consilium/domain';
import { IMMUNOTHERAPY_AGENTS, TARGETED_THERAPY_AGENTS, VERDICTS } from '@consilium/plan-builder';

import { CATALOGUES } from '.';

const { en, es } = CATALOGUES;

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('the catalogues', () => {
  it('have the same keys in Spanish and English', () => {
    expect(keys(es).sort()).toEqual(keys(en).sort());
  });

  it('have no empty text', () => {
    for (const catalogue of [es, en]) {
      const flat = keys(catalogue);
      for (const key of flat) {
        const text = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue);
        expect(text, key).not.toBe('');
      }
    }
  });

  // The domain's lists, for display only: every value the API can send has a label, once.
  it.each([
    ['role', ROLES],
    ['discipline', DISCIPLINES],
    ['caseStatus', CASE_STATES],
    ['meetingStatus', MEETING_STATES],
    ['primarySite', PRIMARY_SITES],
    ['primarySide', COLORECTAL_SIDES],
    ['ras', RAS_STATUSES],
    ['brafV600e', BRAF_STATUSES],
    ['msi', MSI_STATUSES],
    ['extrahepaticDisease', EXTRAHEPATIC_DISEASE],
    ['childPugh', CHILD_PUGH_CLASSES],
    ['bestResponse', RECIST_RESPONSES],
    ['modality', MODALITY_CODES],
    ['agent', [...TARGETED_THERAPY_AGENTS, ...IMMUNOTHERAPY_AGENTS]],
    ['verdict', VERDICTS],
    ['readinessItem', READINESS_ITEMS],
    ['caseEventAction', ['created', ...CASE_ACTIONS]],
    ['vote', VOTES],
    ['followUpStatus', FOLLOW_UP_STATUSES],
    ['followUpReason', FOLLOW_UP_REASONS],
  ] as const)('label every %s value', (group, values) => {
    for (const catalogue of [es, en]) {
      expect(Object.keys(catalogue.enums[group]).sort()).toEqual([...values].sort());
    }
  });
});
