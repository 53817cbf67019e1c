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

/**
 * The fields an update changed, by name: what the audit entry of a clinical entity says of an
 * update (the values stay out of the log, ADR 0009).
 */
export function changedFields<T extends object>(before: T, after: T): string[] {
  return diffSnapshots(before, after).fields;
}

/**
 * The fields that carry a value (not undefined, null, blank text or an empty list), by name: what the
 * audit entry of a clinical entity says of a create, or of the free text an action was given.
 */
export function givenFields(values: object): string[] {
  return Object.entries(values)
    .filter(([, v]) => hasValue(v))
    .map(([k]) => k);
}

function hasValue(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return !Array.isArray(value) || value.length > 0;
}
