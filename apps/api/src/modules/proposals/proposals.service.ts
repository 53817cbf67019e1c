import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';

import { canPropose, canVote, requireSpecialistProfile, tallyVotes, type VoteTally } from '@consilium/domain';
import { judgeSteps } from '@consilium/plan-builder';
import { AuditService } from '@api/audit/audit.service';
import { givenFields } from '@api/audit/diff';
import { isUniqueViolation, notFound } from '@api/common/errors';
import { decodeCursor, Page, PageQueryDto, pageSize, toPage } from '@api/common/pagination';
import { actorOf, type RequestContext } from '@api/common/request-context';

import { BoardCase } from '../cases/board-case.entity';
import { publishMeetingEvent } from '../meetings/live/meeting-events';
import { isOnActiveAgenda, isPresent, lockCase, lockMeeting, presenceOf } from '../meetings/meeting.queries';
import { PlanOptionsService } from '../plan-options/plan-options.service';
import type { CastVoteDto, CreateProposalDto } from './dto/proposal-input.dto';
import { Proposal } from './proposal.entity';
import {
  noSpecialistProfile,
  proposalNotFound,
  proposeRefused,
  stepRefused,
  voteConflict,
  voteRefused,
} from './proposals.errors';
import { Vote } from './vote.entity';

/** A specialist's current vote (loaded with the specialist), and whether they are marked present now. */
export interface CurrentVote {
  vote: Vote;
  present: boolean;
}

/**
 * A proposal loaded with its proposer (user and specialist), its current votes, and their tally:
 * only the votes of specialists present now count.
 */
export interface ProposalWithVotes {
  proposal: Proposal;
  votes: CurrentVote[];
  tally: VoteTally;
}

@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly planOptions: PlanOptionsService,
  ) {}

  /**
   * A clinician proposes a plan for a case on a meeting's agenda: before the meeting (planned) or
   * during it (in progress, when they must be marked present). The evaluation the steps were judged
   * against is stored with the proposal.
   */
  async propose(ctx: RequestContext, caseId: string, dto: CreateProposalDto): Promise<ProposalWithVotes> {
    const actor = actorOf(ctx);
    // Who may propose, and when: libs/domain/src/meeting-actions.ts. The caller first, before any lock.
    const profile = requireSpecialistProfile(actor.specialistId);
    if (!profile.ok) throw noSpecialistProfile(profile);
    const { specialistId } = profile;
    const id = await this.dataSource.transaction(async (em) => {
      const meeting = await lockMeeting(em, dto.meetingId, 'pessimistic_read');
      const boardCase = await lockCase(em, caseId, 'pessimistic_read');
      const check = canPropose({
        callerSpecialistId: specialistId,
        meetingState: meeting.status,
        caseState: boardCase.status,
        onAgenda: boardCase.status === 'scheduled' && (await isOnActiveAgenda(em, meeting.id, caseId)),
        present: meeting.status === 'in_progress' && (await isPresent(em, meeting.id, specialistId)),
      });
      if (!check.ok) throw proposeRefused(check, caseId, meeting.id);
      const evaluation = await this.planOptions.evaluate(em, boardCase);
      const judged = judgeSteps(evaluation, boardCase, dto.steps);
      if (!judged.ok) throw stepRefused(judged);
      const { steps } = judged;
      const proposal = await em.save(
        em.create(Proposal, {
          caseId,
          meetingId: meeting.id,
          proposedById: actor.id,
          proposerSpecialistId: specialistId,
          intent: dto.intent,
          steps,
          rationale: dto.rationale,
          evaluation,
          ruleSetVersion: evaluation.ruleSetVersion,
          status: 'proposed',
        }),
      );
      await this.audit.record(
        ctx,
        {
          action: 'proposal.create',
          entityType: 'proposal',
          entityId: proposal.id,
          // The plan is clinical: the entry names what was given and which steps were overridden.
          details: {
            caseId,
            meetingId: meeting.id,
            ruleSetVersion: evaluation.ruleSetVersion,
            fields: givenFields({ intent: dto.intent, steps, rationale: dto.rationale }),
            overriddenSteps: steps.filter((s) => s.verdict === 'contraindicated').map((s) => s.position),
          },
        },
        em,
      );
      await publishMeetingEvent(em, meeting.id, 'proposal_added', { caseId, proposalId: proposal.id });
      return proposal.id;
    });
    return this.get(id);
  }

  /** A case's proposals, oldest first, each with its current votes (a fixed number of queries). */
  async listForCase(caseId: string, query: PageQueryDto): Promise<Page<ProposalWithVotes>> {
    const em = this.dataSource.manager;
    if (!(await em.exists(BoardCase, { where: { id: caseId } }))) throw notFound('case', caseId);
    const limit = pageSize(query);
    const after = decodeCursor(query.cursor);
    const qb = em
      .createQueryBuilder(Proposal, 'p')
      .innerJoinAndSelect('p.proposedBy', 'u')
      .innerJoinAndSelect('p.proposerSpecialist', 's')
      .where('p.case_id = :caseId', { caseId })
      .orderBy('p.created_at', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit + 1);
    if (after) qb.andWhere('(p.created_at, p.id) > (:v, :id)', { v: after.v, id: after.id });
    const page = toPage(await qb.getMany(), limit, (p) => ({ v: p.createdAt.toISOString(), id: p.id }));
    return { items: await this.withVotes(em, page.items), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<ProposalWithVotes> {
    const em = this.dataSource.manager;
    const proposal = await em.findOne(Proposal, {
      where: { id },
      relations: { proposedBy: true, proposerSpecialist: true },
    });
    if (!proposal) throw proposalNotFound(id);
    const [withVotes] = await this.withVotes(em, [proposal]);
    return withVotes;
  }

  /** Every vote ever cast on a proposal, superseded ones included, oldest first. */
  async voteHistory(proposalId: string, query: PageQueryDto): Promise<Page<Vote>> {
    const em = this.dataSource.manager;
    if (!(await em.exists(Proposal, { where: { id: proposalId } }))) throw proposalNotFound(proposalId);
    const limit = pageSize(query);
    const after = decodeCursor(query.cursor);
    const qb = em
      .createQueryBuilder(Vote, 'v')
      .innerJoinAndSelect('v.specialist', 's')
      .where('v.proposal_id = :proposalId', { proposalId })
      .orderBy('v.cast_at', 'ASC')
      .addOrderBy('v.id', 'ASC')
      .limit(limit + 1);
    if (after) qb.andWhere('(v.cast_at, v.id) > (:v, :id)', { v: after.v, id: after.id });
    return toPage(await qb.getMany(), limit, (v) => ({ v: v.castAt.toISOString(), id: v.id }));
  }

  /**
   * A present specialist votes while the meeting is in progress. A new vote marks the current one
   * superseded and adds a row (both stay); the same vote again changes nothing. The proposal row is
   * locked, so parallel votes of one specialist queue up; the partial unique index is the guarantee.
   */
  async vote(ctx: RequestContext, proposalId: string, dto: CastVoteDto): Promise<Vote> {
    const actor = actorOf(ctx);
    // Who may vote, and when: libs/domain/src/meeting-actions.ts. The caller first, before any lock.
    const profile = requireSpecialistProfile(actor.specialistId);
    if (!profile.ok) throw noSpecialistProfile(profile);
    const { specialistId } = profile;
    const comment = dto.comment ? dto.comment : null;
    let voteId: string;
    try {
      voteId = await this.dataSource.transaction(async (em) => {
        const found = await em.findOne(Proposal, { where: { id: proposalId } });
        if (!found) throw proposalNotFound(proposalId);
        const meeting = await lockMeeting(em, found.meetingId, 'pessimistic_read');
        // Shared: votes proceed side by side, while an adoption (which locks the case for update)
        // waits for them, and they for it.
        const boardCase = await lockCase(em, found.caseId, 'pessimistic_read');
        await em.findOne(Proposal, { where: { id: proposalId }, lock: { mode: 'pessimistic_write' } });
        const check = canVote({
          callerSpecialistId: specialistId,
          caseState: boardCase.status,
          meetingState: meeting.status,
          present: meeting.status === 'in_progress' && (await isPresent(em, meeting.id, specialistId)),
          onAgenda:
            boardCase.status === 'scheduled' && (await isOnActiveAgenda(em, meeting.id, boardCase.id)),
          vote: dto.vote,
          comment,
        });
        if (!check.ok) throw voteRefused(check, boardCase.id, meeting.id);

        const current = await em.findOne(Vote, {
          where: { proposalId, specialistId, supersededAt: IsNull() },
        });
        if (current && current.vote === dto.vote && current.comment === comment) return current.id;
        if (current) {
          await em.update(Vote, { id: current.id }, { supersededAt: () => 'clock_timestamp()' });
        }
        const inserted = await em.save(
          em.create(Vote, { proposalId, specialistId, userId: actor.id, vote: dto.vote, comment }),
        );
        await this.audit.record(
          ctx,
          {
            action: 'proposal.vote',
            entityType: 'proposal',
            entityId: proposalId,
            // The vote and its comment stay in the vote history, not in the log.
            details: {
              caseId: boardCase.id,
              voteId: inserted.id,
              specialistId,
              supersedesVoteId: current?.id ?? null,
              fields: givenFields({ vote: dto.vote, comment }),
            },
          },
          em,
        );
        await publishMeetingEvent(em, meeting.id, 'vote_cast', { caseId: boardCase.id, proposalId });
        return inserted.id;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'vote_current_key')) throw voteConflict();
      throw error;
    }
    const vote = await this.dataSource.manager.findOne(Vote, {
      where: { id: voteId },
      relations: { specialist: true },
    });
    if (!vote) throw new Error(`vote ${voteId} vanished`);
    return vote;
  }

  /** Current votes of the proposals (one query) and presence at their meetings (one query). */
  private async withVotes(em: EntityManager, proposals: Proposal[]): Promise<ProposalWithVotes[]> {
    if (proposals.length === 0) return [];
    const votes = await em.find(Vote, {
      where: { proposalId: In(proposals.map((p) => p.id)), supersededAt: IsNull() },
      relations: { specialist: true },
      order: { castAt: 'ASC', id: 'ASC' },
    });
    const present = await presenceOf(em, [...new Set(proposals.map((p) => p.meetingId))]);
    return proposals.map((proposal) => {
      const current = votes
        .filter((v) => v.proposalId === proposal.id)
        .map((vote) => ({ vote, present: present.has(`${proposal.meetingId}/${vote.specialistId}`) }));
      const tally = tallyVotes(
        current.map(({ vote, present }) => ({ specialistId: vote.specialistId, vote: vote.vote, present })),
      );
      return { proposal, votes: current, tally };
    });
  }
}
