// The details of an audit entry as short lines of text. Entries about clinical entities carry ids,
// field names and workflow states only (ADR 0009); for the others (accounts, profiles, settings) the
// log holds before/after values, of which the audit table shows the field names, like the rest.

type Details = Record<string, unknown> | null | undefined;

const MAX_PART_LENGTH = 160;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clip(text: string): string {
  return text.length > MAX_PART_LENGTH ? `${text.slice(0, MAX_PART_LENGTH - 1)}…` : text;
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(scalar).join(', ');
  if (isRecord(value)) {
    if ('from' in value && 'to' in value) return `${scalar(value.from)} → ${scalar(value.to)}`;
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${scalar(v)}`)
      .join(', ');
  }
  return '';
}

/** `["changed: role, active", "passwordChanged: true", …]`: every key said once, values only where short. */
export function summariseDetails(details: Details): string[] {
  if (!isRecord(details)) return [];
  const parts: string[] = [];
  const seen = new Set<string>();
  const before = isRecord(details.before) ? details.before : null;
  const after = isRecord(details.after) ? details.after : null;
  if (before || after) {
    const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
    // A create records only what it set (`after`); an update what changed, both ways.
    parts.push(`${before ? 'changed' : 'fields'}: ${fields.length > 0 ? fields.join(', ') : '—'}`);
    seen.add('before').add('after');
  }
  if ('from' in details && 'to' in details) {
    parts.push(`state: ${scalar(details.from)} → ${scalar(details.to)}`);
    seen.add('from').add('to');
  }
  for (const [key, value] of Object.entries(details)) {
    if (seen.has(key)) continue;
    if (key === 'listed' && Array.isArray(value)) parts.push(`listed: ${value.length}`);
    else if (key === 'overrides' && isRecord(value))
      parts.push(`overrides: ${Object.keys(value).join(', ') || '—'}`);
    else parts.push(`${key}: ${scalar(value)}`);
  }
  return parts.map(clip);
}

export interface SettingsChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields a settings update changed with both values (settings hold no clinical data). */
export function settingsChanges(details: Details): SettingsChange[] {
  if (!isRecord(details)) return [];
  const before = isRecord(details.before) ? details.before : {};
  const after = isRecord(details.after) ? details.after : {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}
