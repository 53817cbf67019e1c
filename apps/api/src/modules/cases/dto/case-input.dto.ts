import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { CaseFactsInputDto } from './case-facts.dto';

export class CreateCaseDto extends CaseFactsInputDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  patientId!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "Who presents the case; by default the creating clinician's own specialist profile",
  })
  @IsOptional()
  @IsUUID()
  presentingSpecialistId?: string | null;
}

// The patient of a case does not change; every fact and the presenting specialist may.
export class UpdateCaseDto extends CaseFactsInputDto {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  presentingSpecialistId?: string | null;
}

export class CaseActionReasonDto {
  @ApiProperty({ example: 'Please add the MSI status from pathology', maxLength: 2000 })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: 'reason must not be empty' })
  @MaxLength(2000)
  reason!: string;
}
