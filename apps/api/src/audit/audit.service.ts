import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';

import { decodeCursor, Page, pageSize, toPage } from '../common/pagination';
import type { RequestContext } from '../common/request-context';
import { AuditLog, AuditOutcome } from './audit-log.entity';
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
   * Appends an entry. Pass the transaction's EntityManager so that the entry commits or rolls back
   * with the change it records.
   */
  async record<T extends string>(
    ctx: RequestContext | null,
    entry: AuditEntry<T>,
    manager?: EntityManager,
  ): Promise<void> {
    const em = manager ?? this.dataSource.manager;
    await em.save(
      em.create(AuditLog, {
        actorId: ctx?.user?.id ?? null,
        actorRole: ctx?.user?.role ?? null,
        requestId: ctx?.requestId ?? null,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId ?? null,
        outcome: entry.outcome ?? 'success',
        details: (entry.details ?? null) as Record<string, unknown> | null,
      }),
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
