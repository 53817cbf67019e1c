import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

import { toUserDto, UserDto } from '@api/modules/users/dto/user.dto';
import type { User } from '@api/modules/users/user.entity';

import { PASSWORD_MAX_LENGTH } from '../password';
import { Permission, permissionsOf } from '../permissions';

export class LoginDto {
  @ApiProperty({ example: 'oncologist@demo.consilium.test' })
  @IsString()
  @MinLength(3)
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'consilium-demo' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class MeDto extends UserDto {
  @ApiProperty({ enum: Permission, isArray: true })
  permissions!: Permission[];
}

export function toMeDto(user: User): MeDto {
  return { ...toUserDto(user), permissions: [...permissionsOf(user.role)] };
}

export class LoginResponseDto {
  @ApiProperty({ description: 'JWT to send as `Authorization: Bearer <token>`' })
  accessToken!: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType!: string;

  @ApiProperty({ description: 'Lifetime of the token in seconds' })
  expiresIn!: number;

  @ApiProperty({ type: MeDto })
  user!: MeDto;
}
