import type { TFunction } from 'i18next';

import { INSTITUTION_FIELDS, type InstitutionField, LETTER_LANGUAGES } from '@consilium/domain';

import type { ThresholdKey } from './use-settings';
import { DISCIPLINES } from './use-users';

export { INSTITUTION_FIELDS, type InstitutionField } from '@consilium/domain';

/** The rules that read the plan builder's thresholds (docs/plan-builder-rules.md#thresholds). */
export const THRESHOLD_RULES = [
  'RES-FLR',
  'ABL-SIZE',
  'ABL-COUNT',
  'SBRT-COUNT',
  'SBRT-SIZE',
  'SBRT-LIVER',
  'TACE-LIVER',
  'TGT-BEV-SURG',
] as const;
export type ThresholdRule = (typeof THRESHOLD_RULES)[number];

// Every threshold of the API's DTO, in the order shown: a new one fails the build until placed.
const RULE_OF: Record<ThresholdKey, ThresholdRule> = {
  flrMinPercentNormal: 'RES-FLR',
  flrMinPercentAfterChemotherapy: 'RES-FLR',
  flrMinPercentCirrhosis: 'RES-FLR',
  flrChemotherapyMonths: 'RES-FLR',
  ablationCautionDiameterMm: 'ABL-SIZE',
  ablationContraindicatedDiameterMm: 'ABL-SIZE',
  ablationMaxLesionCount: 'ABL-COUNT',
  sbrtMaxLesionCount: 'SBRT-COUNT',
  sbrtContraindicatedDiameterMm: 'SBRT-SIZE',
  sbrtContraindicatedBilirubinMgDl: 'SBRT-LIVER',
  sbrtContraindicatedAlbuminGDl: 'SBRT-LIVER',
  taceContraindicatedBilirubinMgDl: 'TACE-LIVER',
  bevacizumabSurgeryWindowDays: 'TGT-BEV-SURG',
};

export const THRESHOLD_KEYS = Object.keys(RULE_OF) as ThresholdKey[];

export const THRESHOLD_GROUPS: readonly { rule: ThresholdRule; thresholds: ThresholdKey[] }[] =
  THRESHOLD_RULES.map((rule) => ({ rule, thresholds: THRESHOLD_KEYS.filter((k) => RULE_OF[k] === rule) }));

export function isThresholdKey(key: string): key is ThresholdKey {
  return (THRESHOLD_KEYS as readonly string[]).includes(key);
}

export function isInstitutionField(key: string): key is InstitutionField {
  return (INSTITUTION_FIELDS as readonly string[]).includes(key);
}

/**
 * A settings value as the reader says it: disciplines and the letter's language by name, switches
 * as on or off, numbers in their language. `field` names the setting where a value alone is ambiguous.
 */
export function formatSettingValue(value: unknown, t: TFunction, locale: string, field?: string): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return t(value ? 'admin.settings.values.on' : 'admin.settings.values.off');
  if (field === 'letterLanguage') {
    const language = LETTER_LANGUAGES.find((l) => l === value);
    if (language) return t(`enums.letterLanguage.${language}`);
  }
  if (Array.isArray(value)) {
    return value
      .map((v) => {
        const discipline = DISCIPLINES.find((d) => d === v);
        return discipline ? t(`enums.discipline.${discipline}`) : String(v);
      })
      .join(', ');
  }
  if (typeof value === 'number')
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value);
  return String(value);
}
