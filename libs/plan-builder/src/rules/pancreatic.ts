import { defineRule, unknown } from './rule';

export const pancLocal = defineRule({
  id: 'PANC-LOCAL',
  summary: 'Pancreatic primary: local liver therapies are investigational',
  modalities: ['surgical_resection', 'radiofrequency_ablation', 'cryoablation', 'sbrt', 'tace'],
  reads: ['primarySite'],
  source: 'PMC6721290; PMC7698586',
  evaluate({ primarySite }, _context, say) {
    const read = { primarySite };
    if (primarySite === null) return [say('caution', unknown('primarySite'), read)];
    if (primarySite !== 'pancreas') return [];
    return [
      say(
        'caution',
        'Pancreatic primary: investigational for oligometastatic disease; consider a clinical trial',
        read,
      ),
    ];
  },
});

export const PANCREATIC_RULES = [pancLocal];
