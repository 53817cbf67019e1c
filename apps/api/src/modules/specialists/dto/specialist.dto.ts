import { ApiProperty } from '@nestjs/swagger';

import { type Discipline, DISCIPLINES } from '@consilium/domain';

import type { Specialist } from '../specialist.entity';
import type { SpecialistWithUser } from '../specialists.service';

// Who a specialist is, wherever another resource names one (a chair, a voter, a presenter).
export class SpecialistSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: DISCIPLINES }) discipline!: Discipline;
}

export class SpecialistDto extends SpecialistSummaryDto {
  @ApiProperty() institution!: string;
  @ApiProperty({ type: [String] }) subSpecialties!: string[];
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The user account of this specialist; null for a specialist without one (a visiting expert)',
  })
  userId!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export function toSpecialistSummaryDto(specialist: Specialist): SpecialistSummaryDto {
  return { id: specialist.id, fullName: specialist.fullName, discipline: specialist.discipline };
}

export function toSpecialistDto({ specialist, userId }: SpecialistWithUser): SpecialistDto {
  return {
    ...toSpecialistSummaryDto(specialist),
    institution: specialist.institution,
    subSpecialties: specialist.subSpecialties,
    userId,
    createdAt: specialist.createdAt,
    updatedAt: specialist.updatedAt,
  };
}
