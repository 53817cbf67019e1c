import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';

import { AuditRead } from '@api/audit/audit-read';
import { AuditEntity } from '@api/audit/failed-attempts';
import { Authenticated } from '@api/auth/decorators';
import { Permission } from '@api/auth/permissions';
import { mapPage, type Page, PageOf, PageQueryDto } from '@api/common/pagination';
import { Ctx, type RequestContext } from '@api/common/request-context';
import { PatientSummaryDto } from '@api/modules/patients/dto/patient.dto';

import { type AwaitingSignature, LetterService } from './letter.service';

class AwaitingSignatureMeetingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() startsAt!: Date;
}

export class AwaitingSignatureDto {
  @ApiProperty({ format: 'uuid', description: 'The recommendation (the case id is `caseId`)' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() adoptedAt!: Date;
  @ApiProperty({ type: AwaitingSignatureMeetingDto }) meeting!: AwaitingSignatureMeetingDto;
  @ApiProperty({ type: PatientSummaryDto }) patient!: PatientSummaryDto;
  @ApiProperty({ description: 'The case names the physician the letter is for (needed to sign)' })
  hasAddressee!: boolean;
  @ApiProperty({ description: 'Supportive-care services recorded, of 4 (all are needed to sign)' })
  supportiveCareRecorded!: number;
}

const AwaitingSignaturePageDto = PageOf(AwaitingSignatureDto);

@ApiTags('plans')
@Controller('recommendations')
@AuditEntity('recommendation')
export class LettersController {
  constructor(private readonly letters: LetterService) {}

  @Get('awaiting-signature')
  @Authenticated({ permission: Permission.LettersSign })
  @AuditRead('recommendation')
  @ApiOperation({
    summary: "The decisions the caller chaired whose letter is not signed yet, oldest first",
  })
  @ApiOkResponse({ type: AwaitingSignaturePageDto })
  async awaiting(@Ctx() ctx: RequestContext, @Query() query: PageQueryDto): Promise<Page<AwaitingSignatureDto>> {
    const page = await this.letters.awaitingSignature(ctx, query);
    return mapPage(page, (item: AwaitingSignature) => ({
      id: item.recommendationId,
      caseId: item.caseId,
      adoptedAt: item.adoptedAt,
      meeting: item.meeting,
      patient: item.patient,
      hasAddressee: item.hasAddressee,
      supportiveCareRecorded: item.supportiveCareRecorded,
    }));
  }
}
