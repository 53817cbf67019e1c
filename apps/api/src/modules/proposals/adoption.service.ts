import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';

import { canAdoptProposal, evaluateQuorum, mayAdoptAs, tallyVotes } from '@consilium/domain';
import { AuditService } from '@api/audit/audit.service';
import { givenFields } from '@api/audit/diff';
import { isUniqueViolation } from '@api/common/errors';
import { actorOf, type RequestContext } from '@api/common/request-context';

import { CasesService } from '../cases/cases.service';
import { publishMeetingEvent } from '../meetings/live/meeting-events';
import { attendanceOf, isOnActiveAgenda, lockCase, lockMeeting } from '../meetings/meeting.queries';
import { Recommendation, type RecommendationSnapshot } from '../recommendations/recommendation.entity';
import { writeSupportiveCare } from '../recommendations/recommendation.queries';
import { Specialist } from '../specialists/specialist.entity';
import type { AdoptProposalDto } from './dto/proposal-input.dto';
import { Proposal } from './proposal.entity';
import { adoptionRefused, alreadyAdopted, notChair, proposalNotFound } from './proposals.errors';
import { Vote } from './vote.entity';

@Injectable()
export class AdoptionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
  ) {}

  /**
   * The chair, marked present, or a coordinator adopts a proposal while the meeting is in progress
   * and quorate and the proposal has more approvals than rejections among present voters. One
   * transaction: the case row is locked before anything is read, so of two adoptions for one case the
   * second sees the first's recommendation; recommendation_case_key is the guarantee. Returns the
   * case id.
   */
  async adopt(ctx: RequestContext, proposalId: string, dto: AdoptProposalDto): Promise<string> {
    const actor = actorOf(ctx);
    // For the unique-violation fallback below, which runs outside the transaction.
    let caseId = '';
    try {
      return await this.dataSource.transaction(async (em) => {
        const found = await em.findOne(Proposal, { where: { id: proposalId } });
        if (!found) throw proposalNotFound(proposalId);
        caseId = found.caseId;
        const meeting = await lockMeeting(em, found.meetingId, 'pessimistic_read');
        // Who may adopt, and when: libs/domain/src/meeting-actions.ts. The caller needs only the
        // meeting's chair, so it is checked before the case is locked.
        const caller = {
          role: actor.role,
          callerSpecialistId: actor.specialistId,
          chairSpecialistId: meeting.chairSpecialistId,
        };
        const mayAdopt = mayAdoptAs(caller);
        if (!mayAdopt.ok) throw notChair(mayAdopt);
        const boardCase = await lockCase(em, found.caseId, 'pessimistic_write');
        const proposal = await em.findOne(Proposal, {
          where: { id: proposalId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!proposal) throw proposalNotFound(proposalId);

        // The meeting share lock holds attendance still.
        const attendance = await attendanceOf(em, meeting.id);
        const present = attendance.filter((a) => a.present);
        const presentIds = new Set(present.map((a) => a.specialistId));
        const quorum = evaluateQuorum(meeting.requiredDisciplines, present);
        const votes = await em.find(Vote, {
          where: { proposalId, supersededAt: IsNull() },
          relations: { specialist: true },
          order: { castAt: 'ASC', id: 'ASC' },
        });
        const tally = tallyVotes(
          votes.map((v) => ({
            specialistId: v.specialistId,
            vote: v.vote,
            present: presentIds.has(v.specialistId),
          })),
        );
        const check = canAdoptProposal({
          ...caller,
          alreadyAdopted: await em.exists(Recommendation, { where: { caseId: boardCase.id } }),
          onAgenda:
            boardCase.status === 'scheduled' && (await isOnActiveAgenda(em, meeting.id, boardCase.id)),
          chairPresent: presentIds.has(meeting.chairSpecialistId),
          meetingState: meeting.status,
          quorate: quorum.quorate,
          tally,
          caseState: boardCase.status,
        });
        if (!check.ok) {
          throw adoptionRefused(check, boardCase.id, meeting.id, {
            tally,
            missingDisciplines: quorum.missingDisciplines,
            meetingState: meeting.status,
            caseState: boardCase.status,
          });
        }

        const chair = await em.findOneByOrFail(Specialist, { id: meeting.chairSpecialistId });
        const snapshot: RecommendationSnapshot = {
          votes: votes.map((v) => {
            const s = v.specialist as Specialist;
            return {
              id: s.id,
              fullName: s.fullName,
              discipline: s.discipline,
              vote: v.vote,
              comment: v.comment,
              castAt: v.castAt.toISOString(),
              present: presentIds.has(v.specialistId),
            };
          }),
          attendance: attendance.map((a) => ({
            id: a.specialistId,
            fullName: a.fullName,
            discipline: a.discipline,
            present: a.present,
            role: a.role,
          })),
          quorum: { ...quorum, requiredDisciplines: [...meeting.requiredDisciplines] },
          tally,
          chair: { id: chair.id, fullName: chair.fullName, discipline: chair.discipline },
          adoptedBy: { id: actor.id, displayName: actor.displayName, role: actor.role },
        };
        const recommendation = await em.save(
          em.create(Recommendation, {
            caseId: boardCase.id,
            proposalId,
            meetingId: meeting.id,
            adoptedById: actor.id,
            chairSpecialistId: chair.id,
            patientPreferencesDiscussed: dto.patientPreferencesDiscussed,
            snapshot,
            ruleSetVersion: proposal.ruleSetVersion,
          }),
        );
        await writeSupportiveCare(em, recommendation.id, actor.id, dto.supportiveCare ?? []);
        await em.update(Proposal, { id: proposalId }, { status: 'adopted' });
        await this.cases.applyTransition(em, ctx, boardCase.id, 'decide', { actor: 'system' });
        await this.audit.record(
          ctx,
          {
            action: 'recommendation.adopt',
            entityType: 'recommendation',
            entityId: recommendation.id,
            // Tally, quorum and attendance are in the recommendation's snapshot, for clinical readers.
            details: {
              caseId: boardCase.id,
              proposalId,
              meetingId: meeting.id,
              ruleSetVersion: proposal.ruleSetVersion,
              fields: givenFields({
                patientPreferencesDiscussed: dto.patientPreferencesDiscussed,
                supportiveCare: dto.supportiveCare,
              }),
            },
          },
          em,
        );
        await publishMeetingEvent(em, meeting.id, 'plan_adopted', { caseId: boardCase.id, proposalId });
        return boardCase.id;
      });
    } catch (error) {
      if (
        caseId !== '' &&
        (isUniqueViolation(error, 'recommendation_case_key') ||
          isUniqueViolation(error, 'recommendation_proposal_key') ||
          isUniqueViolation(error, 'proposal_case_adopted_key'))
      ) {
        throw alreadyAdopted(caseId);
      }
      throw error;
    }
  }
}
