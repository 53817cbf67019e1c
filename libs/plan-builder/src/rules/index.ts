import { ABLATION_RULES } from './ablation';
import { CHEMOTHERAPY_RULES } from './chemotherapy';
import { IMMUNOTHERAPY_RULES } from './immunotherapy';
import { PANCREATIC_RULES } from './pancreatic';
import { RESECTION_RULES } from './resection';
import type { Rule } from './rule';
import { SBRT_RULES } from './sbrt';
import { TACE_RULES } from './tace';
import { TARGETED_THERAPY_RULES } from './targeted-therapy';
import { TRIAL_RULES } from './trial';

// Rule set 1.0.0 in the order of docs/plan-builder-rules.md#rules; reasons keep this order within an option.
export const RULES: readonly Rule[] = [
  ...RESECTION_RULES,
  ...ABLATION_RULES,
  ...SBRT_RULES,
  ...TACE_RULES,
  ...TARGETED_THERAPY_RULES,
  ...IMMUNOTHERAPY_RULES,
  ...CHEMOTHERAPY_RULES,
  ...PANCREATIC_RULES,
  ...TRIAL_RULES,
];

export { type Reason, type Rule, RULE_IDS, type RuleContext, type RuleId } from './rule';
