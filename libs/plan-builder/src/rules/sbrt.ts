import type { CaseFacts } from '@consilium/domain';

import type { PlanBuilderThresholds } from '../thresholds';
import { largestLesion, lesionFacts } from './facts';
import { defineRule, type Reason, type Say, unknown } from './rule';

const SOURCE = 'Radiat Oncol 2018;13:234 (PMC6258482)';

export const sbrtCount = defineRule({
  id: 'SBRT-COUNT',
  summary: 'More lesions than the SBRT limit',
  modalities: ['sbrt'],
  reads: ['lesions'],
  source: SOURCE,
  evaluate(facts, { thresholds: t }, say) {
    const count = facts.lesions.length;
    const read = lesionFacts(facts);
    if (count === 0) return [say('caution', unknown('lesions'), read)];
    if (count > t.sbrtMaxLesionCount) {
      return [say('contraindicated', `${count} lesions: more than ${t.sbrtMaxLesionCount}`, read)];
    }
    return [say('eligible', `${count} lesion(s): at most ${t.sbrtMaxLesionCount}`, read)];
  },
});

export const sbrtSize = defineRule({
  id: 'SBRT-SIZE',
  summary: 'Largest lesion at or above the SBRT size limit',
  modalities: ['sbrt'],
  reads: ['lesions'],
  source: SOURCE,
  evaluate(facts, { thresholds: t }, say) {
    const read = lesionFacts(facts);
    const largest = largestLesion(facts);
    if (largest === null) return [say('caution', unknown('lesions'), read)];
    const size = `Largest lesion ${largest.diameterMm} mm (segment ${largest.segment})`;
    if (largest.diameterMm >= t.sbrtContraindicatedDiameterMm) {
      return [say('contraindicated', `${size} is ${t.sbrtContraindicatedDiameterMm} mm or more`, read)];
    }
    return [say('eligible', `${size} is below ${t.sbrtContraindicatedDiameterMm} mm`, read)];
  },
});

// Liver function and performance status are separate clauses with separate verdicts, so each gets a reason.
function sbrtLiverFunction(facts: CaseFacts, t: PlanBuilderThresholds, say: Say): Reason {
  const { bilirubinMgDl, albuminGDl } = facts;
  const read = { bilirubinMgDl, albuminGDl };
  const failures: string[] = [];
  if (bilirubinMgDl !== null && bilirubinMgDl >= t.sbrtContraindicatedBilirubinMgDl) {
    failures.push(`bilirubin ${bilirubinMgDl} mg/dL is ${t.sbrtContraindicatedBilirubinMgDl} mg/dL or more`);
  }
  if (albuminGDl !== null && albuminGDl <= t.sbrtContraindicatedAlbuminGDl) {
    failures.push(`albumin ${albuminGDl} g/dL is ${t.sbrtContraindicatedAlbuminGDl} g/dL or less`);
  }
  if (failures.length > 0) return say('contraindicated', `Liver function: ${failures.join('; ')}`, read);
  const missing = Object.entries(read)
    .filter(([, value]) => value === null)
    .map(([name]) => name);
  if (missing.length > 0) return say('caution', unknown(...missing), read);
  return say(
    'eligible',
    `Bilirubin ${bilirubinMgDl} mg/dL below ${t.sbrtContraindicatedBilirubinMgDl}, ` +
      `albumin ${albuminGDl} g/dL above ${t.sbrtContraindicatedAlbuminGDl}`,
    read,
  );
}

function sbrtPerformance(facts: CaseFacts, say: Say): Reason {
  const { ecog } = facts;
  if (ecog === null) return say('caution', unknown('ecog'), { ecog });
  if (ecog >= 2) return say('caution', `ECOG ${ecog}: performance status 2 or worse`, { ecog });
  return say('eligible', `ECOG ${ecog} is below 2`, { ecog });
}

export const sbrtLiver = defineRule({
  id: 'SBRT-LIVER',
  summary: 'Bilirubin or albumin beyond the SBRT limits (contraindicated); ECOG 2 or worse (caution)',
  modalities: ['sbrt'],
  reads: ['bilirubinMgDl', 'albuminGDl', 'ecog'],
  source: SOURCE,
  evaluate(facts, { thresholds }, say) {
    return [sbrtLiverFunction(facts, thresholds, say), sbrtPerformance(facts, say)];
  },
});

export const SBRT_RULES = [sbrtCount, sbrtSize, sbrtLiver];
