const DAY_MS = 86_400_000;

// Median of the values (mean of the two middle ones for an even count); null for no values,
// so that an empty period shows "no data" rather than 0.
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  if (values.some((value) => !Number.isFinite(value))) throw new RangeError('median needs finite numbers');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// Elapsed time from `a` to `b` in fractional days: negative when `b` is before `a`. Elapsed, not
// calendar, days: a day across a DST change still counts as 24 hours.
export function daysBetween(a: Date, b: Date): number {
  const from = a.getTime();
  const to = b.getTime();
  if (Number.isNaN(from) || Number.isNaN(to)) throw new RangeError('daysBetween needs valid dates');
  return (to - from) / DAY_MS;
}
