import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { type LetterLanguage, validateFollowUp } from '@consilium/domain';
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
import { RecommendationSignature } from './signature.entity';
import { SupportiveCare } from './supportive-care.entity';

/**
 * A case's recommendation loaded with its proposal (and proposer), its case (with patient and treating
 * physician), its meeting and who adopted it; its supportive care; its signatures (the original
 * first, then the addenda, each with its signer); the follow-up once recorded; and the institution's
 * time zone, letter language and deputy rule.
 */
export interface RecommendationRecord {
  recommendation: Recommendation;
  supportiveCare: SupportiveCare[];
  signatures: RecommendationSignature[];
  followUp: FollowUp | null;
  timeZone: string;
  letterLanguage: LetterLanguage;
  deputySigning: boolean;
}

/**
 * Runs the reads side by side on the pool, and one after another on a transaction's single
 * connection (a client runs one query at a time).
 */
async function readAll<T extends unknown[]>(
  inTransaction: boolean,
  reads: [...{ [K in keyof T]: () => Promise<T[K]> }],
): Promise<T> {
  if (!inTransaction) return (await Promise.all(reads.map((read) => read()))) as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as T;
}

@Injectable()
export class RecommendationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly settings: SettingsService,
  ) {}

  /**
   * The adopted plan of a case as the board adopted it (votes and attendance from the snapshot).
   * With `manager` (a transaction that has locked the case), read inside it.
   */
  async forCase(caseId: string, manager?: EntityManager): Promise<RecommendationRecord> {
    const em = manager ?? this.dataSource.manager;
    const [recommendation, followUp, settings] = await readAll(manager !== undefined, [
      () =>
        em.findOne(Recommendation, {
          where: { caseId },
          relations: {
            proposal: { proposerSpecialist: true },
            boardCase: { patient: true, treatingPhysicianSpecialist: true },
            meeting: true,
            adoptedBy: true,
          },
        }),
      () => em.findOne(FollowUp, { where: { caseId }, relations: { recordedBy: true } }),
      () => this.settings.get(em),
    ]);
    if (!recommendation) {
      await this.cases.get(caseId, em); // 404 for the case itself when it does not exist
      throw noRecommendation(caseId);
    }
    const [supportiveCare, signatures] = await readAll(manager !== undefined, [
      () => em.find(SupportiveCare, { where: { recommendationId: recommendation.id } }),
      () =>
        em.find(RecommendationSignature, {
          where: { recommendationId: recommendation.id },
          relations: { signer: true },
          // The original sorts first ('addendum' < 'original' would not): by time, and it is signed first.
          order: { signedAt: 'ASC', id: 'ASC' },
        }),
    ]);
    return {
      recommendation,
      supportiveCare,
      signatures,
      followUp,
      timeZone: settings.timeZone,
      letterLanguage: settings.letterLanguage,
      deputySigning: settings.deputySigning,
    };
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
