import { defineRule, unknown } from './rule';

export const chemoFit = defineRule({
  id: 'CHEMO-FIT',
  summary: 'ECOG 3 (caution) or 4 (contraindicated)',
  modalities: ['systemic_chemotherapy'],
  reads: ['ecog'],
  source: 'ESMO 2023',
  evaluate({ ecog }, _context, say) {
    const read = { ecog };
    if (ecog === null) return [say('caution', unknown('ecog'), read)];
    if (ecog === 4) return [say('contraindicated', 'ECOG 4: not fit for systemic chemotherapy', read)];
    if (ecog === 3) return [say('caution', 'ECOG 3: limited fitness for systemic chemotherapy', read)];
    return [say('eligible', `ECOG ${ecog}`, read)];
  },
});

export const CHEMOTHERAPY_RULES = [chemoFit];
