import { Batcher, BatchLoader } from './batcher';

/** A `run` whose batches are answered only when the test says so. */
function controlled<I, O>(answer: (inputs: readonly I[]) => readonly O[]) {
  const batches: { inputs: readonly I[]; release: () => void; fail: (error: unknown) => void }[] = [];
  const run = (inputs: readonly I[]) =>
    new Promise<readonly O[]>((resolve, reject) => {
      batches.push({ inputs, release: () => resolve(answer(inputs)), fail: reject });
    });
  return { run, batches };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('Batcher', () => {
  it('runs a lone call at once, by itself', async () => {
    const { run, batches } = controlled<number, number>((xs) => xs.map((x) => x * 2));
    const answer = new Batcher(run).submit(21);
    expect(batches.map((b) => b.inputs)).toEqual([[21]]);
    batches[0].release();
    await expect(answer).resolves.toBe(42);
  });

  it('puts the calls that arrive during a batch into the next one, in order', async () => {
    const { run, batches } = controlled<number, number>((xs) => xs.map((x) => x * 2));
    const batcher = new Batcher(run);
    const first = batcher.submit(1);
    const rest = [2, 3, 4].map((x) => batcher.submit(x));
    // The calls that came while the first batch runs wait: one batch in flight at a time.
    expect(batches).toHaveLength(1);
    batches[0].release();
    await settle();
    expect(batches.map((b) => b.inputs)).toEqual([[1], [2, 3, 4]]);
    batches[1].release();
    await expect(first).resolves.toBe(2);
    await expect(Promise.all(rest)).resolves.toEqual([4, 6, 8]);
  });

  it('splits a long queue at maxBatch', async () => {
    const { run, batches } = controlled<number, number>((xs) => xs);
    const batcher = new Batcher(run, 2);
    const all = [0, 1, 2, 3, 4].map((x) => batcher.submit(x));
    for (let i = 0; i < 3; i++) {
      batches[i].release();
      await settle();
    }
    expect(batches.map((b) => b.inputs)).toEqual([[0], [1, 2], [3, 4]]);
    await expect(Promise.all(all)).resolves.toEqual([0, 1, 2, 3, 4]);
  });

  it('fails every call of a failed batch, and goes on with the next', async () => {
    const { run, batches } = controlled<number, number>((xs) => xs);
    const batcher = new Batcher(run);
    const first = batcher.submit(1);
    const second = batcher.submit(2);
    const third = batcher.submit(3);
    batches[0].release();
    await settle();
    const fault = new Error('connection terminated');
    batches[1].fail(fault);
    await expect(second).rejects.toBe(fault);
    await expect(third).rejects.toBe(fault);
    await expect(first).resolves.toBe(1);
    // Not stuck after a failure: the next call runs at once.
    const fourth = batcher.submit(4);
    expect(batches).toHaveLength(3);
    batches[2].release();
    await expect(fourth).resolves.toBe(4);
  });

  it('refuses an answer with the wrong number of results', async () => {
    const batcher = new Batcher<number, number>(async () => []);
    await expect(batcher.submit(1)).rejects.toThrow('a batch of 1 was answered with 0 results');
  });
});

describe('BatchLoader', () => {
  it('asks for each key once, and answers a missing key with undefined', async () => {
    const asked: (readonly string[])[] = [];
    const { run, batches } = controlled<string, string>((keys) => keys);
    const loader = new BatchLoader<string, string>(async (keys) => {
      asked.push(keys);
      await run(keys);
      return new Map(keys.filter((k) => k !== 'gone').map((k) => [k, k.toUpperCase()]));
    });
    const first = loader.load('a');
    const more = ['b', 'a', 'gone', 'b'].map((k) => loader.load(k));
    await settle();
    batches[0].release();
    await expect(first).resolves.toBe('A');
    await settle();
    batches[1].release();
    await expect(Promise.all(more)).resolves.toEqual(['B', 'A', undefined, 'B']);
    expect(asked).toEqual([['a'], ['b', 'a', 'gone']]);
  });
});

describe('BatchLoader.loadMany', () => {
  it('asks for a page of keys as one call', async () => {
    const asked: (readonly string[])[] = [];
    const loader = new BatchLoader<string, number>(async (keys) => {
      asked.push(keys);
      return new Map(keys.map((k) => [k, k.length]));
    });
    await expect(loader.loadMany(['a', 'bb', 'ccc'])).resolves.toEqual([1, 2, 3]);
    await expect(loader.loadMany([])).resolves.toEqual([]);
    expect(asked).toEqual([['a', 'bb', 'ccc']]);
  });
});
