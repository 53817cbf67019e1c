import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { consiliumCodeSystem } from '@consilium/fhir';
import { AuditRead } from '@api/audit/audit-read';
import { AuditEntity } from '@api/audit/failed-attempts';
import { Authenticated } from '@api/auth/decorators';
import { Permission } from '@api/auth/permissions';
import { publicBaseUrl } from '@api/common/base-url';
import { ErrorResponseDto } from '@api/common/error-response.dto';
import { Ctx, type RequestContext } from '@api/common/request-context';
import { UuidParam } from '@api/common/uuid-param';
import { InjectConfig, type RuntimeConfig } from '@api/config/config.module';

import { CasesService } from '../cases/cases.service';
import { toCaseDto } from '../cases/dto/case.dto';
import { FhirImportResultDto } from './dto/fhir-import.dto';
import { FhirService } from './fhir.service';

const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/** A FHIR resource in the OpenAPI document: its own schema is FHIR R4's, not repeated here. */
const fhirContent = (description: string) => ({
  description,
  content: {
    'application/fhir+json': {
      schema: { type: 'object' as const, additionalProperties: true, description },
    },
  },
});

@ApiTags('fhir')
@Controller()
@AuditEntity('board_case')
export class FhirController {
  constructor(
    private readonly fhir: FhirService,
    private readonly cases: CasesService,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  @Get('cases/:id/fhir')
  @Authenticated({ permission: Permission.ClinicalRead })
  @AuditRead('board_case')
  @ApiOperation({
    summary: 'The case as a FHIR R4 Bundle aligned with HL7 mCODE STU4',
    description:
      'A `collection` of the patient (CancerPatient, identified by the institution setting `mrnSystem`), the ' +
      'primary cancer and the liver metastases, each lesion with its size, ECOG, the tumour markers, the liver ' +
      "labs, the other facts with Consilium's own codes, prior treatments, and the board's question as a " +
      'ServiceRequest. Each resource claims in `meta.profile` only a profile it validates against.',
  })
  @ApiOkResponse(fhirContent('FHIR R4 Bundle (type collection)'))
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async exportCase(@UuidParam('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const bundle = await this.fhir.exportCase(id);
    reply.header('content-type', FHIR_JSON).header('cache-control', 'no-store');
    return bundle;
  }

  @Get('cases/:id/recommendation/fhir')
  @Authenticated({ permission: Permission.ClinicalRead })
  @AuditRead('board_case')
  @ApiOperation({
    summary: "The board's recommendation as FHIR R4: CarePlan, Provenance of the votes, the signed letter",
    description:
      "A `collection` with the case's Patient and Conditions (the ids of the case export), a Practitioner per " +
      'person named, the adopted plan as a CarePlan (intent `proposal`; status `active`, then `completed` or ' +
      '`revoked` by the follow-up; one activity per step with its modality, agent, verdict and override ' +
      'justification; the rationale, every dissenting comment and the advisory statement as notes; author the ' +
      "chair), the votes as a Provenance (one agent per voter, Consilium's vote codes) and, once signed, the " +
      'letter as a DocumentReference to its PDF with the SHA-256 of the content signed.',
  })
  @ApiOkResponse(fhirContent('FHIR R4 Bundle (type collection)'))
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'No such case, or no recommendation yet' })
  async exportRecommendation(
    @UuidParam('id') id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const bundle = await this.fhir.exportRecommendation(id, publicBaseUrl(this.config, request));
    reply.header('content-type', FHIR_JSON).header('cache-control', 'no-store');
    return bundle;
  }

  @Get('fhir/CodeSystem/consilium')
  @Authenticated()
  @ApiOperation({
    summary: "Consilium's own CodeSystem: the local codes the exchange writes and reads",
    description:
      'For facts no standard terminology codes (or none that could be verified): extrahepatic disease, future ' +
      'liver remnant, Child-Pugh class, Couinaud segments, modalities, plan intents, verdicts and votes. Its ' +
      '`url` is the canonical URL the exported codings name as their system.',
  })
  @ApiOkResponse(fhirContent('FHIR R4 CodeSystem'))
  codeSystem(@Res({ passthrough: true }) reply: FastifyReply) {
    reply.header('content-type', FHIR_JSON);
    return consiliumCodeSystem();
  }

  @Post('fhir/import')
  @HttpCode(201)
  @Authenticated({ permission: Permission.CasesWrite })
  @ApiOperation({
    summary: "A draft case from the hospital record's FHIR R4 Bundle; audited, all or nothing",
    description:
      'Takes a `transaction` or `collection` Bundle (application/fhir+json or application/json) with one ' +
      'Patient, Conditions, Observations and optionally a ServiceRequest. The patient is matched by the MRN in the ' +
      "institution's `mrnSystem`, or registered. Every fact it can read goes into a new draft case (SI units " +
      'converted); what it cannot read is listed in `unmapped` with the reason, never guessed.',
  })
  @ApiConsumes('application/fhir+json', 'application/json')
  @ApiBody({
    description: 'FHIR R4 Bundle',
    schema: { type: 'object', additionalProperties: true },
  })
  @ApiCreatedResponse({ type: FhirImportResultDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'Malformed FHIR: each element named' })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: 'PATIENT_MISMATCH: the MRN is registered with another birth date',
  })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponseDto,
    description: 'MRN_SYSTEM_MISMATCH, IMPORTED_FACTS_REFUSED',
  })
  async importCase(@Ctx() ctx: RequestContext, @Body() bundle: unknown): Promise<FhirImportResultDto> {
    const outcome = await this.fhir.importCase(ctx, bundle);
    const nextStepOf = await this.cases.nextSteps([outcome.boardCase]);
    return {
      case: toCaseDto(outcome.boardCase, nextStepOf(outcome.boardCase)),
      patient: outcome.patient,
      unmapped: outcome.unmapped,
    };
  }
}
