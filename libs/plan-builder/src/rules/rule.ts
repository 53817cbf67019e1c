import type { CaseFacts, ModalityCode } from '@consilium/domain';

import type { AgentCode } from '../catalogue';
import type { PlanBuilderThresholds } from '../thresholds';
import type { Verdict } from '../verdict';

export const RULE_IDS = [
  'RES-FLR',
  'RES-FIT',
  'RES-EHD',
  'ABL-SIZE',
  'ABL-COUNT',
  'ABL-FIT',
  'SBRT-COUNT',
  'SBRT-SIZE',
  'SBRT-LIVER',
  'TACE-LIVER',
  'TACE-EHD',
  'TACE-LINE',
  'TGT-EGFR-RAS',
  'TGT-BRAF',
  'TGT-BEV-SURG',
  'IO-MSI',
  'IO-OTHER',
  'CHEMO-FIT',
  'PANC-LOCAL',
  'TRIAL',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Reason {
  ruleId: RuleId;
  verdict: Verdict;
  message: string;
  // The facts the rule read (case facts by their CaseFacts name, derived facts by a descriptive name).
  facts: Record<string, unknown>;
  source: string;
}

export interface RuleContext {
  thresholds: PlanBuilderThresholds;
  // ISO date (YYYY-MM-DD) the evaluation runs on; rules never read the clock.
  today: string;
}

export interface Rule {
  id: RuleId;
  summary: string;
  // Modality-level rules list their modalities; agent-level rules list one modality and the agents.
  modalities: readonly ModalityCode[];
  agents?: readonly AgentCode[];
  reads: readonly string[];
  source: string;
  // A rule that does not apply to the case (PANC-LOCAL for a colon primary) returns no reason.
  evaluate(facts: CaseFacts, context: RuleContext): Reason[];
}

export type Say = (verdict: Verdict, message: string, facts: Record<string, unknown>) => Reason;

// Binds the rule's id and source into every reason it gives, so the two cannot drift apart.
export function defineRule(
  definition: Omit<Rule, 'evaluate'> & {
    evaluate(facts: CaseFacts, context: RuleContext, say: Say): Reason[];
  },
): Rule {
  const say: Say = (verdict, message, facts) => ({
    ruleId: definition.id,
    verdict,
    message,
    facts,
    source: definition.source,
  });
  return { ...definition, evaluate: (facts, context) => definition.evaluate(facts, context, say) };
}

export function unknown(...facts: string[]): string {
  return `unknown: ${facts.join(', ')}`;
}
