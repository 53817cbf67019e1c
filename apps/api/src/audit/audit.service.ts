import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';

import { Batcher } from '../common/batcher';
import { isDatabaseUnavailable } from '../common/database-errors';
import { decodeCursor, Page, pageSize, toPage } from '../common/pagination';
import type { RequestContext } from '../common/request-context';
import { preparedQuery } from '../database/prepared';
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

type AuditRow = [
  actorId: string | null,
  actorRole: string | null,
  requestId: string | null,
  action: string,
  entityType: string,
  entityId: string | null,
  outcome: AuditOutcome,
  details: string | null,
];

const COLUMNS = 'actor_id, actor_role, request_id, action, entity_type, entity_id, outcome, details';

/**
 * A batch of entries, one array per column in `COLUMNS`' order (prepared). unnest keeps the order of
 * the arrays, so the entries keep the order they came in.
 */
export const AUDIT_INSERT_SQL = `INSERT INTO audit_log (${COLUMNS})
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[], $8::jsonb[])`;

@Injectable()
export class AuditService {
  /**
   * The entries written on their own (reads, failed attempts), group-committed: those that arrive
   * while an INSERT is in flight go together in the next one (docs/adr/0016).
   */
  private readonly standalone = new Batcher<AuditRow, unknown>((rows) => this.insertEach(rows));

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends an entry. Pass the transaction's EntityManager so that the entry commits or rolls back
   * with the change it records: one plain INSERT, no RETURNING. Without one the entry commits on
   * its own, durably, before the promise resolves: one multi-row INSERT for every entry that came
   * while the previous one was being written (docs/adr/0016).
   */
  async record<T extends string>(
    ctx: RequestContext | null,
    entry: AuditEntry<T>,
    manager?: EntityManager,
  ): Promise<void> {
    const row: AuditRow = [
      ctx?.user?.id ?? null,
      ctx?.user?.role ?? null,
      ctx?.requestId ?? null,
      entry.action,
      entry.entityType,
      entry.entityId ?? null,
      entry.outcome ?? 'success',
      entry.details == null ? null : JSON.stringify(entry.details),
    ];
    if (manager) {
      await manager.query(`INSERT INTO audit_log (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, row);
      return;
    }
    const failure = await this.standalone.submit(row);
    if (failure) throw failure;
  }

  /**
   * One INSERT for the batch; should the database refuse it, each entry on its own, so that an
   * entry it refuses fails only the request it belongs to. A database that cannot be reached fails
   * the whole batch at once (retrying each entry would only multiply the wait). Answers each entry
   * with its error, or null.
   */
  private async insertEach(rows: readonly AuditRow[]): Promise<unknown[]> {
    try {
      await this.insert(rows);
      return rows.map(() => null);
    } catch (error) {
      if (rows.length === 1 || isDatabaseUnavailable(error)) return rows.map(() => error);
    }
    const failures: unknown[] = [];
    for (const row of rows) {
      failures.push(
        await this.insert([row]).then(
          () => null,
          (error: unknown) => error,
        ),
      );
    }
    return failures;
  }

  private async insert(rows: readonly AuditRow[]): Promise<void> {
    const column = (i: number) => rows.map((row) => row[i]);
    await preparedQuery(this.dataSource, AUDIT_INSERT_SQL, [0, 1, 2, 3, 4, 5, 6, 7].map(column));
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
