import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import {
  type LetterLanguage,
  maySign,
  missingSupportiveCare,
  type SigningFacts,
  type SupportiveCareEntry,
} from '@consilium/domain';
import { AuditService } from '@api/audit/audit.service';
import type { AuthenticatedUser } from '@api/auth/authenticated-user';
import { isUniqueViolation } from '@api/common/errors';
import { decodeCursor, type Page, type PageQueryDto, pageSize, toPage } from '@api/common/pagination';
import { actorOf, type RequestContext } from '@api/common/request-context';
import { InjectConfig, type RuntimeConfig } from '@api/config/config.module';

import { lockCase } from '../meetings/meeting.queries';
import { toPatientSummaryDto } from '../patients/dto/patient.dto';
import type { PatientSex } from '../patients/patient.entity';
import { toStepDtos } from '../proposals/dto/proposal.dto';
import { type RecommendationDto, toRecommendationDto } from './dto/recommendation.dto';
import {
  ADDENDUM_FORMAT,
  type AddendumContent,
  buildLetterContent,
  contentHash,
  isLetterContent,
  type LetterAddendumView,
  type LetterContent,
  type LetterRenderInput,
  type LetterSignatureView,
} from './letter/letter-content';
import { writeSupportiveCare } from './recommendation.queries';
import {
  addresseeRequired,
  alreadySigned,
  letterChanged,
  mayNotSign,
  notSigned,
  supportiveCareIncomplete,
  supportiveCareNotAllowed,
} from './recommendations.errors';
import { type RecommendationRecord, RecommendationsService } from './recommendations.service';
import { RecommendationSignature } from './signature.entity';

/** A decision the caller chairs whose letter is not signed yet. */
export interface AwaitingSignature {
  recommendationId: string;
  caseId: string;
  adoptedAt: Date;
  meeting: { id: string; title: string; startsAt: Date };
  patient: { id: string; mrn: string; fullName: string; birthDate: string; sex: PatientSex };
  hasAddressee: boolean;
  supportiveCareRecorded: number;
}

/**
 * The board's letter (docs/adr/0015-signed-letter.md): its content, the chair's signature, addenda and
 * the supportive care recorded before signing.
 */
@Injectable()
export class LetterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly recommendations: RecommendationsService,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  /** What the letter says now: the signed content once signed, else the draft from the live records. */
  contentOf(record: RecommendationRecord): LetterContent {
    const original = originalOf(record);
    if (original && isLetterContent(original.content)) return original.content;
    return this.draftOf(record);
  }

  /** The letter as it would be signed now. */
  draftOf(record: RecommendationRecord): LetterContent {
    const { recommendation, supportiveCare, timeZone } = record;
    const { proposal, boardCase, meeting } = recommendation;
    const patient = boardCase?.patient;
    if (!proposal?.proposerSpecialist || !boardCase || !patient || !meeting) {
      throw new Error('draftOf needs the recommendation loaded with its relations');
    }
    return buildLetterContent({
      institution: this.config.institutionName,
      recommendation,
      boardCase,
      treatingPhysicianSpecialist: boardCase.treatingPhysicianSpecialist ?? null,
      patient: toPatientSummaryDto(patient),
      meeting,
      timeZone,
      proposer: proposal.proposerSpecialist,
      plan: { intent: proposal.intent, steps: toStepDtos(proposal.steps), rationale: proposal.rationale },
      supportiveCare,
    });
  }

  /** Everything the PDF and the printable page are rendered from, in the language asked for. */
  renderInput(record: RecommendationRecord, language: LetterLanguage | undefined, now = new Date()): LetterRenderInput {
    const original = originalOf(record);
    return {
      content: this.contentOf(record),
      signature: original ? signatureView(original) : null,
      addenda: addendaOf(record).map((a) => addendumView(a)),
      language: language ?? record.letterLanguage,
      printedAt: now,
    };
  }

  /** The recommendation as the caller reads it: with the draft's hash and whether they may sign. */
  dto(ctx: RequestContext, record: RecommendationRecord): RecommendationDto {
    const signed = originalOf(record) !== undefined;
    return toRecommendationDto(record, {
      draftContentHash: signed ? null : contentHash(this.draftOf(record)),
      callerMaySign: this.maySign(actorOf(ctx), record),
    });
  }

  /** Whether the caller may sign (or add supportive care to) this case's letter. */
  maySign(actor: AuthenticatedUser, record: RecommendationRecord): boolean {
    return maySign(signingFacts(actor, record)).ok;
  }

  /**
   * The chair (or, where allowed, a present deputy) signs the letter they reviewed: `reviewedHash` is
   * the draft's hash the caller was shown, so a letter that changed in between is not signed blind.
   * Once per recommendation (recommendation_signature_original_key).
   */
  async sign(ctx: RequestContext, caseId: string, reviewedHash: string): Promise<RecommendationSignature> {
    const actor = actorOf(ctx);
    try {
      const id = await this.dataSource.transaction(async (em) => {
        await lockCase(em, caseId, 'pessimistic_write');
        const record = await this.recommendations.forCase(caseId, em);
        const allowed = maySign(signingFacts(actor, record));
        if (!allowed.ok) throw mayNotSign(allowed.code, allowed.message);
        const original = originalOf(record);
        if (original) throw alreadySigned(caseId, original.id);
        const content = this.draftOf(record);
        const hash = contentHash(content);
        if (hash !== reviewedHash) throw letterChanged(reviewedHash, hash);
        if (!content.addressee) throw addresseeRequired();
        const missing = missingSupportiveCare(record.supportiveCare);
        if (missing.length > 0) throw supportiveCareIncomplete(missing);
        return this.insertSignature(em, ctx, record, {
          kind: 'original',
          amendsId: null,
          asDeputy: allowed.asDeputy,
          content,
          hash,
        });
      });
      return await this.signature(id);
    } catch (error) {
      if (isUniqueViolation(error, 'recommendation_signature_original_key')) {
        const record = await this.recommendations.forCase(caseId);
        throw alreadySigned(caseId, originalOf(record)?.id ?? '');
      }
      throw error;
    }
  }

  /** A correction: a new signed document naming the signed letter it amends; never an edit. */
  async addAddendum(ctx: RequestContext, caseId: string, text: string): Promise<RecommendationSignature> {
    const actor = actorOf(ctx);
    const id = await this.dataSource.transaction(async (em) => {
      await lockCase(em, caseId, 'pessimistic_write');
      const record = await this.recommendations.forCase(caseId, em);
      const allowed = maySign(signingFacts(actor, record));
      if (!allowed.ok) throw mayNotSign(allowed.code, allowed.message);
      const original = originalOf(record);
      if (!original || !isLetterContent(original.content)) throw notSigned(caseId);
      const content: AddendumContent = {
        format: ADDENDUM_FORMAT,
        recommendationId: record.recommendation.id,
        caseId,
        patient: original.content.patient,
        amends: { signatureId: original.id, contentHash: original.contentHash },
        text,
      };
      return this.insertSignature(em, ctx, record, {
        kind: 'addendum',
        amendsId: original.id,
        asDeputy: allowed.asDeputy,
        content,
        hash: contentHash(content),
      });
    });
    return this.signature(id);
  }

  /**
   * Records supportive care (the services given; the others keep what they had) until the letter is
   * signed: by a coordinator, or a clinician who may sign the letter.
   */
  async setSupportiveCare(
    ctx: RequestContext,
    caseId: string,
    entries: readonly SupportiveCareEntry[],
  ): Promise<void> {
    const actor = actorOf(ctx);
    await this.dataSource.transaction(async (em) => {
      await lockCase(em, caseId, 'pessimistic_write');
      const record = await this.recommendations.forCase(caseId, em);
      if (actor.role !== 'coordinator' && !this.maySign(actor, record)) throw supportiveCareNotAllowed();
      const original = originalOf(record);
      if (original) throw alreadySigned(caseId, original.id);
      await writeSupportiveCare(em, record.recommendation.id, actor.id, entries);
      await this.audit.record(
        ctx,
        {
          action: 'recommendation.supportive_care',
          entityType: 'recommendation',
          entityId: record.recommendation.id,
          // Which services were recorded; their statuses are clinical.
          details: { caseId, fields: entries.map((e) => e.service) },
        },
        em,
      );
    });
  }

  /**
   * The decisions the caller chaired whose letter is not signed yet, oldest first (the ones that have
   * waited longest), keyset-paginated on recommendation_chair_specialist_id_idx.
   */
  async awaitingSignature(ctx: RequestContext, query: PageQueryDto): Promise<Page<AwaitingSignature>> {
    const actor = actorOf(ctx);
    const limit = pageSize(query);
    const after = decodeCursor(query.cursor);
    if (!actor.specialistId) return { items: [], nextCursor: null };
    const rows: {
      recommendation_id: string;
      case_id: string;
      adopted_at: Date;
      meeting_id: string;
      meeting_title: string;
      meeting_starts_at: Date;
      patient_id: string;
      mrn: string;
      full_name: string;
      birth_date: string;
      sex: PatientSex;
      has_addressee: boolean;
      supportive_care_recorded: number;
    }[] = await this.dataSource.query(
      `SELECT r.id AS recommendation_id, r.case_id, r.adopted_at,
              m.id AS meeting_id, m.title AS meeting_title, m.starts_at AS meeting_starts_at,
              p.id AS patient_id, p.mrn, p.full_name, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date, p.sex,
              (c.treating_physician_specialist_id IS NOT NULL OR c.treating_physician_name IS NOT NULL)
                AS has_addressee,
              (SELECT count(*)::int FROM supportive_care sc WHERE sc.recommendation_id = r.id)
                AS supportive_care_recorded
         FROM recommendation r
         JOIN meeting m ON m.id = r.meeting_id
         JOIN board_case c ON c.id = r.case_id
         JOIN patient p ON p.id = c.patient_id
        WHERE r.chair_specialist_id = $1
          AND NOT EXISTS (SELECT 1 FROM recommendation_signature s
                           WHERE s.recommendation_id = r.id AND s.kind = 'original')
          AND ($2::timestamptz IS NULL OR (r.adopted_at, r.id) > ($2::timestamptz, $3::uuid))
        ORDER BY r.adopted_at, r.id
        LIMIT $4`,
      [actor.specialistId, after?.v ?? null, after?.id ?? null, limit + 1],
    );
    const items = rows.map((row) => ({
      recommendationId: row.recommendation_id,
      caseId: row.case_id,
      adoptedAt: row.adopted_at,
      meeting: { id: row.meeting_id, title: row.meeting_title, startsAt: row.meeting_starts_at },
      patient: {
        id: row.patient_id,
        mrn: row.mrn,
        fullName: row.full_name,
        birthDate: row.birth_date,
        sex: row.sex,
      },
      hasAddressee: row.has_addressee,
      supportiveCareRecorded: row.supportive_care_recorded,
    }));
    return toPage(items, limit, (item) => ({ v: item.adoptedAt.toISOString(), id: item.recommendationId }));
  }

  private async insertSignature(
    em: EntityManager,
    ctx: RequestContext,
    record: RecommendationRecord,
    s: {
      kind: 'original' | 'addendum';
      amendsId: string | null;
      asDeputy: boolean;
      content: LetterContent | AddendumContent;
      hash: string;
    },
  ): Promise<string> {
    const actor = actorOf(ctx);
    // maySign passed, so the caller has a specialist profile.
    const signerSpecialistId = actor.specialistId as string;
    const [{ id }]: { id: string }[] = await em.query(
      `INSERT INTO recommendation_signature
         (recommendation_id, kind, amends_id, signer_user_id, signer_specialist_id, as_deputy, content, content_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       RETURNING id`,
      [
        record.recommendation.id,
        s.kind,
        s.amendsId,
        actor.id,
        signerSpecialistId,
        s.asDeputy,
        JSON.stringify(s.content),
        s.hash,
      ],
    );
    await this.audit.record(
      ctx,
      {
        action: s.kind === 'original' ? 'recommendation.sign' : 'recommendation.addendum',
        entityType: 'recommendation',
        entityId: record.recommendation.id,
        details: {
          caseId: record.recommendation.caseId,
          signatureId: id,
          amendsId: s.amendsId,
          signerSpecialistId,
          ...(s.kind === 'addendum' ? { fields: ['text'] } : {}),
        },
      },
      em,
    );
    return id;
  }

  private async signature(id: string): Promise<RecommendationSignature> {
    return this.dataSource.manager.findOneOrFail(RecommendationSignature, {
      where: { id },
      relations: { signer: true },
    });
  }
}

function originalOf(record: RecommendationRecord): RecommendationSignature | undefined {
  return record.signatures.find((s) => s.kind === 'original');
}

function addendaOf(record: RecommendationRecord): RecommendationSignature[] {
  return record.signatures.filter((s) => s.kind === 'addendum');
}

function signingFacts(actor: AuthenticatedUser, record: RecommendationRecord): SigningFacts {
  const { snapshot, chairSpecialistId } = record.recommendation;
  return {
    role: actor.role,
    callerSpecialistId: actor.specialistId,
    chairSpecialistId,
    presentSpecialistIds: snapshot.attendance.filter((a) => a.present).map((a) => a.id),
    deputySigning: record.deputySigning,
  };
}

function signatureView(signature: RecommendationSignature): LetterSignatureView {
  const signer = signature.signer;
  if (!signer) throw new Error('signatureView needs the signature loaded with its signer');
  return {
    id: signature.id,
    signer: { id: signer.id, fullName: signer.fullName, discipline: signer.discipline },
    asDeputy: signature.asDeputy,
    signedAt: signature.signedAt.toISOString(),
    contentHash: signature.contentHash,
  };
}

function addendumView(signature: RecommendationSignature): LetterAddendumView {
  const content = signature.content;
  if (isLetterContent(content)) throw new Error(`signature ${signature.id} is not an addendum`);
  return { ...signatureView(signature), text: content.text, amends: content.amends };
}
