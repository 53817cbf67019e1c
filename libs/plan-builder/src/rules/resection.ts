import type { PlanBuilderThresholds } from '../thresholds';
import { priorChemotherapyMonths } from './facts';
import { defineRule, unknown } from './rule';

const FLR_SUGGESTION = 'consider portal vein embolisation or a two-stage hepatectomy';

interface FlrMinimum {
  percent: number;
  basis: string;
}

// The strictest minimum that applies: chemotherapy injury and cirrhosis each raise it.
function flrMinimum(t: PlanBuilderThresholds, cirrhosis: boolean, afterChemotherapy: boolean): FlrMinimum {
  const candidates: FlrMinimum[] = [{ percent: t.flrMinPercentNormal, basis: 'a normal liver' }];
  if (afterChemotherapy) {
    candidates.push({
      percent: t.flrMinPercentAfterChemotherapy,
      basis: `a liver after more than ${t.flrChemotherapyMonths} months of chemotherapy`,
    });
  }
  if (cirrhosis) {
    candidates.push({ percent: t.flrMinPercentCirrhosis, basis: 'a liver with cirrhosis or fibrosis' });
  }
  return candidates.reduce((strictest, c) => (c.percent >= strictest.percent ? c : strictest));
}

export const resFlr = defineRule({
  id: 'RES-FLR',
  summary:
    'Planned future liver remnant below the minimum for the liver (normal, after chemotherapy, cirrhosis)',
  modalities: ['surgical_resection'],
  reads: ['futureLiverRemnantPercent', 'cirrhosisOrFibrosis', 'priorChemotherapyMonths'],
  source: 'Kawaguchi & Vauthey, J Surg Oncol 2019 (PMC6422720); Entezari et al., RadioGraphics 2022',
  evaluate(facts, { thresholds }, say) {
    const flr = facts.futureLiverRemnantPercent;
    const cirrhosis = facts.cirrhosisOrFibrosis;
    const months = priorChemotherapyMonths(facts);
    const read = {
      futureLiverRemnantPercent: flr,
      cirrhosisOrFibrosis: cirrhosis,
      priorChemotherapyMonths: months,
    };
    if (flr === null) return [say('caution', unknown('futureLiverRemnantPercent'), read)];

    // An unknown fact only matters if its possible values lead to different verdicts: an FLR of 45 % meets
    // every default minimum whatever the liver's state, an FLR of 15 % meets none.
    const afterChemotherapy = months === null ? null : months > thresholds.flrChemotherapyMonths;
    const cirrhosisValues = cirrhosis === null ? [false, true] : [cirrhosis];
    const chemotherapyValues = afterChemotherapy === null ? [false, true] : [afterChemotherapy];
    const meets = (c: boolean, m: boolean) => flr >= flrMinimum(thresholds, c, m).percent;
    const scenarios = cirrhosisValues.flatMap((c) =>
      chemotherapyValues.map((m) => ({ minimum: flrMinimum(thresholds, c, m), meets: meets(c, m) })),
    );
    const byPercent = [...scenarios].sort((a, b) => a.minimum.percent - b.minimum.percent);
    const lowest = byPercent[0].minimum;
    const highest = byPercent[byPercent.length - 1].minimum;

    if (scenarios.every((s) => s.meets)) {
      return [
        say('eligible', `FLR ${flr}% meets the ${highest.percent}% minimum for ${highest.basis}`, read),
      ];
    }
    if (scenarios.every((s) => !s.meets)) {
      return [
        say(
          'contraindicated',
          `FLR ${flr}% is below the ${lowest.percent}% minimum for ${lowest.basis}; ${FLR_SUGGESTION}`,
          read,
        ),
      ];
    }
    const deciding: string[] = [];
    if (cirrhosis === null && chemotherapyValues.some((m) => meets(false, m) !== meets(true, m))) {
      deciding.push('cirrhosisOrFibrosis');
    }
    if (afterChemotherapy === null && cirrhosisValues.some((c) => meets(c, false) !== meets(c, true))) {
      deciding.push('priorChemotherapyMonths');
    }
    return [
      say(
        'caution',
        `${unknown(...deciding)}; FLR ${flr}% meets the ${lowest.percent}% minimum for ${lowest.basis} but not ` +
          `the ${highest.percent}% minimum for ${highest.basis}; if that applies, ${FLR_SUGGESTION}`,
        read,
      ),
    ];
  },
});

export const resFit = defineRule({
  id: 'RES-FIT',
  summary: 'ECOG performance status 3 or worse',
  modalities: ['surgical_resection'],
  reads: ['ecog'],
  source: 'Unresectability criteria, Curr Oncol Rep 2022 (doi 10.1007/s11912-022-01248-6)',
  evaluate({ ecog }, _context, say) {
    if (ecog === null) return [say('caution', unknown('ecog'), { ecog })];
    if (ecog >= 3)
      return [say('contraindicated', `ECOG ${ecog}: not fit for liver resection (ECOG ≥ 3)`, { ecog })];
    return [say('eligible', `ECOG ${ecog} is below 3`, { ecog })];
  },
});

export const resEhd = defineRule({
  id: 'RES-EHD',
  summary: 'Extensive extrahepatic disease contraindicates resection; limited disease is a caution',
  modalities: ['surgical_resection'],
  reads: ['extrahepaticDisease'],
  source: 'ESMO mCRC guideline, Cervantes et al., Ann Oncol 2023',
  evaluate({ extrahepaticDisease }, _context, say) {
    const read = { extrahepaticDisease };
    switch (extrahepaticDisease) {
      case null:
        return [say('caution', unknown('extrahepaticDisease'), read)];
      case 'extensive':
        return [say('contraindicated', 'Extensive extrahepatic disease', read)];
      case 'limited':
        return [say('caution', 'Limited extrahepatic disease', read)];
      case 'none':
        return [say('eligible', 'No extrahepatic disease', read)];
    }
  },
});

export const RESECTION_RULES = [resFlr, resFit, resEhd];
