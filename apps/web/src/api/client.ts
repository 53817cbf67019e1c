import createClient, { type Client } from 'openapi-fetch';

import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type ApiClient = Client<paths>;

/** The API's one error shape (docs/design.md, API conventions). */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: unknown;
}

/** A failed API call: the status, the error body when the API sent one, and `Retry-After`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody | null,
    readonly retryAfterSeconds: number | null,
  ) {
    super(body?.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  get code(): string | null {
    return this.body?.error ?? null;
  }

  /** The fields a `400 VALIDATION_FAILED` names (`details: [{ field, problems }]`). */
  get invalidFields(): string[] {
    const details = this.body?.details;
    if (!Array.isArray(details)) return [];
    return details
      .map((d: unknown) => (d && typeof d === 'object' && 'field' in d ? String(d.field) : null))
      .filter((f): f is string => f !== null);
  }
}

export interface ApiClientOptions {
  /** Absolute origin the `/api/...` paths are resolved against (the page's own in the browser). */
  baseUrl: string;
  getToken: () => string | null;
  /** A request that carried a token was refused with 401: the token expired or was revoked. */
  onSessionEnded: () => void;
  /** false while the API answers 503 (the database is unreachable), true again on the next answer. */
  onAvailabilityChange: (available: boolean) => void;
  fetch?: (request: Request) => Promise<Response>;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Retries of a read answered 503 before its error reaches the screen. */
  maxRetries?: number;
}

const DEFAULT_RETRY_AFTER_SECONDS = 5;
const MAX_RETRY_AFTER_SECONDS = 30;

function retryAfterOf(response: Response): number | null {
  const value = Number(response.headers.get('retry-after'));
  return Number.isFinite(value) && value >= 0 ? value : null;
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/**
 * The typed client over the generated OpenAPI types, and the one place that knows about HTTP
 * concerns every screen shares: the bearer token, a 401 ending the session, and a 503 (the API
 * keeps the token valid while its database is down) shown as "unavailable, retrying" while reads
 * are retried after `Retry-After`. Writes are never retried: they may not be idempotent.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const sleep = options.sleep ?? abortableSleep;
  const maxRetries = options.maxRetries ?? 4;

  const wrapped = async (request: Request): Promise<Response> => {
    const token = options.getToken();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    const retryable = request.method === 'GET' || request.method === 'HEAD';
    for (let attempt = 0; ; attempt++) {
      const response = await send(retryable ? request.clone() : request);
      if (response.status === 503) {
        options.onAvailabilityChange(false);
        if (retryable && attempt < maxRetries) {
          const seconds = Math.min(
            retryAfterOf(response) ?? DEFAULT_RETRY_AFTER_SECONDS,
            MAX_RETRY_AFTER_SECONDS,
          );
          await sleep(seconds * 1000, request.signal);
          continue;
        }
        return response;
      }
      options.onAvailabilityChange(true);
      if (response.status === 401 && token) options.onSessionEnded();
      return response;
    }
  };

  return createClient<paths>({ baseUrl: options.baseUrl, fetch: wrapped });
}

/** The body of a successful call, or an `ApiError` thrown for TanStack Query to hold. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  const body = result.error;
  const shaped =
    body && typeof body === 'object' && 'error' in body && 'message' in body ? (body as ApiErrorBody) : null;
  throw new ApiError(result.response.status, shaped, retryAfterOf(result.response));
}
