import { MODALITY_CODES } from '@consilium/domain';

import { isDocumentedAgent } from '../catalogue';
import { RULE_IDS, RULES } from '.';

describe('rule set 1.0.0', () => {
  it('has exactly one rule per id, in the order of docs/plan-builder-rules.md#rules', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it('gives every rule a source and documented targets', () => {
    for (const rule of RULES) {
      expect(rule.source).not.toBe('');
      expect(rule.modalities.length).toBeGreaterThan(0);
      rule.modalities.forEach((m) => expect(MODALITY_CODES).toContain(m));
      if (rule.agents) {
        expect(rule.modalities).toHaveLength(1);
        rule.agents.forEach((agent) => expect(isDocumentedAgent(rule.modalities[0], agent)).toBe(true));
      }
    }
  });

  it('covers every modality with at least one rule', () => {
    const covered = new Set(RULES.flatMap((r) => r.modalities));
    expect([...MODALITY_CODES].filter((m) => !covered.has(m))).toEqual([]);
  });
});
