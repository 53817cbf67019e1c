import { Accordion, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormatters } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import classes from './PlanOptionsPanel.module.css';
import { ReasonList } from './ReasonList';
import {
  type AgentOption,
  type ModalityOption,
  type PlanOptions,
  type Thresholds,
  usePlanOptions,
} from './use-plan-options';
import { VerdictBadge } from './VerdictBadge';

type HeadingOrder = 2 | 3 | 4 | 5;

function AgentItem({
  agent,
  thresholds,
  order,
}: {
  agent: AgentOption;
  thresholds: Thresholds;
  order: HeadingOrder;
}) {
  const { t } = useTranslation();
  const name = t(`enums.agent.${agent.agent}`);
  return (
    <li data-verdict={agent.verdict}>
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={order} size="h6">
            {name}
          </Title>
          <VerdictBadge verdict={agent.verdict} />
        </Group>
        {agent.reasons.length > 0 ? (
          <ReasonList
            reasons={agent.reasons}
            thresholds={thresholds}
            label={t('planOptions.reasonsOf', { name })}
          />
        ) : (
          <Text size="sm">{t('planOptions.agentTakesModality')}</Text>
        )}
      </Stack>
    </li>
  );
}

function ModalityDetails({
  option,
  thresholds,
  agentOrder,
}: {
  option: ModalityOption;
  thresholds: Thresholds;
  agentOrder: HeadingOrder;
}) {
  const { t } = useTranslation();
  const name = t(`enums.modality.${option.modality}`);
  const agents = option.agents ?? [];
  return (
    <Stack gap="sm">
      <ReasonList
        reasons={option.reasons}
        thresholds={thresholds}
        label={t('planOptions.reasonsOf', { name })}
      />
      {agents.length > 0 && (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('planOptions.agents')}
          </Text>
          <ul className={classes.agents} aria-label={t('planOptions.agentsOf', { modality: name })}>
            {agents.map((agent) => (
              <AgentItem key={agent.agent} agent={agent} thresholds={thresholds} order={agentOrder} />
            ))}
          </ul>
        </Stack>
      )}
    </Stack>
  );
}

function OptionsList({ planOptions, headingOrder }: { planOptions: PlanOptions; headingOrder: 2 | 3 }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const modalityOrder = (headingOrder + 1) as 3 | 4;
  // What needs the board's attention is open; the eligible options are one click away (all open on paper).
  const flagged = planOptions.options.filter((o) => o.verdict !== 'eligible').map((o) => o.modality);
  return (
    <Stack gap="sm">
      <Accordion
        multiple
        defaultValue={flagged}
        order={modalityOrder}
        variant="separated"
        keepMountedMode="display-none"
      >
        {planOptions.options.map((option) => (
          <Accordion.Item key={option.modality} value={option.modality} data-verdict={option.verdict}>
            <Accordion.Control>
              <Group component="span" gap="sm" justify="space-between" wrap="wrap">
                <Text component="span" fw={600}>
                  {t(`enums.modality.${option.modality}`)}
                </Text>
                <VerdictBadge verdict={option.verdict} />
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <ModalityDetails
                option={option}
                thresholds={planOptions.thresholds}
                agentOrder={(modalityOrder + 1) as HeadingOrder}
              />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      <Text size="xs">
        {t('planOptions.footer', {
          version: planOptions.ruleSetVersion,
          date: format.calendarDate(planOptions.evaluatedOn),
        })}
      </Text>
    </Stack>
  );
}

/**
 * The plan builder's verdict on every documented modality for a case, with each reason's rule, the facts
 * it read and its source: what the board will see, readable before the meeting and on paper.
 */
export function PlanOptionsPanel({ caseId, headingOrder = 2 }: { caseId: string; headingOrder?: 2 | 3 }) {
  const { t } = useTranslation();
  const planOptions = usePlanOptions(caseId);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={classes.panel}>
      <Stack gap="sm">
        <Title order={headingOrder} size="h3" id={headingId}>
          {t('planOptions.title')}
        </Title>
        <Text size="sm">{t('planOptions.intro')}</Text>
        <Text size="sm" className={classes.printOnly}>
          {t('planOptions.printNote')}
        </Text>
        <QueryState query={planOptions}>
          {() =>
            planOptions.data && <OptionsList planOptions={planOptions.data} headingOrder={headingOrder} />
          }
        </QueryState>
      </Stack>
    </section>
  );
}
