import { DataSource } from 'typeorm';

import { MAX_PREPARED_STATEMENTS, preparedQuery } from './prepared';

/** A DataSource whose pool answers every statement with its config, recorded. */
function fakePool() {
  const configs: { name?: string; text: string; values: unknown[] }[] = [];
  const pool = {
    query: jest.fn(async (config: { name?: string; text: string; values: unknown[] }) => {
      configs.push(config);
      return { rows: [{ ok: true }] };
    }),
  };
  const dataSource = Object.assign(Object.create(DataSource.prototype) as DataSource, {
    driver: { master: pool },
  });
  return { dataSource, configs };
}

describe('preparedQuery', () => {
  it('names a statement by its text: the same text, the same name; another text, another', async () => {
    const { dataSource, configs } = fakePool();
    await preparedQuery(dataSource, 'SELECT $1::int AS n', [1]);
    await preparedQuery(dataSource, 'SELECT $1::int AS n', [2]);
    await preparedQuery(dataSource, 'SELECT $1::int AS m', [3]);
    expect(configs.map((c) => c.values)).toEqual([[1], [2], [3]]);
    expect(configs[0].name).toMatch(/^consilium_[0-9a-f]{24}$/);
    expect(configs[1].name).toBe(configs[0].name);
    expect(configs[2].name).not.toBe(configs[0].name);
  });

  it('runs in the transaction of a manager that has one, on its connection', async () => {
    const client = { query: jest.fn(async () => ({ rows: [{ id: 'x' }] })) };
    const manager = { queryRunner: { isReleased: false, connect: async () => client } } as never;
    await expect(preparedQuery(manager, 'SELECT 1 AS id', [])).resolves.toEqual([{ id: 'x' }]);
    expect(client.query).toHaveBeenCalledTimes(1);
  });

  it('stops preparing new texts past its bound, and runs them unprepared', async () => {
    const { dataSource, configs } = fakePool();
    for (let i = 0; i <= MAX_PREPARED_STATEMENTS; i++) {
      await preparedQuery(dataSource, `SELECT ${i} AS n`, []);
    }
    expect(configs.at(-1)?.name).toBeUndefined();
    expect(configs.filter((c) => c.name !== undefined).length).toBeLessThanOrEqual(MAX_PREPARED_STATEMENTS);
  });
});
