import { Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Schemas } from '../../api/client';
import { CouinaudDiagram, romanSegment } from '../../components/CouinaudDiagram';
import { useFormatters } from '../../components/format';
import classes from './CaseFacts.module.css';

type BoardCase = Schemas['CaseDto'];
type HeadingOrder = 2 | 3;

interface Fact {
  label: string;
  value: ReactNode;
  wide?: boolean;
}

/** Label and value pairs as a description list: compact on screen and on a printed page. */
function FactList({ facts }: { facts: Fact[] }) {
  return (
    <dl className={classes.list}>
      {facts.map((f) => (
        <div key={f.label} className={f.wide ? `${classes.item} ${classes.wide}` : classes.item}>
          <dt className={classes.term}>{f.label}</dt>
          <dd className={classes.value}>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function FactSection({
  title,
  order,
  children,
}: {
  title: string;
  order: HeadingOrder;
  children: ReactNode;
}) {
  return (
    <section className={classes.section} aria-label={title}>
      <Title order={order} size="h4" mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

/** Formatting of the case's values in the reader's language; `null` is always "Not recorded". */
function useFactFormat() {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const missing = t('common.notRecorded');
  return {
    missing,
    text: (value: string | null | undefined) => (value == null || value === '' ? missing : value),
    date: (value: string | null) => (value ? format.calendarDate(value) : missing),
    number: (value: number | null | undefined) => (value == null ? missing : number.format(value)),
    unit: (value: number | null | undefined, unit: 'mgDl' | 'gDl' | 'percent' | 'mm') =>
      value == null ? missing : t(`caseView.facts.units.${unit}`, { value: number.format(value) }),
    yesNo: (value: boolean | null) =>
      value == null ? missing : value ? t('caseView.facts.yes') : t('caseView.facts.no'),
  };
}

/**
 * The case's clinical facts, read-only, in the sections a clinician reads them in. Used on the case
 * page and on the one-page pre-read, so it prints in black and white and takes the heading level of
 * the page it sits in.
 */
export function CaseFacts({
  boardCase,
  headingOrder = 2,
  withQuestion = true,
}: {
  boardCase: BoardCase;
  headingOrder?: HeadingOrder;
  /** Off where the page shows the question for the board on its own (the pre-read). */
  withQuestion?: boolean;
}) {
  const { t } = useTranslation();
  const f = useFactFormat();
  const c = boardCase;
  const enumOr = <T extends string>(value: T | null, label: (v: T) => string) =>
    value == null ? f.missing : label(value);

  return (
    <Stack gap="lg">
      <FactSection title={t('caseView.facts.primary.title')} order={headingOrder}>
        <FactList
          facts={[
            {
              label: t('caseView.facts.primary.site'),
              value: enumOr(c.primarySite, (v) => t(`enums.primarySite.${v}`)),
            },
            {
              label: t('caseView.facts.primary.side'),
              value: enumOr(c.primarySide, (v) => t(`enums.primarySide.${v}`)),
            },
            { label: t('caseView.facts.primary.histology'), value: f.text(c.histology) },
            { label: t('caseView.facts.primary.diagnosisDate'), value: f.date(c.diagnosisDate) },
          ]}
        />
      </FactSection>

      <FactSection title={t('caseView.facts.biomarkers.title')} order={headingOrder}>
        <FactList
          facts={[
            { label: t('caseView.facts.biomarkers.ras'), value: enumOr(c.ras, (v) => t(`enums.ras.${v}`)) },
            {
              label: t('caseView.facts.biomarkers.braf'),
              value: enumOr(c.brafV600e, (v) => t(`enums.brafV600e.${v}`)),
            },
            { label: t('caseView.facts.biomarkers.msi'), value: enumOr(c.msi, (v) => t(`enums.msi.${v}`)) },
            { label: t('caseView.facts.biomarkers.pdl1'), value: f.unit(c.pdl1Percent, 'percent') },
          ]}
        />
      </FactSection>

      <FactSection title={t('caseView.facts.liver.title')} order={headingOrder}>
        <Stack gap="sm">
          <LesionTable lesions={c.lesions} />
          <FactList
            facts={[
              { label: t('caseView.facts.liver.bilobar'), value: f.yesNo(c.bilobar) },
              {
                label: t('caseView.facts.liver.extrahepatic'),
                value: enumOr(c.extrahepaticDisease, (v) => t(`enums.extrahepaticDisease.${v}`)),
              },
            ]}
          />
        </Stack>
      </FactSection>

      <FactSection title={t('caseView.facts.liverFunction.title')} order={headingOrder}>
        <FactList
          facts={[
            { label: t('caseView.facts.liverFunction.bilirubin'), value: f.unit(c.bilirubinMgDl, 'mgDl') },
            { label: t('caseView.facts.liverFunction.albumin'), value: f.unit(c.albuminGDl, 'gDl') },
            { label: t('caseView.facts.liverFunction.inr'), value: f.number(c.inr) },
            {
              label: t('caseView.facts.liverFunction.childPugh'),
              value: enumOr(c.childPugh, (v) => t(`enums.childPugh.${v}`)),
            },
            { label: t('caseView.facts.liverFunction.cirrhosis'), value: f.yesNo(c.cirrhosisOrFibrosis) },
            {
              label: t('caseView.facts.liverFunction.flr'),
              value: f.unit(c.futureLiverRemnantPercent, 'percent'),
            },
          ]}
        />
      </FactSection>

      <FactSection title={t('caseView.facts.general.title')} order={headingOrder}>
        <FactList
          facts={[
            { label: t('caseView.facts.general.ecog'), value: f.number(c.ecog) },
            { label: t('caseView.facts.general.latestImaging'), value: f.date(c.latestImagingDate) },
            { label: t('caseView.facts.general.plannedSurgery'), value: f.date(c.plannedSurgeryDate) },
            {
              label: t('caseView.facts.general.comorbidities'),
              value:
                c.comorbidities.length > 0 ? c.comorbidities.join('; ') : t('caseView.facts.noneRecorded'),
              wide: true,
            },
          ]}
        />
      </FactSection>

      <FactSection title={t('caseView.facts.priorTreatments.title')} order={headingOrder}>
        <PriorTreatments treatments={c.priorTreatments} />
      </FactSection>

      {withQuestion && (
        <FactSection title={t('caseView.facts.question.title')} order={headingOrder}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {f.text(c.questionForBoard)}
          </Text>
        </FactSection>
      )}
    </Stack>
  );
}

function LesionTable({ lesions }: { lesions: BoardCase['lesions'] }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  if (lesions.length === 0) {
    return <Text size="sm">{t('caseView.facts.liver.noLesions')}</Text>;
  }
  const label = t('caseView.facts.liver.lesions', { count: lesions.length });
  const sorted = [...lesions].sort((a, b) => a.segment - b.segment || b.diameterMm - a.diameterMm);
  return (
    <Group align="flex-start" gap="lg" wrap="wrap">
      <Table withTableBorder verticalSpacing={4} w="auto" miw={260}>
        <Table.Caption>{label}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('caseView.facts.liver.segment')}</Table.Th>
            <Table.Th scope="col">{t('caseView.facts.liver.diameter')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((l, i) => (
            <Table.Tr key={`${l.segment}-${l.diameterMm}-${i}`}>
              <Table.Td>
                {t('caseView.facts.liver.segmentValue', { segment: romanSegment(l.segment) })}
              </Table.Td>
              <Table.Td>{t('caseView.facts.units.mm', { value: number.format(l.diameterMm) })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <CouinaudDiagram lesions={lesions} label={t('caseView.facts.liver.diagram')} />
    </Group>
  );
}

function PriorTreatments({ treatments }: { treatments: BoardCase['priorTreatments'] }) {
  const { t } = useTranslation();
  const f = useFactFormat();
  if (treatments.length === 0) {
    return <Text size="sm">{t('caseView.facts.noneRecorded')}</Text>;
  }
  const label = t('caseView.facts.priorTreatments.title');
  return (
    <Table.ScrollContainer minWidth={480} type="native">
      <Table aria-label={label} withTableBorder verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('caseView.facts.priorTreatments.modality')}</Table.Th>
            <Table.Th scope="col">{t('caseView.facts.priorTreatments.regimen')}</Table.Th>
            <Table.Th scope="col">{t('caseView.facts.priorTreatments.months')}</Table.Th>
            <Table.Th scope="col">{t('caseView.facts.priorTreatments.bestResponse')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {treatments.map((p, i) => (
            <Table.Tr key={`${p.modality}-${i}`}>
              <Table.Td>{t(`enums.modality.${p.modality}`)}</Table.Td>
              <Table.Td>{f.text(p.regimen)}</Table.Td>
              <Table.Td>{f.number(p.months)}</Table.Td>
              <Table.Td>{p.bestResponse ? t(`enums.bestResponse.${p.bestResponse}`) : f.missing}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
