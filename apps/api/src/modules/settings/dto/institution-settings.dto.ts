import { ApiProperty } from '@nestjs/swagger';

import { type Discipline, DISCIPLINES } from '@consilium/domain';

import type { InstitutionSettings } from '../institution-settings.entity';

export class InstitutionSettingsDto {
  @ApiProperty({ example: 42 }) imagingWindowDays!: number;
  @ApiProperty({ example: 'Europe/Amsterdam' }) timeZone!: string;
  @ApiProperty({ enum: DISCIPLINES, isArray: true }) quorumDisciplines!: Discipline[];
  @ApiProperty() updatedAt!: Date;
}

export function toInstitutionSettingsDto(settings: InstitutionSettings): InstitutionSettingsDto {
  return {
    imagingWindowDays: settings.imagingWindowDays,
    timeZone: settings.timeZone,
    quorumDisciplines: settings.quorumDisciplines,
    updatedAt: settings.updatedAt,
  };
}
