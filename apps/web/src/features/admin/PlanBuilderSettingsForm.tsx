import { Alert, Button, Fieldset, Group, List, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useNotify } from '../../components/notify';
import { StatusBadge } from '../../components/StatusBadge';
import { problemsByField, thresholdProblems } from './api-errors';
import { ConfirmModal } from './ConfirmModal';
import { ResetToDefault } from './ResetToDefault';
import { formatSettingValue, THRESHOLD_GROUPS, THRESHOLD_KEYS } from './settings-fields';
import {
  type PlanBuilderOverrides,
  type PlanBuilderSettings,
  type PlanBuilderThresholds,
  type ThresholdKey,
  useUpdatePlanBuilderSettings,
} from './use-settings';

type Values = Record<ThresholdKey, number | string>;

function numberOf(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : null;
}

/**
 * The overrides to store: every threshold whose value is not its default. A value equal to the
 * default is no override, so the threshold follows the rule set's default from then on.
 */
export function overridesOf(
  values: Record<ThresholdKey, number>,
  defaults: PlanBuilderThresholds,
): PlanBuilderOverrides {
  const overrides: PlanBuilderOverrides = {};
  for (const key of THRESHOLD_KEYS) {
    if (values[key] !== defaults[key]) overrides[key] = values[key];
  }
  return overrides;
}

/** The plan builder's thresholds: in force, the institution's own marked, each beside its default. */
export function PlanBuilderSettingsForm({ settings }: { settings: PlanBuilderSettings }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const update = useUpdatePlanBuilderSettings();
  const { defaults, thresholds } = settings;
  const initial = (): Values => ({ ...thresholds });
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Partial<Record<ThresholdKey, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState<Record<ThresholdKey, number> | null>(null);
  const decimalSeparator = i18n.language === 'es' ? ',' : '.';

  const label = (key: ThresholdKey) => t(`admin.thresholds.${key}`);
  const show = (value: number) => formatSettingValue(value, t, i18n.language);
  const dirty = THRESHOLD_KEYS.some((k) => numberOf(values[k]) !== thresholds[k]);
  const overridden = (key: ThresholdKey) => settings.overrides[key] !== undefined;

  const set = (key: ThresholdKey, value: number | string) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };

  const review = () => {
    const parsed: Partial<Record<ThresholdKey, number>> = {};
    const missing: Partial<Record<ThresholdKey, string>> = {};
    for (const key of THRESHOLD_KEYS) {
      const n = numberOf(values[key]);
      if (n === null) missing[key] = t('admin.settings.errors.number');
      else parsed[key] = n;
    }
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      setFailure(t('admin.settings.checkFields'));
      return;
    }
    setFailure(null);
    setPending(parsed as Record<ThresholdKey, number>);
  };

  const save = () => {
    if (!pending) return;
    update.mutate(overridesOf(pending, defaults), {
      onSuccess: (saved) => {
        setPending(null);
        setValues({ ...saved.thresholds });
        notify(t('admin.settings.thresholds.saved'));
      },
      onError: (error) => {
        // 422: the set breaks a rule of the plan builder; 400: a value is not a number.
        const refused = { ...thresholdProblems(error), ...problemsByField(error) };
        const named = THRESHOLD_KEYS.filter((k) => refused[k] !== undefined);
        if (named.length === 0) return;
        setPending(null);
        setErrors(
          Object.fromEntries(
            named.map((k) => [k, t('admin.common.rejectedWithReason', { problem: refused[k] })]),
          ),
        );
        setFailure(t('admin.settings.thresholds.refused'));
      },
    });
  };

  const changes = pending
    ? THRESHOLD_KEYS.filter((k) => pending[k] !== thresholds[k]).map((k) => ({
        key: k,
        before: show(thresholds[k]),
        after: show(pending[k]),
        toDefault: pending[k] === defaults[k],
      }))
    : [];

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        review();
      }}
      noValidate
    >
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {t('admin.settings.thresholds.intro', { version: settings.ruleSetVersion })}
        </Text>
        {failure && (
          <Alert color="red" role="alert" title={t('admin.settings.failedTitle')}>
            {failure}
          </Alert>
        )}
        {THRESHOLD_GROUPS.map((group) => (
          <Fieldset key={group.rule} legend={t(`admin.thresholds.rules.${group.rule}`, { rule: group.rule })}>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {group.thresholds.map((key) => (
                <Stack gap={4} key={key}>
                  <NumberInput
                    label={label(key)}
                    description={t('admin.settings.default', { value: show(defaults[key]) })}
                    required
                    decimalSeparator={decimalSeparator}
                    allowNegative={false}
                    clampBehavior="none"
                    value={values[key]}
                    onChange={(value) => set(key, value)}
                    error={errors[key]}
                    w={240}
                    maw="100%"
                  />
                  <Group gap="xs">
                    {overridden(key) && (
                      <StatusBadge tone="info">{t('admin.settings.thresholds.institutionValue')}</StatusBadge>
                    )}
                    <ResetToDefault
                      field={label(key)}
                      atDefault={numberOf(values[key]) === defaults[key]}
                      onReset={() => set(key, defaults[key])}
                    />
                  </Group>
                </Stack>
              ))}
            </SimpleGrid>
          </Fieldset>
        ))}
        <Group>
          <Button type="submit" disabled={!dirty}>
            {t('admin.settings.save')}
          </Button>
          {dirty && (
            <Button
              variant="default"
              onClick={() => {
                setValues(initial());
                setErrors({});
                setFailure(null);
              }}
            >
              {t('admin.settings.discard')}
            </Button>
          )}
        </Group>
      </Stack>
      <ConfirmModal
        opened={pending !== null}
        title={t('admin.settings.thresholds.confirmTitle')}
        confirmLabel={t('admin.settings.confirmSave')}
        pending={update.isPending}
        error={update.isError && pending ? t('admin.settings.saveFailed') : null}
        onClose={() => {
          setPending(null);
          update.reset();
        }}
        onConfirm={save}
      >
        {changes.length === 0 ? (
          <Text size="sm">{t('admin.settings.noChanges')}</Text>
        ) : (
          <>
            <Text size="sm">{t('admin.settings.thresholds.confirmIntro')}</Text>
            <List size="sm" spacing={4}>
              {changes.map((c) => (
                <List.Item key={c.key}>
                  {t(
                    c.toDefault
                      ? 'admin.settings.thresholds.changeToDefault'
                      : 'admin.settings.history.change',
                    {
                      field: label(c.key),
                      before: c.before,
                      after: c.after,
                    },
                  )}
                </List.Item>
              ))}
            </List>
            <Text size="sm" c="dimmed">
              {t('admin.settings.audited')}
            </Text>
          </>
        )}
      </ConfirmModal>
    </form>
  );
}
