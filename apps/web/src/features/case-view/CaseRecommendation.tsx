import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormatters } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { LetterPanel } from '../letter/LetterPanel';
import { Tally } from './CaseProposals';
import { PlanSteps } from './PlanSteps';
import { type Recommendation, useRecommendation } from './use-case-view';

/** The board's adopted plan, once the case is decided. */
export function CaseRecommendation({ caseId }: { caseId: string }) {
  const recommendation = useRecommendation(caseId, true);
  return (
    <QueryState query={recommendation}>
      {() => (recommendation.data ? <RecommendationView recommendation={recommendation.data} /> : null)}
    </QueryState>
  );
}

function RecommendationView({ recommendation: r }: { recommendation: Recommendation }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const followUp = r.followUp;
  return (
    <Stack gap="sm">
      <Text size="sm">
        {t('caseView.recommendation.adopted', {
          when: format.dateTime(r.adoptedAt, r.timeZone),
          meeting: r.meeting.title,
          intent: t(`enums.intent.${r.intent}`),
        })}
      </Text>
      {/* In the reader's language (the API's `advisory` is the English statement). */}
      <Text size="sm">{t('caseView.recommendation.advisory')}</Text>
      <Title order={3} size="h5">
        {t('caseView.recommendation.plan')}
      </Title>
      <PlanSteps steps={r.steps} label={t('caseView.recommendation.plan')} />
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        <Text span fw={600} size="sm">
          {t('caseView.plan.rationale')}
        </Text>{' '}
        {r.rationale}
      </Text>
      <Text size="sm">
        {t('caseView.recommendation.proposer', {
          name: r.proposer.fullName,
          discipline: t(`enums.discipline.${r.proposer.discipline}`),
        })}
      </Text>
      <Text size="sm">
        {r.patientPreferencesDiscussed
          ? t('caseView.recommendation.preferencesDiscussed')
          : t('caseView.recommendation.preferencesNotDiscussed')}
      </Text>

      <Title order={3} size="h5">
        {t('caseView.recommendation.votes')}
      </Title>
      <Tally tally={r.tally} />
      {r.dissent.length > 0 ? (
        <List spacing={4} aria-label={t('caseView.recommendation.dissent')}>
          {r.dissent.map((d) => (
            <List.Item key={d.id}>
              <Text size="sm">
                {t('caseView.recommendation.dissentBy', {
                  name: d.fullName,
                  discipline: t(`enums.discipline.${d.discipline}`),
                  comment: d.comment ?? t('caseView.votes.noComment'),
                })}
              </Text>
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{t('caseView.recommendation.noDissent')}</Text>
      )}

      <LetterPanel recommendation={r} />

      <Title order={3} size="h5">
        {t('caseView.recommendation.followUp')}
      </Title>
      {followUp ? (
        <Text size="sm">
          {[
            t(`enums.followUpStatus.${followUp.status}`),
            followUp.reason && t(`enums.followUpReason.${followUp.reason}`),
            followUp.note,
            t('caseView.recommendation.recordedBy', {
              name: followUp.recordedBy.displayName,
              when: format.dateTime(followUp.recordedAt),
            }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      ) : (
        <Text size="sm">{t('caseView.recommendation.noFollowUp')}</Text>
      )}
    </Stack>
  );
}
