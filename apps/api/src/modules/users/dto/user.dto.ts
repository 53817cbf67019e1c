import { ApiProperty } from '@nestjs/swagger';

import { type Discipline, DISCIPLINES, type Role, ROLES } from '@consilium/domain';

import type { User } from '../user.entity';

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ enum: DISCIPLINES, nullable: true }) discipline!: Discipline | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) specialistId!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export function toUserDto(user: User): UserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    discipline: user.discipline,
    specialistId: user.specialistId,
    active: user.active,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}
