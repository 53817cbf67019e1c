import { Alert, Button, Group, Modal, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { canVote, type CaseState, mayAdoptAs, validateVote, type VoteRefusal } from '@consilium/domain';

import { ApiError } from '../../../api/client';
import { useFormatters } from '../../../components/format';
import { LoadMore } from '../../../components/LoadMore';
import { useNotify } from '../../../components/notify';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge, type StatusTone } from '../../../components/StatusBadge';
import type { Me } from '../../auth/use-me';
import { type MeetingDetail, useMeeting } from '../../boards/use-meeting';
import { PlanSteps } from '../../case-view/PlanSteps';
import { type CurrentVote, type Proposal, useCaseProposals } from '../../case-view/use-case-view';
import {
  NO_SUPPORTIVE_CARE,
  supportiveCareEntries,
  SupportiveCareFields,
  type SupportiveCareValues,
} from '../../letter/SupportiveCareFields';
import { useAdoptProposal, useCastVote, type VoteValue } from './use-live-proposals';
import { adoptRefusalText, voteRefusalText } from './vote-refusals';

const VOTE_TONES: Record<VoteValue, StatusTone> = {
  approve: 'success',
  reject: 'danger',
  abstain: 'neutral',
};
const VOTE_CHOICES = ['approve', 'reject', 'abstain'] as const satisfies readonly VoteValue[];
// CastVoteDto: a comment is at most 2000 characters.
const MAX_COMMENT = 2000;

type HeadingOrder = 2 | 3 | 4;

export interface ProposalVotesProps {
  caseId: string;
  meetingId: string;
  /** The signed-in user (`useMe`): their specialist votes, the chair or a coordinator adopts. */
  me: Me;
  /** The level of the panel's heading; each proposal's is one below. */
  headingOrder?: HeadingOrder;
}

/** Why the signed-in clinician cannot vote now, in the domain's words (null: they can). */
function voteRefusal(me: Me, meeting: MeetingDetail, caseId: string, decided: boolean): VoteRefusal | null {
  const item = meeting.agenda.find((entry) => entry.case.id === caseId);
  const caseState: CaseState = decided ? 'decided' : (item?.case.status ?? 'scheduled');
  const present = meeting.attendance.some((a) => a.specialist.id === me.specialistId && a.present);
  // The rule the API applies (libs/domain/src/meeting-actions.ts), asked with what the meeting shows;
  // the vote itself is checked when it is cast.
  const check = canVote({
    callerSpecialistId: me.specialistId,
    caseState,
    meetingState: meeting.status,
    present,
    onAgenda: item?.active === true,
    vote: 'abstain',
    comment: null,
  });
  return check.ok ? null : check;
}

/**
 * The case's proposals at the meeting, each with its steps, the live tally and the votes by name
 * with their dissent. A clinician present votes (and changes the vote until a plan is adopted); the
 * chair or a coordinator adopts, answering whether the patient's preferences were discussed.
 */
export function ProposalVotes({ caseId, meetingId, me, headingOrder = 3 }: ProposalVotesProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const meeting = useMeeting(meetingId);
  const proposals = useCaseProposals(caseId);
  const both = {
    isPending: meeting.isPending || proposals.isPending,
    isError: meeting.isError || proposals.isError,
    refetch: () => Promise.all([meeting.refetch(), proposals.refetch()]),
  };
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={headingOrder} size="h4" id={headingId}>
          {t('liveProposals.votes.title')}
        </Title>
        <QueryState query={both}>
          {() => {
            if (!meeting.data || !proposals.data) return null;
            const items = proposals.data.items;
            const decided = items.some((p) => p.status === 'adopted');
            const mayVote = me.permissions.includes('plans.vote');
            const refusal = mayVote ? voteRefusal(me, meeting.data, caseId, decided) : null;
            const mayAdopt =
              me.permissions.includes('plans.adopt') &&
              meeting.data.status === 'in_progress' &&
              !decided &&
              mayAdoptAs({
                role: me.role,
                callerSpecialistId: me.specialistId,
                chairSpecialistId: meeting.data.chair.id,
              }).ok;
            return (
              <Stack gap="md">
                {mayVote && refusal && <VotingClosed refusal={refusal} />}
                {items.length === 0 ? (
                  <Text size="sm">{t('liveProposals.votes.none')}</Text>
                ) : (
                  items.map((proposal, index) => (
                    <ProposalCard
                      key={proposal.id}
                      proposal={proposal}
                      number={index + 1}
                      caseId={caseId}
                      meetingId={meetingId}
                      mySpecialistId={me.specialistId}
                      canVote={mayVote && refusal === null}
                      canAdopt={mayAdopt}
                      headingOrder={(headingOrder + 1) as HeadingOrder}
                    />
                  ))
                )}
                <LoadMore query={proposals} />
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
    </section>
  );
}

const CLOSED = {
  NO_SPECIALIST_PROFILE: 'noProfile',
  CASE_DECIDED: 'decided',
  MEETING_NOT_IN_PROGRESS: 'notInProgress',
  NOT_PRESENT: 'notPresent',
  CASE_NOT_ON_AGENDA: 'notOnAgenda',
  // Not a state of the meeting: the vote asked about carries no comment only when it needs none.
  REJECT_NEEDS_COMMENT: null,
} as const satisfies Record<VoteRefusal['code'], string | null>;

function VotingClosed({ refusal }: { refusal: VoteRefusal }) {
  const { t } = useTranslation();
  const key = CLOSED[refusal.code];
  if (key === null) return null;
  return (
    <Text size="sm" role="note">
      {t(`liveProposals.votes.closed.${key}`)}
    </Text>
  );
}

interface ProposalCardProps {
  proposal: Proposal;
  number: number;
  caseId: string;
  meetingId: string;
  mySpecialistId: string | null;
  canVote: boolean;
  canAdopt: boolean;
  headingOrder: HeadingOrder;
}

function ProposalCard({
  proposal,
  number,
  caseId,
  meetingId,
  mySpecialistId,
  canVote: votingOpen,
  canAdopt,
  headingOrder,
}: ProposalCardProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const title = t('liveProposals.votes.proposalTitle', {
    number,
    intent: t(`enums.intent.${proposal.intent}`),
  });
  const mine = proposal.votes.find((v) => v.specialist.id === mySpecialistId) ?? null;
  const open = proposal.status === 'proposed';
  return (
    <Paper component="article" withBorder p="md" aria-label={title}>
      <Stack gap="sm">
        <Group gap="sm" wrap="wrap">
          <Title order={headingOrder} size="h5">
            {title}
          </Title>
          <StatusBadge tone={proposal.status === 'adopted' ? 'success' : 'neutral'}>
            {t(`enums.proposalStatus.${proposal.status}`)}
          </StatusBadge>
        </Group>
        <Text size="xs">
          {t('liveProposals.votes.proposedBy', {
            name: proposal.proposer.fullName,
            discipline: t(`enums.discipline.${proposal.proposer.discipline}`),
            when: format.dateTime(proposal.createdAt),
          })}
        </Text>
        <PlanSteps steps={proposal.steps} label={t('liveProposals.votes.stepsOf', { title })} />
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          <Text span fw={600} size="sm">
            {t('liveProposals.votes.rationale')}
          </Text>{' '}
          {proposal.rationale}
        </Text>
        <Text size="sm" fw={600} role="status">
          {t('liveProposals.votes.tally', {
            title,
            approvals: proposal.tally.approvals,
            rejections: proposal.tally.rejections,
            abstentions: proposal.tally.abstentions,
          })}
        </Text>
        <VoteList votes={proposal.votes} label={t('liveProposals.votes.votesOf', { title })} />
        {votingOpen && open && (
          <VoteControls
            proposalId={proposal.id}
            title={title}
            current={mine}
            caseId={caseId}
            meetingId={meetingId}
          />
        )}
        {canAdopt && open && (
          <AdoptControl proposal={proposal} title={title} caseId={caseId} meetingId={meetingId} />
        )}
      </Stack>
    </Paper>
  );
}

function VoteList({ votes, label }: { votes: CurrentVote[]; label: string }) {
  const { t } = useTranslation();
  if (votes.length === 0) return <Text size="sm">{t('liveProposals.votes.noVotes')}</Text>;
  return (
    <ul aria-label={label} style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
      {votes.map((vote) => (
        <li key={vote.id}>
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={500}>
              {t('liveProposals.votes.voter', {
                name: vote.specialist.fullName,
                discipline: t(`enums.discipline.${vote.specialist.discipline}`),
              })}
            </Text>
            <StatusBadge tone={VOTE_TONES[vote.vote]}>{t(`enums.vote.${vote.vote}`)}</StatusBadge>
            {!vote.present && <Text size="xs">{t('liveProposals.votes.notCounted')}</Text>}
          </Group>
          {vote.comment && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {vote.vote === 'reject'
                ? t('liveProposals.votes.dissent', { comment: vote.comment })
                : t('liveProposals.votes.comment', { comment: vote.comment })}
            </Text>
          )}
        </li>
      ))}
    </ul>
  );
}

function VoteControls({
  proposalId,
  title,
  current,
  caseId,
  meetingId,
}: {
  proposalId: string;
  title: string;
  current: CurrentVote | null;
  caseId: string;
  meetingId: string;
}) {
  const { t } = useTranslation();
  const cast = useCastVote(caseId, meetingId);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  // The comment box opens on Reject: the reader goes on typing there.
  useEffect(() => {
    if (rejecting) commentRef.current?.focus();
  }, [rejecting]);

  const send = (vote: VoteValue, text?: string) => {
    setFailure(null);
    cast.mutate(
      { proposalId, vote, comment: text },
      {
        onSuccess: () => {
          setRejecting(false);
          setComment('');
        },
        onError: (error) => {
          const message = voteRefusalText(error, t);
          if (error instanceof ApiError && error.code === 'REJECT_NEEDS_COMMENT') {
            setCommentError(message);
          } else {
            setFailure(message);
          }
        },
      },
    );
  };

  const choose = (vote: VoteValue) => {
    if (cast.isPending) return;
    if (vote === 'reject') {
      // A dissent is recorded with its reason: the comment is asked for before anything is sent.
      setComment(current?.vote === 'reject' ? (current.comment ?? '') : '');
      setCommentError(null);
      setRejecting(true);
      return;
    }
    setRejecting(false);
    if (current?.vote === vote) return;
    send(vote);
  };

  const submitReject = (event: FormEvent) => {
    event.preventDefault();
    const check = validateVote('reject', comment);
    if (!check.ok) {
      setCommentError(t('liveProposals.votes.failure.commentRequired'));
      return;
    }
    setCommentError(null);
    send('reject', comment.trim());
  };

  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t('liveProposals.votes.yourVote')}
      </Text>
      {/* A named group around the buttons: "Your vote on Proposal 1: Curative", each pressed or not. */}
      <div role="group" aria-label={t('liveProposals.votes.yourVoteOn', { title })}>
        <Group gap="xs">
          {VOTE_CHOICES.map((vote) => {
            const pressed = current?.vote === vote;
            return (
              <Button
                key={vote}
                size="sm"
                variant={pressed ? 'filled' : 'default'}
                color={vote === 'approve' ? 'teal' : vote === 'reject' ? 'red' : 'gray'}
                aria-pressed={pressed}
                aria-expanded={vote === 'reject' ? rejecting : undefined}
                data-pending={cast.isPending || undefined}
                loading={cast.isPending && cast.variables?.vote === vote}
                onClick={() => choose(vote)}
              >
                {t(`enums.vote.${vote}`)}
              </Button>
            );
          })}
        </Group>
      </div>
      {rejecting && (
        <form onSubmit={submitReject} noValidate>
          <Stack gap="xs">
            <Textarea
              label={t('liveProposals.votes.dissentLabel')}
              description={t('liveProposals.votes.dissentHint')}
              required
              autosize
              minRows={2}
              maxLength={MAX_COMMENT}
              value={comment}
              onChange={(e) => {
                setComment(e.currentTarget.value);
                if (commentError) setCommentError(null);
              }}
              error={commentError}
              ref={commentRef}
            />
            <Group gap="xs">
              <Button type="submit" color="red" loading={cast.isPending}>
                {t('liveProposals.votes.recordReject')}
              </Button>
              <Button variant="default" onClick={() => setRejecting(false)} disabled={cast.isPending}>
                {t('liveProposals.votes.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {failure && (
        <Alert color="red" role="alert" title={t('liveProposals.votes.failedTitle')}>
          {failure}
        </Alert>
      )}
    </Stack>
  );
}

function AdoptControl({
  proposal,
  title,
  caseId,
  meetingId,
}: {
  proposal: Proposal;
  title: string;
  caseId: string;
  meetingId: string;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const adopt = useAdoptProposal(caseId, meetingId, () =>
    notify(t('liveProposals.adopt.adopted', { title })),
  );
  const [opened, setOpened] = useState(false);
  const [answer, setAnswer] = useState<'' | 'yes' | 'no'>('');
  const [answerError, setAnswerError] = useState<string | null>(null);
  const [supportiveCare, setSupportiveCare] = useState<SupportiveCareValues>(NO_SUPPORTIVE_CARE);

  const close = () => {
    setOpened(false);
    setAnswer('');
    setAnswerError(null);
    setSupportiveCare(NO_SUPPORTIVE_CARE);
    adopt.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (answer === '') {
      setAnswerError(t('liveProposals.adopt.preferencesRequired'));
      return;
    }
    setAnswerError(null);
    adopt.mutate(
      {
        proposalId: proposal.id,
        patientPreferencesDiscussed: answer === 'yes',
        supportiveCare: supportiveCareEntries(supportiveCare),
      },
      { onSuccess: close },
    );
  };

  return (
    <>
      <Group>
        <Button onClick={() => setOpened(true)} aria-label={t('liveProposals.adopt.openFor', { title })}>
          {t('liveProposals.adopt.open')}
        </Button>
      </Group>
      <Modal
        opened={opened}
        onClose={close}
        title={t('liveProposals.adopt.title', { title })}
        closeButtonProps={{ 'aria-label': t('common.dismiss') }}
        centered
        size="lg"
      >
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t('liveProposals.adopt.explanation')}</Text>
            <Text size="sm">
              {t('liveProposals.votes.tally', {
                title,
                approvals: proposal.tally.approvals,
                rejections: proposal.tally.rejections,
                abstentions: proposal.tally.abstentions,
              })}
            </Text>
            <Radio.Group
              label={t('liveProposals.adopt.preferences')}
              required
              value={answer}
              onChange={(value) => {
                setAnswer(value === 'yes' ? 'yes' : 'no');
                setAnswerError(null);
              }}
              error={answerError}
            >
              <Group gap="lg" mt={6}>
                <Radio value="yes" label={t('liveProposals.adopt.yes')} data-autofocus />
                <Radio value="no" label={t('liveProposals.adopt.no')} />
              </Group>
            </Radio.Group>
            <SupportiveCareFields
              legend={t('liveProposals.adopt.supportiveCare')}
              description={t('liveProposals.adopt.supportiveCareHint')}
              value={supportiveCare}
              onChange={(service, status) => setSupportiveCare((care) => ({ ...care, [service]: status }))}
            />
            {adopt.error && (
              <Alert color="red" role="alert" title={t('liveProposals.adopt.failedTitle')}>
                {adoptRefusalText(adopt.error, t)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={adopt.isPending}>
                {t('liveProposals.adopt.cancel')}
              </Button>
              <Button type="submit" loading={adopt.isPending}>
                {t('liveProposals.adopt.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
