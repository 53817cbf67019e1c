import { DISCIPLINES, type Discipline } from '@consilium/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PageQueryDto } from '../../../common/pagination';
import type { Specialist } from '../specialist.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)) : value;

export class CreateSpecialistDto {
  @ApiProperty({ example: 'Prof. Dr Hanna Visser' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName!: string;

  @ApiProperty({ enum: DISCIPLINES })
  @IsIn(DISCIPLINES)
  discipline!: Discipline;

  @ApiPropertyOptional({
    example: 'Regional Liver Centre',
    description: "Defaults to this installation's institution (a visiting expert may come from elsewhere)",
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  institution?: string;

  @ApiPropertyOptional({ type: [String], example: ['robotic liver surgery'], maxItems: 20 })
  @IsOptional()
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  subSpecialties?: string[];
}

export class UpdateSpecialistDto {
  @ApiPropertyOptional({ example: 'Prof. Dr Hanna Visser' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName?: string;

  @ApiPropertyOptional({
    enum: DISCIPLINES,
    description: "A specialist linked to a user account changes discipline through the user's account",
  })
  @IsOptional()
  @IsIn(DISCIPLINES)
  discipline?: Discipline;

  @ApiPropertyOptional({ example: 'Regional Liver Centre' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  institution?: string;

  @ApiPropertyOptional({ type: [String], maxItems: 20 })
  @IsOptional()
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  subSpecialties?: string[];
}

export class SpecialistQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DISCIPLINES })
  @IsOptional()
  @IsIn(DISCIPLINES)
  discipline?: Discipline;
}

export class SpecialistDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: DISCIPLINES }) discipline!: Discipline;
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

export function toSpecialistDto(specialist: Specialist, userId: string | null): SpecialistDto {
  return {
    id: specialist.id,
    fullName: specialist.fullName,
    discipline: specialist.discipline,
    institution: specialist.institution,
    subSpecialties: specialist.subSpecialties,
    userId,
    createdAt: specialist.createdAt,
    updatedAt: specialist.updatedAt,
  };
}
