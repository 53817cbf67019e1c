import { ApiProperty } from '@nestjs/swagger';

import type { LoginLockAddress } from '../login-throttle.service';

export class LoginLockAddressDto {
  @ApiProperty({ description: 'Client address the failures came from', example: '192.0.2.10' })
  address!: string;

  @ApiProperty({ description: 'Failed logins for the account from this address within the window' })
  failures!: number;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'While the account is refused from this address: until when',
  })
  lockedUntil!: string | null;
}

export class LoginLockDto {
  @ApiProperty({ description: 'Whether the account is refused from at least one address' })
  locked!: boolean;

  @ApiProperty({ description: 'Recent failures by address, most first', type: [LoginLockAddressDto] })
  addresses!: LoginLockAddressDto[];
}

export function toLoginLockDto(addresses: LoginLockAddress[]): LoginLockDto {
  return {
    locked: addresses.some((a) => a.lockedUntil !== null),
    addresses: addresses.map((a) => ({ ...a, lockedUntil: a.lockedUntil?.toISOString() ?? null })),
  };
}
