import { Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import classes from './PlanOptionsPanel.module.css';
import type { Reason, Thresholds } from './use-plan-options';
import { useReasonText } from './use-reason-text';
import { VerdictBadge } from './VerdictBadge';

function ReasonItem({ reason, thresholds }: { reason: Reason; thresholds: Thresholds }) {
  const { t } = useTranslation();
  const { explain, factLabel, factValue } = useReasonText();
  const facts = Object.entries(reason.facts);
  return (
    <li className={classes.reason} data-verdict={reason.verdict}>
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <VerdictBadge verdict={reason.verdict} />
          <Text size="sm" ff="monospace" fw={600}>
            <VisuallyHidden component="span">{`${t('planOptions.rule')} `}</VisuallyHidden>
            {reason.ruleId}
          </Text>
        </Group>
        <Text size="sm">{explain(reason, thresholds)}</Text>
        {facts.length > 0 ? (
          <Group gap="xs" align="baseline" wrap="nowrap">
            <Text size="xs" fw={600} style={{ whiteSpace: 'nowrap' }}>
              {t('planOptions.factsRead')}
            </Text>
            <ul className={classes.facts} aria-label={t('planOptions.factsRead')}>
              {facts.map(([name, value]) => (
                <li key={name}>
                  <Text size="xs">{`${factLabel(name)}: ${factValue(name, value)}`}</Text>
                </li>
              ))}
            </ul>
          </Group>
        ) : (
          <Text size="xs">{t('planOptions.noFactsRead')}</Text>
        )}
        <Text size="xs">{`${t('planOptions.source')}: ${reason.source}`}</Text>
      </Stack>
    </li>
  );
}

/** Each reason: its verdict, rule, explanation, the facts it read and its source. */
export function ReasonList({
  reasons,
  thresholds,
  label,
}: {
  reasons: Reason[];
  thresholds: Thresholds;
  label: string;
}) {
  const { t } = useTranslation();
  if (reasons.length === 0) return <Text size="sm">{t('planOptions.noReasons')}</Text>;
  return (
    <ul className={classes.reasons} aria-label={label}>
      {reasons.map((reason, index) => (
        <ReasonItem key={`${reason.ruleId}-${index}`} reason={reason} thresholds={thresholds} />
      ))}
    </ul>
  );
}
