import { NativeSelect, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import {
  BRAF_STATUSES,
  CHILD_PUGH_CLASSES,
  COLORECTAL_SIDES,
  isColorectal,
  MSI_STATUSES,
  PRIMARY_SITES,
  type PrimarySite,
  RAS_STATUSES,
} from '@consilium/domain';

import { type CaseFormValues, localToday, QUESTION_MAX_LENGTH, TEXT_MAX_LENGTH } from './case-form';
import { EditorSection } from './EditorSection';
import { ChoiceField, DecimalField, useFieldError } from './fields';

const ECOG_GRADES = [0, 1, 2, 3, 4] as const;

export function PrimaryTumourSection() {
  const { t } = useTranslation();
  const { register } = useFormContext<CaseFormValues>();
  const errorOf = useFieldError();
  const site = useWatch<CaseFormValues, 'primarySite'>({ name: 'primarySite' });
  const colorectal = site !== '' && isColorectal(site as PrimarySite);
  return (
    <EditorSection section="primaryTumour" title={t('caseEditor.sections.primaryTumour')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('caseEditor.fields.primarySite')}
          data={[
            { value: '', label: t('common.notRecorded') },
            ...PRIMARY_SITES.map((s) => ({ value: s, label: t(`enums.primarySite.${s}`) })),
          ]}
          error={errorOf('primarySite')}
          {...register('primarySite')}
        />
        {colorectal && (
          <NativeSelect
            label={t('caseEditor.fields.primarySide')}
            description={t('caseEditor.fields.primarySideHint')}
            data={[
              { value: '', label: t('common.notRecorded') },
              ...COLORECTAL_SIDES.map((s) => ({ value: s, label: t(`enums.primarySide.${s}`) })),
            ]}
            error={errorOf('primarySide')}
            {...register('primarySide')}
          />
        )}
        <TextInput
          label={t('caseEditor.fields.histology')}
          maxLength={TEXT_MAX_LENGTH}
          error={errorOf('histology')}
          {...register('histology')}
        />
        <TextInput
          type="date"
          label={t('caseEditor.fields.diagnosisDate')}
          min="1900-01-01"
          max={localToday()}
          error={errorOf('diagnosisDate')}
          {...register('diagnosisDate')}
        />
      </SimpleGrid>
    </EditorSection>
  );
}

export function BiomarkersSection() {
  const { t } = useTranslation();
  return (
    <EditorSection section="biomarkers" title={t('caseEditor.sections.biomarkers')}>
      <Text size="sm" c="dimmed">
        {t('caseEditor.fields.biomarkersHint')}
      </Text>
      <ChoiceField
        name="ras"
        label={t('caseEditor.fields.ras')}
        choices={RAS_STATUSES.map((v) => ({ value: v, label: t(`enums.ras.${v}`) }))}
      />
      <ChoiceField
        name="brafV600e"
        label={t('caseEditor.fields.braf')}
        choices={BRAF_STATUSES.map((v) => ({ value: v, label: t(`enums.brafV600e.${v}`) }))}
      />
      <ChoiceField
        name="msi"
        label={t('caseEditor.fields.msi')}
        choices={MSI_STATUSES.map((v) => ({ value: v, label: t(`enums.msi.${v}`) }))}
      />
      <DecimalField name="pdl1Percent" label={t('caseEditor.fields.pdl1')} maw={220} />
    </EditorSection>
  );
}

export function LiverFunctionSection() {
  const { t } = useTranslation();
  return (
    <EditorSection section="liverFunction" title={t('caseEditor.sections.liverFunction')}>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <DecimalField name="bilirubinMgDl" label={t('caseEditor.fields.bilirubin')} />
        <DecimalField name="albuminGDl" label={t('caseEditor.fields.albumin')} />
        <DecimalField name="inr" label={t('caseEditor.fields.inr')} />
      </SimpleGrid>
      <ChoiceField
        name="childPugh"
        label={t('caseEditor.fields.childPugh')}
        choices={CHILD_PUGH_CLASSES.map((v) => ({ value: v, label: t(`enums.childPugh.${v}`) }))}
      />
      <ChoiceField
        name="cirrhosisOrFibrosis"
        label={t('caseEditor.fields.cirrhosis')}
        choices={[
          { value: 'yes', label: t('caseEditor.choice.yes') },
          { value: 'no', label: t('caseEditor.choice.no') },
        ]}
      />
      <DecimalField
        name="futureLiverRemnantPercent"
        label={t('caseEditor.fields.flr')}
        description={t('caseEditor.fields.flrHint')}
        maw={320}
      />
    </EditorSection>
  );
}

export function PerformanceSection() {
  const { t } = useTranslation();
  const { register } = useFormContext<CaseFormValues>();
  const errorOf = useFieldError();
  return (
    <EditorSection section="performance" title={t('caseEditor.sections.performance')}>
      <NativeSelect
        label={t('caseEditor.fields.ecog')}
        data={[
          { value: '', label: t('common.notRecorded') },
          ...ECOG_GRADES.map((grade) => ({
            value: String(grade),
            label: t('caseEditor.ecog.option', { grade, meaning: t(`caseEditor.ecog.grade${grade}`) }),
          })),
        ]}
        error={errorOf('ecog')}
        {...register('ecog')}
      />
    </EditorSection>
  );
}

export function DatesSection() {
  const { t } = useTranslation();
  const { register } = useFormContext<CaseFormValues>();
  const errorOf = useFieldError();
  return (
    <EditorSection section="dates" title={t('caseEditor.sections.dates')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('caseEditor.fields.latestImaging')}
          min="1900-01-01"
          max={localToday()}
          error={errorOf('latestImagingDate')}
          {...register('latestImagingDate')}
        />
        <TextInput
          type="date"
          label={t('caseEditor.fields.plannedSurgery')}
          min="1900-01-01"
          error={errorOf('plannedSurgeryDate')}
          {...register('plannedSurgeryDate')}
        />
      </SimpleGrid>
    </EditorSection>
  );
}

export function QuestionSection() {
  const { t } = useTranslation();
  const { register } = useFormContext<CaseFormValues>();
  const errorOf = useFieldError();
  const question = useWatch<CaseFormValues, 'questionForBoard'>({ name: 'questionForBoard' });
  return (
    <EditorSection section="question" title={t('caseEditor.sections.question')}>
      <Textarea
        label={t('caseEditor.fields.question')}
        description={t('caseEditor.fields.questionHint', {
          count: question.length,
          max: QUESTION_MAX_LENGTH,
        })}
        rows={4}
        resize="vertical"
        maxLength={QUESTION_MAX_LENGTH}
        error={errorOf('questionForBoard')}
        {...register('questionForBoard')}
      />
    </EditorSection>
  );
}
