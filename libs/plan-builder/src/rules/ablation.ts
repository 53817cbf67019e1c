import type { ModalityCode } from '@consilium/domain';

import { largestLesion, lesionFacts } from './facts';
import { defineRule, unknown } from './rule';

const ABLATION: readonly ModalityCode[] = ['radiofrequency_ablation', 'cryoablation'];

export const ablSize = defineRule({
  id: 'ABL-SIZE',
  summary: 'Any target lesion above the ablation size limits',
  modalities: ABLATION,
  reads: ['lesions'],
  source: 'Petre & Sofocleous, Visc Med 2017 (PMC5465710)',
  evaluate(facts, { thresholds: t }, say) {
    const read = lesionFacts(facts);
    const largest = largestLesion(facts);
    if (largest === null) return [say('caution', unknown('lesions'), read)];
    const size = `Largest lesion ${largest.diameterMm} mm (segment ${largest.segment})`;
    if (largest.diameterMm > t.ablationContraindicatedDiameterMm) {
      return [
        say('contraindicated', `${size} is larger than ${t.ablationContraindicatedDiameterMm} mm`, read),
      ];
    }
    if (largest.diameterMm > t.ablationCautionDiameterMm) {
      return [
        say(
          'caution',
          `${size} is larger than ${t.ablationCautionDiameterMm} mm: complete ablation is less likely`,
          read,
        ),
      ];
    }
    return [say('eligible', `${size} is within ${t.ablationCautionDiameterMm} mm`, read)];
  },
});

export const ablCount = defineRule({
  id: 'ABL-COUNT',
  summary: 'More lesions than the ablation limit',
  modalities: ABLATION,
  reads: ['lesions'],
  source: 'COLLISION trial, van der Lei et al., Lancet Oncol 2025',
  evaluate(facts, { thresholds: t }, say) {
    const count = facts.lesions.length;
    const read = lesionFacts(facts);
    if (count === 0) return [say('caution', unknown('lesions'), read)];
    if (count > t.ablationMaxLesionCount) {
      return [say('contraindicated', `${count} lesions: more than ${t.ablationMaxLesionCount}`, read)];
    }
    return [say('eligible', `${count} lesion(s): at most ${t.ablationMaxLesionCount}`, read)];
  },
});

export const ablFit = defineRule({
  id: 'ABL-FIT',
  summary: 'ECOG performance status 3 or worse',
  modalities: ABLATION,
  reads: ['ecog'],
  source: 'COLLISION inclusion criteria (ECOG 0–2)',
  evaluate({ ecog }, _context, say) {
    if (ecog === null) return [say('caution', unknown('ecog'), { ecog })];
    if (ecog >= 3)
      return [say('caution', `ECOG ${ecog}: outside the COLLISION population (ECOG 0–2)`, { ecog })];
    return [say('eligible', `ECOG ${ecog} is within 0–2`, { ecog })];
  },
});

export const ABLATION_RULES = [ablSize, ablCount, ablFit];
