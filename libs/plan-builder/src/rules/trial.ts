import { defineRule } from './rule';

export const trial = defineRule({
  id: 'TRIAL',
  summary: 'A clinical trial is always offered',
  modalities: ['clinical_trial'],
  reads: [],
  source: 'None cited in rule set 1.0.0',
  evaluate(_facts, _context, say) {
    return [say('eligible', 'Always offered; the proposal must name the trial (registry id or title)', {})];
  },
});

export const TRIAL_RULES = [trial];
