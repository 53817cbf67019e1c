import { Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { InstitutionSettingsForm } from './InstitutionSettingsForm';
import { PlanBuilderSettingsForm } from './PlanBuilderSettingsForm';
import { isInstitutionField, isThresholdKey } from './settings-fields';
import { SettingsHistory } from './SettingsHistory';
import { useInstitutionSettings, usePlanBuilderSettings } from './use-settings';

/** The institution's settings and the plan builder's thresholds, each with its recent changes. */
export function SettingsPage() {
  const { t } = useTranslation();
  const institution = useInstitutionSettings();
  const planBuilder = usePlanBuilderSettings();
  const timeZone = institution.data?.timeZone;
  const institutionLabel = (field: string) =>
    isInstitutionField(field) ? t(`admin.settings.institution.${field}`) : field;
  const thresholdLabel = (field: string) => (isThresholdKey(field) ? t(`admin.thresholds.${field}`) : field);

  return (
    <Stack maw={960}>
      <PageTitle>{t('admin.settings.title')}</PageTitle>
      <Text size="sm" c="dimmed">
        {t('admin.settings.intro')}
      </Text>
      <Block title={t('admin.settings.institution.title')}>
        <QueryState query={institution}>
          {() => institution.data && <InstitutionSettingsForm settings={institution.data} />}
        </QueryState>
        <SettingsHistory
          entityType="institution_settings"
          fieldLabel={institutionLabel}
          timeZone={timeZone}
        />
      </Block>
      <Block title={t('admin.settings.thresholds.title')}>
        <QueryState query={planBuilder}>
          {() => planBuilder.data && <PlanBuilderSettingsForm settings={planBuilder.data} />}
        </QueryState>
        <SettingsHistory entityType="plan_builder_settings" fieldLabel={thresholdLabel} timeZone={timeZone} />
      </Block>
    </Stack>
  );
}

function Block({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={id}>
      <Stack gap="lg">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
