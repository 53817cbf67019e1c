import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';

import { decodeCursor, Page, pageSize, toPage } from '../common/pagination';
import type { RequestContext } from '../common/request-context';
import { AuditLog, type AuditOutcome } from './audit-log.entity';
import type { AuditDetails } from './clinical';
import type { AuditQueryDto } from './dto/audit-query.dto';

/** For a clinical entity type the details are `ClinicalAuditDetails`: ids and names, never values. */
export interface AuditEntry<T extends string = string> {
  action: string;
  entityType: T;
  entityId?: string | null;
  outcome?: AuditOutcome;
  details?: AuditDetails<T> | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends an entry: one plain INSERT, no RETURNING. Pass the transaction's EntityManager so that
   * the entry commits or rolls back with the change it records; without one the INSERT commits on
   * its own (a read's entry), durably, before the caller goes on (docs/adr/0016).
   */
  async record<T extends string>(
    ctx: RequestContext | null,
    entry: AuditEntry<T>,
    manager?: EntityManager,
  ): Promise<void> {
    const em = manager ?? this.dataSource.manager;
    await em.query(
      `INSERT INTO audit_log (actor_id, actor_role, request_id, action, entity_type, entity_id, outcome, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        ctx?.user?.id ?? null,
        ctx?.user?.role ?? null,
        ctx?.requestId ?? null,
        entry.action,
        entry.entityType,
        entry.entityId ?? null,
        entry.outcome ?? 'success',
        entry.details == null ? null : JSON.stringify(entry.details),
      ],
    );
  }

  async list(query: AuditQueryDto): Promise<Page<AuditLog>> {
    const limit = pageSize(query);
    const after = decodeCursor(query.cursor);
    const qb = this.dataSource
      .getRepository(AuditLog)
      .createQueryBuilder('a')
      .orderBy('a.occurred_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit + 1);
    if (query.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    if (query.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: query.entityId });
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.outcome) qb.andWhere('a.outcome = :outcome', { outcome: query.outcome });
    if (query.from) qb.andWhere('a.occurred_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.occurred_at < :to', { to: query.to });
    if (after) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('a.occurred_at < :afterV', { afterV: after.v })
            .orWhere('a.occurred_at = :afterV AND a.id < :afterId', { afterId: after.id }),
        ),
      );
    }
    const rows = await qb.getMany();
    return toPage(rows, limit, (r) => ({ v: r.occurredAt.toISOString(), id: r.id }));
  }
}
