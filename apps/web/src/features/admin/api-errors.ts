import { ApiError } from '../../api/client';

/**
 * The problems a `400 VALIDATION_FAILED` names, by field (`details: [{ field, problems }]`), joined
 * into one line each: what the form shows under the field.
 */
export function problemsByField(error: unknown): Record<string, string> {
  const found: Record<string, string> = {};
  if (!(error instanceof ApiError) || error.status !== 400) return found;
  const details = error.body?.details;
  if (!Array.isArray(details)) return found;
  for (const detail of details as unknown[]) {
    if (!detail || typeof detail !== 'object' || !('field' in detail)) continue;
    const problems =
      'problems' in detail && Array.isArray(detail.problems) ? detail.problems.map(String) : [];
    found[String(detail.field)] = problems.join('; ');
  }
  return found;
}

/**
 * The problems of a `422 INVALID_THRESHOLDS`, by threshold: the plan builder lists them as
 * `"<threshold>: <problem>"` (libs/plan-builder/src/thresholds.ts).
 */
export function thresholdProblems(error: unknown): Record<string, string> {
  const found: Record<string, string> = {};
  if (!(error instanceof ApiError) || error.status !== 422 || error.code !== 'INVALID_THRESHOLDS')
    return found;
  const details = error.body?.details;
  if (!Array.isArray(details)) return found;
  for (const problem of details as unknown[]) {
    if (typeof problem !== 'string') continue;
    const at = problem.indexOf(':');
    if (at <= 0) continue;
    const key = problem.slice(0, at).trim();
    const text = problem.slice(at + 1).trim();
    found[key] = found[key] ? `${found[key]}; ${text}` : text;
  }
  return found;
}

export function errorCode(error: unknown): string | null {
  return error instanceof ApiError ? error.code : null;
}

export function errorStatus(error: unknown): number | null {
  return error instanceof ApiError ? error.status : null;
}
