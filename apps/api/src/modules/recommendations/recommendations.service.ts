import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { validateFollowUp } from '@consilium/domain';
import { AuditService } from '@api/audit/audit.service';
import { givenFields } from '@api/audit/diff';
import { isUniqueViolation } from '@api/common/errors';
import { actorOf, type RequestContext } from '@api/common/request-context';

import { CasesService } from '../cases/cases.service';
import { lockCase } from '../meetings/meeting.queries';
import { SettingsService } from '../settings/settings.service';
import type { RecordFollowUpDto } from './dto/recommendation-input.dto';
import { FollowUp } from './follow-up.entity';
import { Recommendation } from './recommendation.entity';
import {
  caseNotDecided,
  followUpRecorded,
  followUpRefused,
  noRecommendation,
} from './recommendations.errors';

/**
 * A case's recommendation loaded with its proposal (and proposer), its case (and patient), its meeting
 * and who adopted it; the follow-up once recorded; the institution's time zone for local times.
 */
export interface RecommendationRecord {
  recommendation: Recommendation;
  followUp: FollowUp | null;
  timeZone: string;
}

@Injectable()
export class RecommendationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly settings: SettingsService,
  ) {}

  /** The adopted plan of a case as the board adopted it (votes and attendance from the snapshot). */
  async forCase(caseId: string): Promise<RecommendationRecord> {
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
    return { recommendation, followUp, timeZone: settings.timeZone };
  }

  /** The coordinator records whether the recommendation was carried out; the case is closed. */
  async recordFollowUp(ctx: RequestContext, caseId: string, dto: RecordFollowUpDto): Promise<FollowUp> {
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
        if (!check.ok) throw followUpRefused(check.code, check.message);
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
    return saved;
  }
}
