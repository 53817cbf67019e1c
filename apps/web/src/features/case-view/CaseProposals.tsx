import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { type Column, DataTable } from '../../components/DataTable';
import { useFormatters } from '../../components/format';
import { LoadMore } from '../../components/LoadMore';
import { QueryState } from '../../components/QueryState';
import { StatusBadge } from '../../components/StatusBadge';
import { PlanSteps } from './PlanSteps';
import { type CurrentVote, type Proposal, useCaseProposals } from './use-case-view';

/** Every plan proposed for the case, with its votes; the list already carries tallies and votes. */
export function CaseProposals({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const proposals = useCaseProposals(caseId);
  return (
    <QueryState query={proposals}>
      {() => {
        const items = proposals.data?.items ?? [];
        if (items.length === 0) return <Text size="sm">{t('caseView.proposals.none')}</Text>;
        return (
          <Stack gap="md">
            {items.map((p, i) => (
              <ProposalCard key={p.id} proposal={p} number={i + 1} />
            ))}
            <LoadMore query={proposals} />
          </Stack>
        );
      }}
    </QueryState>
  );
}

export function Tally({ tally }: { tally: Proposal['tally'] }) {
  const { t } = useTranslation();
  return (
    <Text size="sm">
      {t('caseView.plan.tally', {
        approvals: tally.approvals,
        rejections: tally.rejections,
        abstentions: tally.abstentions,
      })}
    </Text>
  );
}

function ProposalCard({ proposal, number }: { proposal: Proposal; number: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const title = t('caseView.proposals.proposalTitle', {
    number,
    intent: t(`enums.intent.${proposal.intent}`),
  });
  return (
    <Paper component="article" withBorder p="md" aria-label={title}>
      <Stack gap="xs">
        <Group gap="sm" wrap="wrap">
          <Title order={3} size="h5">
            {title}
          </Title>
          <StatusBadge tone={proposal.status === 'adopted' ? 'success' : 'neutral'}>
            {t(`enums.proposalStatus.${proposal.status}`)}
          </StatusBadge>
        </Group>
        <Text size="xs" c="dimmed">
          {t('caseView.proposals.proposedBy', {
            name: proposal.proposer.fullName,
            discipline: t(`enums.discipline.${proposal.proposer.discipline}`),
            when: format.dateTime(proposal.createdAt),
          })}
        </Text>
        <PlanSteps steps={proposal.steps} label={t('caseView.plan.steps', { title })} />
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          <Text span fw={600} size="sm">
            {t('caseView.plan.rationale')}
          </Text>{' '}
          {proposal.rationale}
        </Text>
        <Tally tally={proposal.tally} />
        <Votes votes={proposal.votes} label={t('caseView.proposals.votesOf', { title })} />
      </Stack>
    </Paper>
  );
}

function Votes({ votes, label }: { votes: CurrentVote[]; label: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const columns: Column<CurrentVote>[] = [
    {
      key: 'specialist',
      header: t('caseView.votes.specialist'),
      cell: (v) => (
        <>
          <Text size="sm">{v.specialist.fullName}</Text>
          <Text size="xs" c="dimmed">
            {t(`enums.discipline.${v.specialist.discipline}`)}
          </Text>
        </>
      ),
    },
    {
      key: 'vote',
      header: t('caseView.votes.vote'),
      cell: (v) => (
        <StatusBadge tone={v.vote === 'approve' ? 'success' : v.vote === 'reject' ? 'danger' : 'neutral'}>
          {t(`enums.vote.${v.vote}`)}
        </StatusBadge>
      ),
      nowrap: true,
    },
    {
      key: 'comment',
      header: t('caseView.votes.comment'),
      cell: (v) => (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {v.comment ?? t('caseView.votes.noComment')}
        </Text>
      ),
    },
    {
      key: 'counted',
      header: t('caseView.votes.counted'),
      cell: (v) => (v.present ? t('caseView.votes.present') : t('caseView.votes.notPresent')),
    },
    { key: 'cast', header: t('caseView.votes.castAt'), cell: (v) => format.dateTime(v.castAt), nowrap: true },
  ];
  return (
    <DataTable
      label={label}
      columns={columns}
      rows={votes}
      rowKey={(v) => v.id}
      empty={t('caseView.votes.none')}
    />
  );
}
