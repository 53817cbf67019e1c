import { useTranslation } from 'react-i18next';

import {
  BRAF_STATUSES,
  CHILD_PUGH_CLASSES,
  COLORECTAL_SIDES,
  EXTRAHEPATIC_DISEASE,
  MODALITY_CODES,
  MSI_STATUSES,
  PRIMARY_SITES,
  RAS_STATUSES,
  RECIST_RESPONSES,
} from '@consilium/domain';

import { useFormatters } from '../../components/format';
import type planOptionsEn from '../../i18n/plan-options.en.json';
import type { Reason, Thresholds } from './use-plan-options';

type Catalogue = typeof planOptionsEn;
type Rules = Catalogue['rules'];
type RuleId = Reason['ruleId'];
type RuleTextKey = { [R in RuleId]: `planOptions.rules.${R}.${keyof Rules[R] & string}` }[RuleId];
type FactName = keyof Catalogue['factNames'];
type Values = Record<string, string | number>;
type Unit = 'percent' | 'mm' | 'mgDl' | 'gDl';

const FACT_NAMES = new Set<string>([
  'ras',
  'brafV600e',
  'msi',
  'primarySite',
  'primarySide',
  'ecog',
  'lesions',
  'lesionCount',
  'largestLesionDiameterMm',
  'extrahepaticDisease',
  'bilirubinMgDl',
  'albuminGDl',
  'childPugh',
  'cirrhosisOrFibrosis',
  'futureLiverRemnantPercent',
  'priorChemotherapyMonths',
  'priorSystemicTherapy',
  'progressedOnSystemicTherapy',
  'plannedSurgeryDate',
  'today',
  'daysUntilSurgery',
  'priorTreatments',
  'priorTreatmentsBestResponse',
] satisfies FactName[]);

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

const UNKNOWN_PREFIX = 'unknown: ';

// A real YYYY-MM-DD day: Date would turn 2026-02-30 into 2 March.
function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The fact names an "unknown" reason names. The plan builder words these reasons as
 * `unknown: <fact>[, <fact>]` with an optional ` (…)` or `; …` tail (docs/plan-builder-rules.md, Principles).
 */
function unknownFacts(message: string): string[] {
  const rest = message.slice(UNKNOWN_PREFIX.length);
  const end = rest.search(/;| \(/);
  return (end === -1 ? rest : rest.slice(0, end))
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
}

/**
 * Picks the catalogue text for a reason. The verdict is the server's; the facts only choose which of the
 * rule's wordings fits (e.g. the RAS clause or the sidedness clause of TGT-EGFR-RAS). `null` when no wording
 * fits, as for an unknown fact, which is said the same way for every rule.
 */
function ruleText(
  reason: Reason,
  t: Thresholds,
  fact: (name: string) => string,
  unit: (kind: Unit, value: number) => string,
  label: (name: string) => string,
): { key: RuleTextKey; values?: Values } | null {
  const percent = (value: number) => unit('percent', value);
  const mm = (value: number) => unit('mm', value);
  const mgDl = (value: number) => unit('mgDl', value);
  const gDl = (value: number) => unit('gDl', value);
  const f = reason.facts;
  const v = reason.verdict;
  const flrMinimums = {
    flr: fact('futureLiverRemnantPercent'),
    normal: percent(t.flrMinPercentNormal),
    afterChemotherapy: percent(t.flrMinPercentAfterChemotherapy),
    cirrhosis: percent(t.flrMinPercentCirrhosis),
    months: t.flrChemotherapyMonths,
  };
  switch (reason.ruleId) {
    case 'RES-FLR':
      if (f.futureLiverRemnantPercent === null || f.futureLiverRemnantPercent === undefined) return null;
      if (v === 'eligible') return { key: 'planOptions.rules.RES-FLR.meets', values: flrMinimums };
      if (v === 'contraindicated') return { key: 'planOptions.rules.RES-FLR.below', values: flrMinimums };
      return {
        key: 'planOptions.rules.RES-FLR.undecided',
        values: { ...flrMinimums, unknown: unknownFacts(reason.message).map(label).join(', ') },
      };
    case 'RES-FIT':
      if (v === 'contraindicated')
        return { key: 'planOptions.rules.RES-FIT.unfit', values: { ecog: fact('ecog') } };
      if (v === 'eligible') return { key: 'planOptions.rules.RES-FIT.fit', values: { ecog: fact('ecog') } };
      return null;
    case 'RES-EHD':
      if (f.extrahepaticDisease === 'extensive') return { key: 'planOptions.rules.RES-EHD.extensive' };
      if (f.extrahepaticDisease === 'limited') return { key: 'planOptions.rules.RES-EHD.limited' };
      if (f.extrahepaticDisease === 'none') return { key: 'planOptions.rules.RES-EHD.none' };
      return null;
    case 'ABL-SIZE': {
      const size = fact('largestLesionDiameterMm');
      if (v === 'contraindicated') {
        return {
          key: 'planOptions.rules.ABL-SIZE.tooLarge',
          values: { size, limit: mm(t.ablationContraindicatedDiameterMm) },
        };
      }
      if (v === 'caution' && Number(f.lesionCount) > 0) {
        return {
          key: 'planOptions.rules.ABL-SIZE.large',
          values: { size, limit: mm(t.ablationCautionDiameterMm) },
        };
      }
      if (v === 'eligible') {
        return {
          key: 'planOptions.rules.ABL-SIZE.small',
          values: { size, limit: mm(t.ablationCautionDiameterMm) },
        };
      }
      return null;
    }
    case 'ABL-COUNT': {
      const values = { count: fact('lesionCount'), limit: t.ablationMaxLesionCount };
      if (v === 'contraindicated') return { key: 'planOptions.rules.ABL-COUNT.tooMany', values };
      if (v === 'eligible') return { key: 'planOptions.rules.ABL-COUNT.within', values };
      return null;
    }
    case 'ABL-FIT':
      if (f.ecog === null || f.ecog === undefined) return null;
      if (v === 'eligible')
        return { key: 'planOptions.rules.ABL-FIT.within', values: { ecog: fact('ecog') } };
      return { key: 'planOptions.rules.ABL-FIT.outside', values: { ecog: fact('ecog') } };
    case 'SBRT-COUNT': {
      const values = { count: fact('lesionCount'), limit: t.sbrtMaxLesionCount };
      if (v === 'contraindicated') return { key: 'planOptions.rules.SBRT-COUNT.tooMany', values };
      if (v === 'eligible') return { key: 'planOptions.rules.SBRT-COUNT.within', values };
      return null;
    }
    case 'SBRT-SIZE': {
      const values = { size: fact('largestLesionDiameterMm'), limit: mm(t.sbrtContraindicatedDiameterMm) };
      if (v === 'contraindicated') return { key: 'planOptions.rules.SBRT-SIZE.tooLarge', values };
      if (v === 'eligible') return { key: 'planOptions.rules.SBRT-SIZE.within', values };
      return null;
    }
    case 'SBRT-LIVER': {
      // Two reasons from one rule: performance status reads `ecog`, liver function does not.
      if ('ecog' in f) {
        if (f.ecog === null) return null;
        const key = v === 'eligible' ? 'performanceOk' : 'performancePoor';
        return { key: `planOptions.rules.SBRT-LIVER.${key}`, values: { ecog: fact('ecog') } };
      }
      const values = {
        bilirubin: fact('bilirubinMgDl'),
        albumin: fact('albuminGDl'),
        bilirubinLimit: mgDl(t.sbrtContraindicatedBilirubinMgDl),
        albuminLimit: gDl(t.sbrtContraindicatedAlbuminGDl),
      };
      if (v === 'contraindicated') return { key: 'planOptions.rules.SBRT-LIVER.liverFails', values };
      if (v === 'eligible') return { key: 'planOptions.rules.SBRT-LIVER.liverOk', values };
      return null;
    }
    case 'TACE-LIVER': {
      const values = {
        childPugh: fact('childPugh'),
        bilirubin: fact('bilirubinMgDl'),
        limit: mgDl(t.taceContraindicatedBilirubinMgDl),
      };
      if (v === 'contraindicated') return { key: 'planOptions.rules.TACE-LIVER.fails', values };
      if (v === 'eligible') return { key: 'planOptions.rules.TACE-LIVER.ok', values };
      return null;
    }
    case 'TACE-EHD':
      if (v === 'eligible') {
        return {
          key: 'planOptions.rules.TACE-EHD.liverDominant',
          values: { extrahepaticDisease: fact('extrahepaticDisease') },
        };
      }
      if (f.extrahepaticDisease === 'extensive') return { key: 'planOptions.rules.TACE-EHD.extensive' };
      return null;
    case 'TACE-LINE':
      if (v === 'eligible') return { key: 'planOptions.rules.TACE-LINE.progression' };
      if (f.progressedOnSystemicTherapy === null)
        return { key: 'planOptions.rules.TACE-LINE.responseUnknown' };
      return { key: 'planOptions.rules.TACE-LINE.noProgression' };
    case 'TGT-EGFR-RAS':
      if ('ras' in f) {
        if (v === 'contraindicated') return { key: 'planOptions.rules.TGT-EGFR-RAS.mutant' };
        if (v === 'eligible') return { key: 'planOptions.rules.TGT-EGFR-RAS.wildType' };
        return null;
      }
      if (v === 'eligible') return { key: 'planOptions.rules.TGT-EGFR-RAS.leftSided' };
      if (f.primarySide === 'right') return { key: 'planOptions.rules.TGT-EGFR-RAS.rightSided' };
      return null;
    case 'TGT-BRAF':
      if ('brafV600e' in f) {
        if (v === 'contraindicated') return { key: 'planOptions.rules.TGT-BRAF.absent' };
        if (v === 'eligible') return { key: 'planOptions.rules.TGT-BRAF.present' };
        return null;
      }
      return {
        key: v === 'eligible' ? 'planOptions.rules.TGT-BRAF.treated' : 'planOptions.rules.TGT-BRAF.untreated',
      };
    case 'TGT-BEV-SURG': {
      if (f.plannedSurgeryDate === null || f.plannedSurgeryDate === undefined) return null;
      if (typeof f.daysUntilSurgery !== 'number')
        return { key: 'planOptions.rules.TGT-BEV-SURG.invalidDate' };
      const values = {
        days: f.daysUntilSurgery,
        window: t.bevacizumabSurgeryWindowDays,
        date: fact('plannedSurgeryDate'),
      };
      if (v === 'eligible') return { key: 'planOptions.rules.TGT-BEV-SURG.beyond', values };
      if (f.daysUntilSurgery < 0) return { key: 'planOptions.rules.TGT-BEV-SURG.past', values };
      return { key: 'planOptions.rules.TGT-BEV-SURG.within', values };
    }
    case 'IO-MSI':
      if (v === 'contraindicated') return { key: 'planOptions.rules.IO-MSI.mss' };
      if (v === 'eligible') return { key: 'planOptions.rules.IO-MSI.msiHigh' };
      return null;
    case 'IO-OTHER':
      return { key: 'planOptions.rules.IO-OTHER.noRule', values: { site: fact('primarySite') } };
    case 'CHEMO-FIT':
      if (v === 'contraindicated') return { key: 'planOptions.rules.CHEMO-FIT.unfit' };
      if (v === 'eligible') return { key: 'planOptions.rules.CHEMO-FIT.fit', values: { ecog: fact('ecog') } };
      if (f.ecog === 3) return { key: 'planOptions.rules.CHEMO-FIT.limited' };
      return null;
    case 'PANC-LOCAL':
      return f.primarySite === 'pancreas' ? { key: 'planOptions.rules.PANC-LOCAL.pancreas' } : null;
    case 'TRIAL':
      return { key: 'planOptions.rules.TRIAL.always' };
  }
}

/** Translated labels and values of the facts a rule read, and the explanation of each reason. */
export function useReasonText() {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const numbers = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const number = (value: number) => numbers.format(value);

  const withUnit = (kind: Unit, value: number) =>
    t(`planOptions.factValues.${kind}`, { value: number(value) });

  function factLabel(name: string): string {
    const key = name === 'priorTreatments.bestResponse' ? 'priorTreatmentsBestResponse' : name;
    // A fact a later rule set adds is shown by its name until the catalogue has it.
    return FACT_NAMES.has(key) ? t(`planOptions.factNames.${key as FactName}`) : name;
  }

  function yesNo(value: boolean) {
    return value ? t('planOptions.factValues.yes') : t('planOptions.factValues.no');
  }

  function priorLine(line: unknown): string {
    if (typeof line !== 'object' || line === null) return String(line);
    const { modality, regimen, bestResponse } = line as Record<string, unknown>;
    const values = {
      modality: isOneOf(MODALITY_CODES, modality) ? t(`enums.modality.${modality}`) : String(modality),
      regimen: typeof regimen === 'string' ? regimen : '',
      response: isOneOf(RECIST_RESPONSES, bestResponse)
        ? t(`enums.bestResponse.${bestResponse}`)
        : t('common.notRecorded'),
    };
    return values.regimen
      ? t('planOptions.factValues.priorLine', values)
      : t('planOptions.factValues.priorLineNoRegimen', values);
  }

  function factValue(name: string, value: unknown): string {
    if (value === null || value === undefined) return t('common.notRecorded');
    switch (name) {
      case 'ras':
        if (isOneOf(RAS_STATUSES, value)) return t(`enums.ras.${value}`);
        break;
      case 'brafV600e':
        if (isOneOf(BRAF_STATUSES, value)) return t(`enums.brafV600e.${value}`);
        break;
      case 'msi':
        if (isOneOf(MSI_STATUSES, value)) return t(`enums.msi.${value}`);
        break;
      case 'primarySite':
        if (isOneOf(PRIMARY_SITES, value)) return t(`enums.primarySite.${value}`);
        break;
      case 'primarySide':
        if (isOneOf(COLORECTAL_SIDES, value)) return t(`enums.primarySide.${value}`);
        break;
      case 'extrahepaticDisease':
        if (isOneOf(EXTRAHEPATIC_DISEASE, value)) return t(`enums.extrahepaticDisease.${value}`);
        break;
      case 'childPugh':
        if (isOneOf(CHILD_PUGH_CLASSES, value)) return t(`enums.childPugh.${value}`);
        break;
      case 'bilirubinMgDl':
        if (typeof value === 'number') return withUnit('mgDl', value);
        break;
      case 'albuminGDl':
        if (typeof value === 'number') return withUnit('gDl', value);
        break;
      case 'futureLiverRemnantPercent':
        if (typeof value === 'number') return withUnit('percent', value);
        break;
      case 'largestLesionDiameterMm':
        if (typeof value === 'number') return withUnit('mm', value);
        break;
      case 'plannedSurgeryDate':
      case 'today':
        if (isCalendarDate(value)) return format.calendarDate(value);
        break;
      case 'lesions':
        if (Array.isArray(value)) {
          if (value.length === 0) return t('planOptions.factValues.noLesions');
          return value
            .map((lesion: unknown) => {
              const { segment, diameterMm } = (lesion ?? {}) as Record<string, unknown>;
              return t('planOptions.factValues.lesion', {
                segment: String(segment),
                diameter: typeof diameterMm === 'number' ? number(diameterMm) : String(diameterMm),
              });
            })
            .join('; ');
        }
        break;
      case 'priorSystemicTherapy':
        // TACE-LINE reads the lines themselves; TGT-BRAF only whether there is any.
        if (Array.isArray(value)) {
          return value.length === 0 ? t('planOptions.factValues.none') : value.map(priorLine).join('; ');
        }
        break;
    }
    if (typeof value === 'boolean') return yesNo(value);
    if (typeof value === 'number') return number(value);
    if (typeof value === 'string') return value;
    return JSON.stringify(value);
  }

  function explain(reason: Reason, thresholds: Thresholds): string {
    const fact = (name: string) => factValue(name, reason.facts[name]);
    const text = ruleText(reason, thresholds, fact, withUnit, factLabel);
    if (text) return t(text.key, text.values ?? {});
    if (reason.message.startsWith(UNKNOWN_PREFIX)) {
      const facts = unknownFacts(reason.message).map((name) =>
        reason.facts[name] === 'pending'
          ? t('planOptions.reason.pending', { fact: factLabel(name) })
          : factLabel(name),
      );
      return t('planOptions.reason.unknown', { facts: facts.join(', ') });
    }
    return t('planOptions.reason.untranslated', { message: reason.message });
  }

  return { explain, factLabel, factValue };
}
