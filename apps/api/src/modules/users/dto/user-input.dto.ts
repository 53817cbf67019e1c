import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';

import { type Discipline, DISCIPLINES, type Role, ROLES } from '@consilium/domain';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@api/auth/password';
import { PageQueryDto } from '@api/common/pagination';
import { trim } from '@api/common/validation';

export class CreateUserDto {
  @ApiProperty({ example: 'a.surgeon@hospital.example' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Dr Ana Surgeon' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ enum: DISCIPLINES, description: 'Required for clinicians, absent otherwise' })
  @ValidateIf((o: CreateUserDto) => o.role === 'clinician' || o.discipline !== undefined)
  @IsIn(DISCIPLINES, {
    message: 'discipline is required for a clinician and must be one of the documented disciplines',
  })
  discipline?: Discipline;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Link a clinician to an existing specialist profile instead of creating one',
  })
  @IsOptional()
  @IsUUID()
  specialistId?: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ example: 'Dr Ana Surgeon' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: DISCIPLINES, description: 'Required when the role becomes clinician' })
  @IsOptional()
  @IsIn(DISCIPLINES)
  discipline?: Discipline;

  @ApiPropertyOptional({
    description: 'A deactivated user cannot sign in and their tokens stop working at once',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;
}

export class UserQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'Part of the display name or the email, case-insensitive' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q?: string;
}
