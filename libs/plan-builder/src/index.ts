export * from './catalogue';
export * from './evaluate';
export * from './judge-steps';
export { type Reason, type Rule, RULE_IDS, type RuleContext, type RuleId, RULES } from './rules';
export * from './thresholds';
export * from './verdict';
