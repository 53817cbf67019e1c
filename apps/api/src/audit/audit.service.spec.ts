import { DataSource } from 'typeorm';

import { AuditService } from './audit.service';

/**
 * A DataSource whose pool records each INSERT's actions and fails as `fail` says (the audit's
 * INSERT is a prepared statement on the pool, database/prepared.ts).
 */
function fakeDatabase(fail: (actions: string[]) => Error | null) {
  const inserts: string[][] = [];
  const pool = {
    query: jest.fn(async ({ values }: { values: unknown[][] }) => {
      const actions = values[3] as string[];
      inserts.push(actions);
      const error = fail(actions);
      if (error) throw error;
      return { rows: [] };
    }),
  };
  const dataSource = Object.assign(Object.create(DataSource.prototype) as DataSource, {
    driver: { master: pool },
  });
  return { audit: new AuditService(dataSource), inserts };
}

const ctx = { user: null, requestId: 'r', ip: '127.0.0.1' } as never;
const entry = (action: string) => ({ action, entityType: 'board_case' });

describe('AuditService, entries written on their own', () => {
  it('writes the entries that came during an INSERT in the next one, together', async () => {
    const { audit, inserts } = fakeDatabase(() => null);
    await Promise.all(['a', 'b', 'c', 'd'].map((a) => audit.record(ctx, entry(a))));
    expect(inserts).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('retries a refused batch entry by entry, failing only the entry the database refuses', async () => {
    const refused = Object.assign(new Error('new row violates check constraint'), { code: '23514' });
    const { audit, inserts } = fakeDatabase((actions) => (actions.includes('bad') ? refused : null));
    const results = await Promise.allSettled(
      ['first', 'ok', 'bad', 'fine'].map((a) => audit.record(ctx, entry(a))),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(inserts).toEqual([['first'], ['ok', 'bad', 'fine'], ['ok'], ['bad'], ['fine']]);
  });

  it('fails a whole batch at once when the database cannot be reached, without retrying each entry', async () => {
    const down = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const { audit, inserts } = fakeDatabase((actions) => (actions.length > 1 ? down : null));
    const results = await Promise.allSettled(['first', 'x', 'y'].map((a) => audit.record(ctx, entry(a))));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect(inserts).toEqual([['first'], ['x', 'y']]);
  });
});
