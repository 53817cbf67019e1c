import type { Bundle } from '@medplum/fhirtypes';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';

import { type Discipline } from '@consilium/domain';
import {
  caseBundle,
  type CaseExportInput,
  FhirInputError,
  matchRegisteredPatient,
  readCaseBundle,
  recommendationBundle,
} from '@consilium/fhir';
import { AuditService } from '@api/audit/audit.service';
import type { RequestContext } from '@api/common/request-context';
import { flattenValidationErrors } from '@api/common/validation';
import { caseFactsOf } from '@api/modules/cases/case-facts.mapping';
import { CasesService } from '@api/modules/cases/cases.service';
import { CreateCaseDto } from '@api/modules/cases/dto/case-input.dto';
import { CreatePatientDto } from '@api/modules/patients/dto/patient-input.dto';
import { PatientsService } from '@api/modules/patients/patients.service';
import { ADVISORY_STATEMENT } from '@api/modules/recommendations/dto/recommendation.dto';
import { LetterService } from '@api/modules/recommendations/letter.service';
import { LETTER_TEXT } from '@api/modules/recommendations/letter/letter-text';
import { RecommendationsService } from '@api/modules/recommendations/recommendations.service';
import { SettingsService } from '@api/modules/settings/settings.service';

import type { BoardCase } from '../cases/board-case.entity';
import type { Patient } from '../patients/patient.entity';
import type { UnmappedElementDto } from './dto/fhir-import.dto';
import { fhirInvalid, importedFactsRefused, mrnSystemMismatch, patientMismatch } from './fhir.errors';

// Stands in for the patient's id while the facts are validated, before the patient is known.
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

const problemsOf = async (dto: object) =>
  flattenValidationErrors(
    await validate(dto, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: false } }),
  );

export interface FhirImportOutcome {
  boardCase: BoardCase;
  patient: { id: string; created: boolean; differences: ('fullName' | 'sex')[] };
  unmapped: UnmappedElementDto[];
}

/** FHIR R4 exchange with the hospital's record (docs/adr/0018): the mapping is libs/fhir's. */
@Injectable()
export class FhirService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly patients: PatientsService,
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
    private readonly recommendations: RecommendationsService,
    private readonly letters: LetterService,
  ) {}

  /** The case as a Bundle of mCODE-aligned resources. */
  async exportCase(caseId: string): Promise<Bundle> {
    return caseBundle(await this.caseInput(caseId));
  }

  /**
   * The adopted plan as a CarePlan, its votes as a Provenance and, once signed, the letter as a
   * DocumentReference to its PDF at `baseUrl`; from the letter's own content (docs/adr/0015), so
   * the chart gets exactly what the board's letter says.
   */
  async exportRecommendation(caseId: string, baseUrl: string): Promise<Bundle> {
    const record = await this.recommendations.forCase(caseId);
    const { content, signature } = this.letters.renderInput(record, 'en');
    const person = (p: { id: string; fullName: string; discipline: Discipline }) => ({
      id: p.id,
      fullName: p.fullName,
      // The letter's English names: the chart's copy is in English.
      discipline: LETTER_TEXT.en.discipline[p.discipline],
    });
    return recommendationBundle(await this.caseInput(caseId), {
      id: content.recommendationId,
      adoptedAt: content.adoptedAt,
      intent: content.plan.intent,
      rationale: content.plan.rationale,
      advisory: ADVISORY_STATEMENT,
      steps: content.plan.steps.map((step) => ({
        position: step.position,
        modality: step.modality,
        agent: step.agent,
        verdict: step.verdict,
        overrideJustification: step.overrideJustification,
        targetLesions: step.targetLesions,
      })),
      chair: person(content.board.chair),
      votes: content.votes.map((v) => ({ voter: person(v), vote: v.vote, comment: v.comment, castAt: v.castAt })),
      followUp: record.followUp?.status ?? null,
      letter: signature && {
        signedAt: signature.signedAt,
        signer: person(signature.signer),
        contentHash: signature.contentHash,
        url: `${baseUrl}/api/cases/${caseId}/recommendation.pdf`,
      },
    });
  }

  private async caseInput(caseId: string): Promise<CaseExportInput> {
    const [boardCase, settings] = await Promise.all([this.cases.get(caseId), this.settings.get()]);
    const patient = boardCase.patient as Patient;
    return {
      mrnSystem: settings.mrnSystem,
      patient: {
        id: patient.id,
        mrn: patient.mrn,
        fullName: patient.fullName,
        birthDate: patient.birthDate,
        sex: patient.sex,
      },
      boardCase: { id: boardCase.id, createdAt: boardCase.createdAt.toISOString(), facts: caseFactsOf(boardCase) },
    };
  }

  /**
   * A draft case from the record's bundle, with the patient matched by MRN (system and value) or
   * registered: one transaction, audited; nothing is created when anything fails.
   */
  async importCase(ctx: RequestContext, bundle: unknown): Promise<FhirImportOutcome> {
    const { mrnSystem } = await this.settings.get();
    let read;
    try {
      read = readCaseBundle(bundle, { mrnSystem });
    } catch (error) {
      if (error instanceof FhirInputError) throw fhirInvalid(error);
      throw error;
    }
    const { identifier, ...registration } = read.patient;
    if (identifier.system !== mrnSystem) throw mrnSystemMismatch(identifier.system, mrnSystem);

    // The patient's and the case's own rules, exactly as for what is typed in (the mapping already
    // left out what it could not read; this refuses what a registration or a case cannot hold).
    const patientDto = plainToInstance(CreatePatientDto, { mrn: identifier.value, ...registration });
    const dto = plainToInstance(CreateCaseDto, { patientId: PLACEHOLDER_ID, ...read.facts });
    const problems = [
      ...(await problemsOf(patientDto)).map((p) => ({ ...p, field: `patient.${p.field}` })),
      ...(await problemsOf(dto)),
    ];
    if (problems.length > 0) throw importedFactsRefused(problems);

    const outcome = await this.dataSource.transaction(async (em) => {
      // Registered by this import, or matched by MRN (also when another request registered it meanwhile).
      const createdId = (await this.patients.findByMrn(em, identifier.value))
        ? null
        : await this.patients.createIn(em, ctx, patientDto);
      const patient = createdId
        ? { id: createdId, differences: [] }
        : await this.matchRegistered(em, identifier.value, registration);
      const created = createdId !== null;
      dto.patientId = patient.id;
      const caseId = await this.cases.createIn(em, ctx, dto);
      // Counts and ids, never values: the entry points at the case and the patient.
      await this.audit.record(
        ctx,
        {
          action: 'fhir.import',
          entityType: 'board_case',
          entityId: caseId,
          details: {
            patientId: patient.id,
            patientCreated: created,
            fields: Object.keys(read.facts),
            unmappedCount: read.unmapped.length,
          },
        },
        em,
      );
      return { caseId, patient: { id: patient.id, created, differences: patient.differences } };
    });
    return {
      boardCase: await this.cases.get(outcome.caseId),
      patient: outcome.patient,
      unmapped: read.unmapped,
    };
  }

  /** The registered patient with this MRN, if the bundle's may be taken as them (libs/fhir). */
  private async matchRegistered(
    em: EntityManager,
    mrn: string,
    incoming: Parameters<typeof matchRegisteredPatient>[1],
  ): Promise<{ id: string; differences: ('fullName' | 'sex')[] }> {
    const registered = await this.patients.findByMrn(em, mrn);
    if (!registered) throw new Error('a patient registered under this MRN vanished during the import');
    const match = matchRegisteredPatient(registered, incoming);
    if (!match.ok) throw patientMismatch(registered.id);
    return { id: registered.id, differences: match.differences };
  }
}
