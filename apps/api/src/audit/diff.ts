export interface SnapshotDiff {
  /** The fields whose value changed, in the order of the `before` snapshot. */
  fields: string[];
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/**
 * What an update changed, for the audit log's before/after. Values are compared as JSON, so arrays
 * and nested objects compare by content.
 */
export function diffSnapshots<T extends object>(before: T, after: T): SnapshotDiff {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const fields = keys.filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
  return {
    fields,
    before: Object.fromEntries(fields.map((k) => [k, b[k] ?? null])),
    after: Object.fromEntries(fields.map((k) => [k, a[k] ?? null])),
  };
}
