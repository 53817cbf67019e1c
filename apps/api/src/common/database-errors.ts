// How a database fault reaches the client. The filter asks these questions of any unexpected error;
// TypeORM wraps driver errors (`driverError`), the pool throws plain ones.

interface DriverLike {
  code?: unknown;
  message?: unknown;
  driverError?: { code?: unknown; message?: unknown };
}

function codeOf(error: unknown): string | undefined {
  const e = error as DriverLike | null;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

function messageOf(error: unknown): string {
  const e = error as DriverLike | null;
  const message = e?.driverError?.message ?? e?.message;
  return typeof message === 'string' ? message : '';
}

// Socket-level failures while connecting or talking to the server.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'EPIPE',
]);

// node-postgres states these in words only.
const POOL_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Query read timeout/,
  /not queryable/,
  /^Client was closed and is not queryable/,
];

/**
 * The database cannot serve the request now, through no fault of the client: it is unreachable,
 * shutting down, out of connections, or a statement or lock wait hit its timeout. Answered 503 with
 * Retry-After, so clients retry instead of dropping their session.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = codeOf(error);
  if (code !== undefined) {
    if (NETWORK_CODES.has(code)) return true;
    // 08: connection exception; 53: insufficient resources (too many connections, out of memory);
    // 57P0x: shutting down or starting up; 57014: statement timeout; 55P03: lock timeout;
    // 40001/40P01: serialisation failure or deadlock, worth a retry.
    if (/^(08|53)/.test(code) || /^57P0/.test(code)) return true;
    if (['57014', '55P03', '40001', '40P01'].includes(code)) return true;
  }
  const message = messageOf(error);
  return POOL_MESSAGES.some((m) => m.test(message));
}

/**
 * PostgreSQL refused a value the client sent as text it cannot store: a NUL byte (22021), an
 * invalid text representation (22P02) or an invalid escape in JSON (22P05). The edge guards refuse
 * such input first; this is the safety net, so that it is a 400 and never a 500.
 */
export function isInvalidTextValue(error: unknown): boolean {
  const code = codeOf(error);
  return code === '22021' || code === '22P02' || code === '22P05';
}

/** What the logs may say of a database fault: its code, never its message (addresses, values). */
export function databaseFaultLabel(error: unknown): string {
  return codeOf(error) ?? (error instanceof Error ? error.name : 'unknown');
}
