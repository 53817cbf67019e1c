import { Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { PlanSteps } from '../../case-view/PlanSteps';
import { type Proposal, useCaseProposals } from '../../case-view/use-case-view';
import classes from './RoomDisplay.module.css';

/** Approve, reject and abstain as three large counts (the API's tally: current votes of present voters). */
function Tally({ tally, label }: { tally: Proposal['tally']; label: string }) {
  const { t } = useTranslation();
  const counts = [
    { key: 'approve', value: tally.approvals },
    { key: 'reject', value: tally.rejections },
    { key: 'abstain', value: tally.abstentions },
  ] as const;
  return (
    <div role="group" aria-label={label}>
      <dl className={classes.tally}>
        {counts.map((c) => (
          <div key={c.key} className={classes.count}>
            <dt className={classes.term}>{t(`enums.vote.${c.key}`)}</dt>
            <dd className={classes.countValue}>{c.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function ProposalItem({ proposal, number }: { proposal: Proposal; number: number }) {
  const { t } = useTranslation();
  const title = t('liveDisplay.proposals.proposal', { number, intent: t(`enums.intent.${proposal.intent}`) });
  return (
    <li className={classes.panel}>
      <article aria-label={title}>
        <Stack gap="sm">
          <Group gap="sm" wrap="wrap">
            <Title order={4} size="h4">
              {title}
            </Title>
            <StatusBadge tone={proposal.status === 'adopted' ? 'success' : 'neutral'}>
              {t(`enums.proposalStatus.${proposal.status}`)}
            </StatusBadge>
          </Group>
          <Text size="sm">
            {t('liveDisplay.proposals.proposedBy', {
              name: proposal.proposer.fullName,
              discipline: t(`enums.discipline.${proposal.proposer.discipline}`),
            })}
          </Text>
          <PlanSteps steps={proposal.steps} label={t('liveDisplay.proposals.steps', { title })} />
          <Tally tally={proposal.tally} label={t('liveDisplay.proposals.tally', { title })} />
        </Stack>
      </article>
    </li>
  );
}

/**
 * Every plan proposed for the case with its live tally. Nobody scrolls or clicks on the wall, so
 * further pages are fetched by themselves.
 */
export function DisplayProposals({ caseId, label }: { caseId: string; label: string }) {
  const { t } = useTranslation();
  const proposals = useCaseProposals(caseId);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = proposals;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <QueryState query={proposals}>
      {() => {
        const items = proposals.data?.items ?? [];
        if (items.length === 0) return <Text size="lg">{t('liveDisplay.proposals.none')}</Text>;
        return (
          <Stack gap="xs">
            <ol className={classes.plainList} aria-label={label}>
              {items.map((p, i) => (
                <ProposalItem key={p.id} proposal={p} number={i + 1} />
              ))}
            </ol>
            <Text size="sm">{t('liveDisplay.proposals.presentVoters')}</Text>
          </Stack>
        );
      }}
    </QueryState>
  );
}
