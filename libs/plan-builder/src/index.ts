export * from './catalogue';
export * from './evaluate';
export * from './judge-steps';
export { RULES, RULE_IDS, type Reason, type Rule, type RuleContext, type RuleId } from './rules';
export * from './thresholds';
export * from './verdict';
