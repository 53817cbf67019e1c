/**
 * Runs the calls that arrive while a batch is in flight together, as the next batch: group commit
 * for appends, and one `= ANY($1)` query for lookups by key (docs/adr/0016).
 *
 * A call made while nothing is in flight starts a batch of its own at once, so a lone request waits
 * for nothing. Under load, every call waits for at most the batch in flight and then runs with
 * the others that arrived meanwhile: the number of statements grows with the number of batches,
 * not of requests. Each call is answered by a batch that started after the call was made, so it
 * sees everything committed before it (a deactivation, a settings change, its own earlier write).
 *
 * Only for work outside a transaction: inside one, statements must run on its own connection.
 */
export class Batcher<I, O> {
  private queue: { input: I; resolve: (output: O) => void; reject: (error: unknown) => void }[] = [];
  private running = false;

  /**
   * @param run answers a batch: one output per input, in order, or throws for the whole batch.
   * @param maxBatch the most inputs given to one `run` (a bound on a statement's parameters).
   */
  constructor(
    private readonly run: (inputs: readonly I[]) => Promise<readonly O[]>,
    private readonly maxBatch = 500,
  ) {}

  submit(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        try {
          const outputs = await this.run(batch.map((call) => call.input));
          if (outputs.length !== batch.length) {
            throw new Error(`a batch of ${batch.length} was answered with ${outputs.length} results`);
          }
          batch.forEach((call, i) => call.resolve(outputs[i] as O));
        } catch (error) {
          for (const call of batch) call.reject(error);
        }
      }
    } finally {
      this.running = false;
    }
  }
}

/**
 * A lookup by key on a `Batcher`: the keys of a batch are deduplicated, and each key found is
 * answered with its value, each key not found with `undefined`. Concurrent callers of one key
 * share its value: treat it as read-only.
 */
export class BatchLoader<K, V> {
  private readonly batcher: Batcher<readonly K[], (V | undefined)[]>;

  constructor(load: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>, maxBatch?: number) {
    this.batcher = new Batcher(async (calls) => {
      const found = await load([...new Set(calls.flat())]);
      return calls.map((keys) => keys.map((key) => found.get(key)));
    }, maxBatch);
  }

  async load(key: K): Promise<V | undefined> {
    return (await this.batcher.submit([key]))[0];
  }

  /** Several keys as one call (a page of cases), in one batch. */
  loadMany(keys: readonly K[]): Promise<(V | undefined)[]> {
    return keys.length === 0 ? Promise.resolve([]) : this.batcher.submit(keys);
  }
}
