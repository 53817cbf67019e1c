import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { AuditRead } from '@api/audit/audit-read';
import { AuditEntity } from '@api/audit/failed-attempts';
import { Authenticated } from '@api/auth/decorators';
import { Permission } from '@api/auth/permissions';
import { ErrorResponseDto } from '@api/common/error-response.dto';
import { mapPage, Page, PageOf } from '@api/common/pagination';
import { Ctx, type RequestContext } from '@api/common/request-context';
import { UuidParam } from '@api/common/uuid-param';

import { PatientDetailDto, PatientDto, toPatientDetailDto, toPatientDto } from './dto/patient.dto';
import { CreatePatientDto, PatientQueryDto, UpdatePatientDto } from './dto/patient-input.dto';
import { PatientsService } from './patients.service';

@ApiTags('patients')
@Controller('patients')
@AuditEntity('patient')
@ApiBadRequestResponse({ type: ErrorResponseDto })
export class PatientsController {
  constructor(private readonly patients: PatientsService) {}

  @Post()
  @HttpCode(201)
  @Authenticated({ permission: Permission.PatientsWrite })
  @ApiOperation({ summary: 'Register a patient (clinician or coordinator)' })
  @ApiCreatedResponse({ type: PatientDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'MRN_TAKEN' })
  async create(@Ctx() ctx: RequestContext, @Body() dto: CreatePatientDto): Promise<PatientDto> {
    return toPatientDto(await this.patients.create(ctx, dto));
  }

  @Patch(':id')
  @Authenticated({ permission: Permission.PatientsWrite })
  @ApiOperation({ summary: "Correct a patient's MRN, name, birth date or sex (clinician or coordinator)" })
  @ApiOkResponse({ type: PatientDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'MRN_TAKEN' })
  async update(
    @Ctx() ctx: RequestContext,
    @UuidParam('id') id: string,
    @Body() dto: UpdatePatientDto,
  ): Promise<PatientDto> {
    return toPatientDto(await this.patients.update(ctx, id, dto));
  }

  @Get()
  @Authenticated({ permission: Permission.ClinicalRead })
  @AuditRead('patient')
  @ApiOperation({ summary: 'Search patients by MRN prefix or part of the name, alphabetical' })
  @ApiOkResponse({ type: PageOf(PatientDto) })
  async list(@Query() query: PatientQueryDto): Promise<Page<PatientDto>> {
    return mapPage(await this.patients.list(query), toPatientDto);
  }

  @Get(':id')
  @Authenticated({ permission: Permission.ClinicalRead })
  @AuditRead('patient')
  @ApiOperation({ summary: "One patient with a summary of the patient's cases" })
  @ApiOkResponse({ type: PatientDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async get(@UuidParam('id') id: string): Promise<PatientDetailDto> {
    return toPatientDetailDto(await this.patients.get(id));
  }
}
