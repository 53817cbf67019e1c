import { describe, expect, it } from 'vitest';

import { CASE_STATES, DISCIPLINES, MEETING_STATES, PRIMARY_SITES, ROLES } from '@consilium/domain';

import en from './en.json';
import es from './es.json';

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
  ] as const)('label every %s value', (group, values) => {
    for (const catalogue of [es, en]) {
      expect(Object.keys(catalogue.enums[group]).sort()).toEqual([...values].sort());
    }
  });
});
