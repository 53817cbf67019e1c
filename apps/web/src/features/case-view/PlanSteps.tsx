import { Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { romanSegment } from '../../components/CouinaudDiagram';
import { StatusBadge, type StatusTone } from '../../components/StatusBadge';
import type { ProposalStep } from './use-case-view';

const VERDICT_TONES: Record<ProposalStep['verdict'], StatusTone> = {
  eligible: 'success',
  caution: 'warning',
  contraindicated: 'danger',
};

export function VerdictBadge({ verdict }: { verdict: ProposalStep['verdict'] }) {
  const { t } = useTranslation();
  return <StatusBadge tone={VERDICT_TONES[verdict]}>{t(`enums.verdict.${verdict}`)}</StatusBadge>;
}

/** A plan's ordered steps with the plan builder's verdict and any override, as every voter saw them. */
export function PlanSteps({ steps, label }: { steps: ProposalStep[]; label: string }) {
  const { t } = useTranslation();
  const ordered = [...steps].sort((a, b) => a.position - b.position);
  return (
    <List type="ordered" spacing="xs" aria-label={label}>
      {ordered.map((step) => (
        <List.Item key={step.position}>
          <Stack gap={2}>
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={600}>
                {t(`enums.modality.${step.modality}`)}
                {step.agent && ` — ${t(`enums.agent.${step.agent}`)}`}
              </Text>
              <Text size="xs" span>
                {t('caseView.plan.verdict')}
              </Text>
              <VerdictBadge verdict={step.verdict} />
            </Group>
            <StepDetails step={step} />
            {step.overrideJustification && (
              <Text size="sm">
                <Text span fw={600} size="sm">
                  {t('caseView.plan.override')}
                </Text>{' '}
                {step.overrideJustification}
              </Text>
            )}
            {step.contraindications.length > 0 && (
              <Text size="xs">
                {t('caseView.plan.overrides', {
                  reasons: step.contraindications.map((r) => `${r.ruleId}: ${r.message}`).join('; '),
                })}
              </Text>
            )}
          </Stack>
        </List.Item>
      ))}
    </List>
  );
}

function StepDetails({ step }: { step: ProposalStep }) {
  const { t } = useTranslation();
  const d = step.details;
  const parts = [
    d?.regimen && t('caseView.plan.regimen', { value: d.regimen }),
    d?.cycles != null && t('caseView.plan.cycles', { count: d.cycles }),
    d?.approach && t('caseView.plan.approach', { value: d.approach }),
    d?.trial && t('caseView.plan.trial', { value: d.trial }),
    step.targetLesions.length > 0 &&
      t('caseView.plan.targets', { segments: step.targetLesions.map(romanSegment).join(', ') }),
    d?.text,
  ].filter((p): p is string => typeof p === 'string' && p !== '');
  if (parts.length === 0) return null;
  return <Text size="sm">{parts.join(' · ')}</Text>;
}
