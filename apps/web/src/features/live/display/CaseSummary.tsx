import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Schemas } from '../../../api/client';
import classes from './RoomDisplay.module.css';

type BoardCase = Schemas['CaseDto'];
type Unit = 'mgDl' | 'gDl' | 'percent' | 'mm';

interface Fact {
  key: string;
  label: string;
  value: ReactNode;
  wide?: boolean;
}

/** The case's values as the wall says them, in the room's language; `null` is "Not recorded". */
function useWallFormat() {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const missing = t('common.notRecorded');
  return {
    missing,
    number: (value: number | null | undefined) => (value == null ? missing : number.format(value)),
    unit: (value: number, unit: Unit) => t(`liveDisplay.units.${unit}`, { value: number.format(value) }),
    enumOr: <T extends string>(value: T | null | undefined, label: (v: T) => string) =>
      value == null ? missing : label(value),
  };
}

/**
 * What the board needs of the case at a glance, as one description list: primary tumour and side,
 * histology, RAS/BRAF/MSI, ECOG, liver function, lesions, extrahepatic disease, prior treatments.
 * (The case page has every fact; the wall has room for these in large type.)
 */
export function CaseFactsSummary({ boardCase }: { boardCase: BoardCase }) {
  const { t } = useTranslation();
  const f = useWallFormat();
  const c = boardCase;

  const primary = [
    c.primarySite && t(`enums.primarySite.${c.primarySite}`),
    c.primarySide && t(`enums.primarySide.${c.primarySide}`),
  ].filter(Boolean);

  const liverFunction = [
    c.childPugh && t(`enums.childPugh.${c.childPugh}`),
    c.bilirubinMgDl != null && t('liveDisplay.facts.bilirubin', { value: f.unit(c.bilirubinMgDl, 'mgDl') }),
    c.albuminGDl != null && t('liveDisplay.facts.albumin', { value: f.unit(c.albuminGDl, 'gDl') }),
    c.inr != null && t('liveDisplay.facts.inr', { value: f.number(c.inr) }),
    c.cirrhosisOrFibrosis === true && t('liveDisplay.facts.cirrhosis'),
  ].filter((part): part is string => typeof part === 'string');

  const largest = c.lesions.reduce((max, l) => Math.max(max, l.diameterMm), 0);
  const lesions =
    c.lesions.length === 0
      ? t('liveDisplay.facts.noLesions')
      : [
          t('liveDisplay.facts.lesionSummary', { count: c.lesions.length, size: f.unit(largest, 'mm') }),
          c.bilobar === true && t('liveDisplay.facts.bilobar'),
        ]
          .filter(Boolean)
          .join(' · ');

  const facts: Fact[] = [
    {
      key: 'primary',
      label: t('liveDisplay.facts.primary'),
      value: primary.length > 0 ? primary.join(' · ') : f.missing,
    },
    { key: 'histology', label: t('liveDisplay.facts.histology'), value: c.histology || f.missing },
    { key: 'ras', label: t('liveDisplay.facts.ras'), value: f.enumOr(c.ras, (v) => t(`enums.ras.${v}`)) },
    {
      key: 'braf',
      label: t('liveDisplay.facts.braf'),
      value: f.enumOr(c.brafV600e, (v) => t(`enums.brafV600e.${v}`)),
    },
    { key: 'msi', label: t('liveDisplay.facts.msi'), value: f.enumOr(c.msi, (v) => t(`enums.msi.${v}`)) },
    { key: 'ecog', label: t('liveDisplay.facts.ecog'), value: f.number(c.ecog) },
    {
      key: 'liverFunction',
      label: t('liveDisplay.facts.liverFunction'),
      value: liverFunction.length > 0 ? liverFunction.join(' · ') : f.missing,
    },
    {
      key: 'flr',
      label: t('liveDisplay.facts.flr'),
      value: c.futureLiverRemnantPercent == null ? f.missing : f.unit(c.futureLiverRemnantPercent, 'percent'),
    },
    { key: 'lesions', label: t('liveDisplay.facts.lesions'), value: lesions },
    {
      key: 'extrahepatic',
      label: t('liveDisplay.facts.extrahepatic'),
      value: f.enumOr(c.extrahepaticDisease, (v) => t(`enums.extrahepaticDisease.${v}`)),
    },
    {
      key: 'prior',
      label: t('liveDisplay.facts.priorTreatments'),
      value: <PriorTreatments treatments={c.priorTreatments} />,
      wide: true,
    },
  ];
  if (c.comorbidities.length > 0) {
    facts.push({
      key: 'comorbidities',
      label: t('liveDisplay.facts.comorbidities'),
      value: c.comorbidities.join('; '),
      wide: true,
    });
  }

  return (
    <dl className={classes.facts}>
      {facts.map((fact) => (
        <div key={fact.key} className={fact.wide ? classes.wide : undefined}>
          <dt className={classes.term}>{fact.label}</dt>
          <dd className={classes.value}>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function PriorTreatments({ treatments }: { treatments: BoardCase['priorTreatments'] }) {
  const { t } = useTranslation();
  const f = useWallFormat();
  if (treatments.length === 0) return <>{t('liveDisplay.facts.noneRecorded')}</>;
  return (
    <ul className={classes.plainList}>
      {treatments.map((p, i) => {
        const parts = [
          p.regimen
            ? t('liveDisplay.facts.priorWithRegimen', {
                modality: t(`enums.modality.${p.modality}`),
                regimen: p.regimen,
              })
            : t(`enums.modality.${p.modality}`),
          p.months != null && t('liveDisplay.facts.months', { count: p.months, value: f.number(p.months) }),
          p.bestResponse && t(`enums.bestResponse.${p.bestResponse}`),
        ].filter((part): part is string => typeof part === 'string');
        return <li key={`${p.modality}-${i}`}>{parts.join(' · ')}</li>;
      })}
    </ul>
  );
}
