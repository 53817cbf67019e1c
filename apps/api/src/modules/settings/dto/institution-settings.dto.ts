import { ApiProperty } from '@nestjs/swagger';

import {
  type Discipline,
  DISCIPLINES,
  INSTITUTION_DEFAULTS,
  LETTER_LANGUAGES,
  type LetterLanguage,
} from '@consilium/domain';

import type { InstitutionSettings } from '../institution-settings.entity';

export class InstitutionSettingsValuesDto {
  @ApiProperty({ example: 42 }) imagingWindowDays!: number;
  @ApiProperty({ example: 'Europe/Amsterdam' }) timeZone!: string;
  @ApiProperty({ enum: DISCIPLINES, isArray: true }) quorumDisciplines!: Discipline[];
  @ApiProperty({ example: 60 }) followUpOverdueDays!: number;
  @ApiProperty({ enum: LETTER_LANGUAGES }) letterLanguage!: LetterLanguage;
  @ApiProperty() deputySigning!: boolean;
  @ApiProperty({ example: 'urn:oid:2.16.840.1.113883.19.5' }) mrnSystem!: string;
}

export class InstitutionSettingsDto extends InstitutionSettingsValuesDto {
  @ApiProperty() updatedAt!: Date;
  @ApiProperty({
    type: InstitutionSettingsValuesDto,
    description:
      'The documented defaults: what a new installation starts with and "reset to default" restores',
  })
  defaults!: InstitutionSettingsValuesDto;
}

export function toInstitutionSettingsDto(settings: InstitutionSettings): InstitutionSettingsDto {
  return {
    imagingWindowDays: settings.imagingWindowDays,
    timeZone: settings.timeZone,
    quorumDisciplines: settings.quorumDisciplines,
    followUpOverdueDays: settings.followUpOverdueDays,
    letterLanguage: settings.letterLanguage,
    deputySigning: settings.deputySigning,
    mrnSystem: settings.mrnSystem,
    updatedAt: settings.updatedAt,
    defaults: { ...INSTITUTION_DEFAULTS, quorumDisciplines: [...INSTITUTION_DEFAULTS.quorumDisciplines] },
  };
}
