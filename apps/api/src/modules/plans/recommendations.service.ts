import { formatInTimeZone, validateFollowUp } from '@consilium/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { givenFields } from '../../audit/diff';
import { isUniqueViolation, unprocessable } from '../../common/errors';
import { actorOf, type RequestContext } from '../../common/request-context';
import { InjectConfig, type RuntimeConfig } from '../../config/config.module';
import { CasesService } from '../cases/cases.service';
import { SettingsService } from '../settings/settings.service';
import { lockCase } from './board.queries';
import { toSpecialistDto, toStepDtos } from './dto/proposal.dto';
import {
  ADVISORY_STATEMENT,
  type FollowUpDto,
  type RecommendationDto,
  type RecordFollowUpDto,
} from './dto/recommendation.dto';
import { FollowUp } from './follow-up.entity';
import { caseNotDecided, followUpRecorded, noRecommendation } from './plans.errors';
import { Recommendation } from './recommendation.entity';
import { renderRecommendationHtml } from './recommendation-html';

function toFollowUpDto(followUp: FollowUp): FollowUpDto {
  const recordedBy = followUp.recordedBy;
  if (!recordedBy) throw new Error('toFollowUpDto needs the follow-up loaded with its recorder');
  return {
    id: followUp.id,
    caseId: followUp.caseId,
    recommendationId: followUp.recommendationId,
    status: followUp.status,
    reason: followUp.reason,
    note: followUp.note,
    recordedBy: { id: recordedBy.id, displayName: recordedBy.displayName },
    recordedAt: followUp.recordedAt,
  };
}

@Injectable()
export class RecommendationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly settings: SettingsService,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  /** The adopted plan of a case as the board adopted it (votes and attendance from the snapshot). */
  async forCase(caseId: string): Promise<RecommendationDto> {
    const em = this.dataSource.manager;
    const [recommendation, followUp, settings] = await Promise.all([
      em.findOne(Recommendation, {
        where: { caseId },
        relations: {
          proposal: { proposerSpecialist: true },
          boardCase: { patient: true },
          meeting: true,
          adoptedBy: true,
        },
      }),
      em.findOne(FollowUp, { where: { caseId }, relations: { recordedBy: true } }),
      this.settings.get(),
    ]);
    if (!recommendation) {
      await this.cases.get(caseId); // 404 for the case itself when it does not exist
      throw noRecommendation(caseId);
    }
    const { proposal, boardCase, meeting, adoptedBy, snapshot } = recommendation;
    const patient = boardCase?.patient;
    if (!proposal?.proposerSpecialist || !boardCase || !patient || !meeting || !adoptedBy) {
      throw new Error('recommendation loaded without its relations');
    }
    const timeZone = settings.timeZone;
    const steps = toStepDtos(proposal.steps);
    return {
      id: recommendation.id,
      caseId,
      case: {
        id: boardCase.id,
        status: boardCase.status,
        primarySite: boardCase.primarySite,
        histology: boardCase.histology,
        questionForBoard: boardCase.questionForBoard,
      },
      patient: {
        id: patient.id,
        mrn: patient.mrn,
        fullName: patient.fullName,
        birthDate: patient.birthDate,
        sex: patient.sex,
      },
      meeting: {
        id: meeting.id,
        title: meeting.title,
        boardType: meeting.boardType,
        status: meeting.status,
        startsAt: meeting.startsAt,
        localStartsAt: formatInTimeZone(meeting.startsAt, timeZone),
      },
      proposalId: proposal.id,
      intent: proposal.intent,
      steps,
      rationale: proposal.rationale,
      proposer: toSpecialistDto(proposal.proposerSpecialist),
      overrides: steps
        .filter((s) => s.overridden)
        .map((s) => ({
          position: s.position,
          modality: s.modality,
          agent: s.agent,
          justification: s.overrideJustification ?? '',
          contraindications: s.contraindications,
        })),
      votes: snapshot.votes,
      dissent: snapshot.votes.filter((v) => v.vote === 'reject'),
      tally: snapshot.tally,
      attendance: snapshot.attendance,
      quorum: {
        quorate: snapshot.quorum.quorate,
        requiredDisciplines: snapshot.quorum.requiredDisciplines,
        presentDisciplines: snapshot.quorum.presentDisciplines,
        missingDisciplines: snapshot.quorum.missingDisciplines,
      },
      chair: snapshot.chair,
      adoptedBy: { id: adoptedBy.id, displayName: adoptedBy.displayName },
      adoptedAt: recommendation.adoptedAt,
      localAdoptedAt: formatInTimeZone(recommendation.adoptedAt, timeZone),
      timeZone,
      patientPreferencesDiscussed: recommendation.patientPreferencesDiscussed,
      ruleSetVersion: recommendation.ruleSetVersion,
      advisory: ADVISORY_STATEMENT,
      followUp: followUp ? toFollowUpDto(followUp) : null,
    };
  }

  async html(caseId: string): Promise<string> {
    return renderRecommendationHtml(await this.forCase(caseId), this.config.institutionName);
  }

  /** The coordinator records whether the recommendation was carried out; the case is closed. */
  async recordFollowUp(ctx: RequestContext, caseId: string, dto: RecordFollowUpDto): Promise<FollowUpDto> {
    const actor = actorOf(ctx);
    let id: string;
    try {
      id = await this.dataSource.transaction(async (em) => {
        const boardCase = await lockCase(em, caseId, 'pessimistic_write');
        if (boardCase.status === 'closed' && (await em.exists(FollowUp, { where: { caseId } }))) {
          throw followUpRecorded(caseId);
        }
        if (boardCase.status !== 'decided') throw caseNotDecided(boardCase.status);
        const check = validateFollowUp(dto.status, dto.reason ?? null);
        if (!check.ok) throw unprocessable(check.code, check.message, { field: 'reason' });
        const recommendation = await em.findOne(Recommendation, { where: { caseId } });
        // A decided case always has its recommendation (both are written in one transaction).
        if (!recommendation) throw noRecommendation(caseId);
        const followUp = await em.save(
          em.create(FollowUp, {
            caseId,
            recommendationId: recommendation.id,
            status: dto.status,
            reason: dto.reason ?? null,
            note: dto.note ?? null,
            recordedById: actor.id,
          }),
        );
        await this.cases.applyTransition(em, ctx, caseId, 'close', { actor: 'coordinator' });
        await this.audit.record(
          ctx,
          {
            action: 'follow_up.record',
            entityType: 'follow_up',
            entityId: followUp.id,
            // Whether and why a plan was carried out is clinical: names only.
            details: {
              caseId,
              recommendationId: recommendation.id,
              fields: givenFields({ status: dto.status, reason: dto.reason, note: dto.note }),
            },
          },
          em,
        );
        return followUp.id;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'follow_up_case_key')) throw followUpRecorded(caseId);
      throw error;
    }
    const saved = await this.dataSource.manager.findOne(FollowUp, {
      where: { id },
      relations: { recordedBy: true },
    });
    if (!saved) throw new Error(`follow-up ${id} vanished`);
    return toFollowUpDto(saved);
  }
}
