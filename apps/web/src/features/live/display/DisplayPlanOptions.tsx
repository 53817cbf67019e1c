import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { QueryState } from '../../../components/QueryState';
import {
  type ModalityOption,
  type Reason,
  type Thresholds,
  usePlanOptions,
} from '../../plan-options/use-plan-options';
import { useReasonText } from '../../plan-options/use-reason-text';
import { VerdictBadge } from '../../plan-options/VerdictBadge';
import classes from './RoomDisplay.module.css';

/** Why an option is not simply eligible: its flagged reasons, in the plan builder's words. */
function FlaggedReasons({ reasons, thresholds }: { reasons: Reason[]; thresholds: Thresholds }) {
  const { explain } = useReasonText();
  const flagged = reasons.filter((r) => r.verdict !== 'eligible');
  if (flagged.length === 0) return null;
  return (
    <ul className={classes.plainList}>
      {flagged.map((reason, index) => (
        <li key={`${reason.ruleId}-${index}`}>
          <Text size="md">{explain(reason, thresholds)}</Text>
        </li>
      ))}
    </ul>
  );
}

function OptionItem({ option, thresholds }: { option: ModalityOption; thresholds: Thresholds }) {
  const { t } = useTranslation();
  const agents = option.agents ?? [];
  return (
    <li data-verdict={option.verdict}>
      <Stack gap={4}>
        <Group gap="sm" wrap="wrap">
          <Text size="lg" fw={700}>
            {t(`enums.modality.${option.modality}`)}
          </Text>
          <VerdictBadge verdict={option.verdict} />
        </Group>
        <FlaggedReasons reasons={option.reasons} thresholds={thresholds} />
        {agents.length > 0 && (
          <Group gap="md" wrap="wrap">
            {agents.map((agent) => (
              <Group key={agent.agent} gap={6} wrap="nowrap">
                <Text size="md">{t(`enums.agent.${agent.agent}`)}</Text>
                <VerdictBadge verdict={agent.verdict} />
              </Group>
            ))}
          </Group>
        )}
      </Stack>
    </li>
  );
}

/**
 * The plan builder's verdict on every documented modality, read-only: what is flagged says why in
 * one line a reason; the rules' details stay on the case page.
 */
export function DisplayPlanOptions({ caseId, label }: { caseId: string; label: string }) {
  const planOptions = usePlanOptions(caseId);
  return (
    <QueryState query={planOptions}>
      {() =>
        planOptions.data && (
          <ul className={classes.plainList} aria-label={label}>
            {planOptions.data.options.map((option) => (
              <OptionItem key={option.modality} option={option} thresholds={planOptions.data.thresholds} />
            ))}
          </ul>
        )
      }
    </QueryState>
  );
}
