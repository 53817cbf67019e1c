import { progressedOnSystemicTherapy, SYSTEMIC_THERAPY_MODALITIES } from './facts';
import { defineRule, unknown } from './rule';

export const taceLiver = defineRule({
  id: 'TACE-LIVER',
  summary: 'Child–Pugh C or bilirubin at or above the TACE limit',
  modalities: ['tace'],
  reads: ['childPugh', 'bilirubinMgDl'],
  source: 'TACE/DEBIRI reviews (PMC4357048)',
  evaluate({ childPugh, bilirubinMgDl }, { thresholds: t }, say) {
    const read = { childPugh, bilirubinMgDl };
    const failures: string[] = [];
    if (childPugh === 'C') failures.push('Child–Pugh C');
    if (bilirubinMgDl !== null && bilirubinMgDl >= t.taceContraindicatedBilirubinMgDl) {
      failures.push(
        `bilirubin ${bilirubinMgDl} mg/dL is ${t.taceContraindicatedBilirubinMgDl} mg/dL or more`,
      );
    }
    // Either finding alone contraindicates, so a known failure wins over the other fact being unknown.
    if (failures.length > 0) return [say('contraindicated', `Liver function: ${failures.join('; ')}`, read)];
    const missing = Object.entries(read)
      .filter(([, value]) => value === null)
      .map(([name]) => name);
    if (missing.length > 0) return [say('caution', unknown(...missing), read)];
    return [
      say(
        'eligible',
        `Child–Pugh ${childPugh}, bilirubin ${bilirubinMgDl} mg/dL below ${t.taceContraindicatedBilirubinMgDl}`,
        read,
      ),
    ];
  },
});

export const taceEhd = defineRule({
  id: 'TACE-EHD',
  summary: 'Extrahepatic disease beyond limited: TACE is for liver-dominant disease',
  modalities: ['tace'],
  reads: ['extrahepaticDisease'],
  source: 'NICE IPG672; PMC4357048',
  evaluate({ extrahepaticDisease }, _context, say) {
    const read = { extrahepaticDisease };
    if (extrahepaticDisease === null) return [say('caution', unknown('extrahepaticDisease'), read)];
    if (extrahepaticDisease === 'extensive') {
      return [
        say('caution', 'Extensive extrahepatic disease: TACE is for liver-dominant disease only', read),
      ];
    }
    return [say('eligible', `Liver-dominant disease (extrahepatic disease: ${extrahepaticDisease})`, read)];
  },
});

export const taceLine = defineRule({
  id: 'TACE-LINE',
  summary: 'No prior systemic therapy with progression: TACE is a salvage option after chemotherapy',
  modalities: ['tace'],
  reads: ['priorTreatments'],
  source: 'NICE IPG672',
  evaluate(facts, _context, say) {
    const systemic = facts.priorTreatments
      .filter((t) => SYSTEMIC_THERAPY_MODALITIES.includes(t.modality))
      .map(({ modality, regimen, bestResponse }) => ({ modality, regimen, bestResponse }));
    const progressed = progressedOnSystemicTherapy(facts);
    const read = { priorSystemicTherapy: systemic, progressedOnSystemicTherapy: progressed };
    if (progressed === null) return [say('caution', unknown('priorTreatments.bestResponse'), read)];
    if (!progressed) {
      return [
        say(
          'caution',
          'No prior systemic therapy with progression recorded: TACE is a salvage option after chemotherapy',
          read,
        ),
      ];
    }
    return [say('eligible', 'Progression on prior systemic therapy', read)];
  },
});

export const TACE_RULES = [taceLiver, taceEhd, taceLine];
