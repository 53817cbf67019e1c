import { describe, expect, it } from 'vitest';

import { holderOf, isWellFormedMrn, normaliseMrn, sameMrn } from './mrn';

describe('MRNs', () => {
  it('are compared as the API stores them: trimmed and upper-cased', () => {
    expect(normaliseMrn('  mrn-0012345 ')).toBe('MRN-0012345');
    expect(sameMrn('mrn-0012345', 'MRN-0012345')).toBe(true);
    expect(sameMrn(' Mrn-7 ', 'MRN-7')).toBe(true);
  });

  it('differ when a character differs, a prefix is not the same number', () => {
    expect(sameMrn('MRN-001', 'MRN-0012')).toBe(false);
    expect(sameMrn('MRN-001', 'MRN-002')).toBe(false);
  });

  it('pick the holder among search results that also match by prefix or name', () => {
    const results = [
      { id: 'a', mrn: 'MRN-0012', fullName: 'Ana' },
      { id: 'b', mrn: 'MRN-001', fullName: 'Bea' },
    ];
    expect(holderOf(results, 'mrn-001')?.id).toBe('b');
    expect(holderOf(results, 'MRN-00')).toBeUndefined();
  });

  it('follow the API format: letters, digits, dots, slashes, dashes, underscores, up to 64', () => {
    expect(isWellFormedMrn('mrn-12/3_a.b')).toBe(true);
    expect(isWellFormedMrn('-12')).toBe(false);
    expect(isWellFormedMrn('MRN 12')).toBe(false);
    expect(isWellFormedMrn('')).toBe(false);
    expect(isWellFormedMrn('A'.repeat(64))).toBe(true);
    expect(isWellFormedMrn('A'.repeat(65))).toBe(false);
  });
});
