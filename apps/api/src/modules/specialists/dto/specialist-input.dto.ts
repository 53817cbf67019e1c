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

import { type Discipline, DISCIPLINES } from '@consilium/domain';
import { PageQueryDto } from '@api/common/pagination';
import { trim, trimEach } from '@api/common/validation';

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

  @ApiPropertyOptional({ description: 'Part of the name, case-insensitive' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q?: string;
}
