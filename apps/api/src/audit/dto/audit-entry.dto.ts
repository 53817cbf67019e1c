import { ApiProperty } from '@nestjs/swagger';

import { AUDIT_OUTCOMES, type AuditLog } from '../audit-log.entity';

export class AuditEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() occurredAt!: Date;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorId!: string | null;
  @ApiProperty({ nullable: true, type: String }) actorRole!: string | null;
  @ApiProperty({ example: 'user.create' }) action!: string;
  @ApiProperty({ example: 'user' }) entityType!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) entityId!: string | null;
  @ApiProperty({ nullable: true, type: String }) requestId!: string | null;
  @ApiProperty({ enum: AUDIT_OUTCOMES }) outcome!: string;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) details!: Record<
    string,
    unknown
  > | null;
}

export function toAuditEntryDto(entry: AuditLog): AuditEntryDto {
  return {
    id: entry.id,
    occurredAt: entry.occurredAt,
    actorId: entry.actorId,
    actorRole: entry.actorRole,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    requestId: entry.requestId,
    outcome: entry.outcome,
    details: entry.details,
  };
}
