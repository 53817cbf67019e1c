import { Client } from 'pg';

import type { TestApp } from './test-app';

// Reading results back: audit rows, a case's status, the fields of a 400, the SQL statements a call
// sends, the lines of an iCalendar text.

/** The audit entries of one entity, oldest first, read from the table. */
export async function auditEntries(t: TestApp, entityId: string) {
  return (await t.dataSource.query(
    `SELECT actor_id, actor_role, action, entity_type, entity_id, request_id, outcome, details
       FROM audit_log WHERE entity_id = $1 ORDER BY occurred_at, id`,
    [entityId],
  )) as {
    actor_id: string | null;
    actor_role: string | null;
    action: string;
    entity_type: string;
    entity_id: string | null;
    request_id: string | null;
    outcome: string;
    details: Record<string, any> | null;
  }[];
}

export async function caseStatus(t: TestApp, caseId: string): Promise<string> {
  const [row] = await t.dataSource.query(`SELECT status FROM board_case WHERE id = $1`, [caseId]);
  return row.status;
}

/** The `field` names of a 400 VALIDATION_FAILED body. */
export function invalidFields(body: { details?: { field: string }[] }): string[] {
  return (body.details ?? []).map((d) => d.field);
}

/**
 * Records the text of every SQL statement sent to PostgreSQL (every connection, through TypeORM or
 * as a prepared statement on the pool: both end in node-postgres's `Client.query`) until `restore`.
 */
export function recordStatements(): { texts: () => string[]; restore: () => void } {
  const spy = jest.spyOn(Client.prototype, 'query');
  return {
    texts: () =>
      spy.mock.calls.map(([query]) =>
        typeof query === 'string' ? query : String((query as { text?: unknown }).text),
      ),
    restore: () => spy.mockRestore(),
  };
}

/** Runs `fn` and counts the SQL statements sent to PostgreSQL meanwhile (every connection). */
export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const statements = recordStatements();
  try {
    const result = await fn();
    return { result, queries: statements.texts().length };
  } finally {
    statements.restore();
  }
}

/** RFC 5545 unfolding, then the content lines. */
export function icsLines(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
}

/** The unfolded content lines of each VEVENT of an iCalendar text, in order. */
export function icsEvents(text: string): string[][] {
  const events: string[][] = [];
  let current: string[] | null = null;
  for (const line of icsLines(text)) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else current?.push(line);
  }
  return events;
}
