import { createHmac, timingSafeEqual } from 'node:crypto';

// A browser's EventSource cannot send an Authorization header, and a bearer token in a URL ends up
// in logs and histories. A stream ticket is what goes in the URL instead (docs/adr/0014): issued
// for one user and one meeting with the bearer token, valid for a minute, useless for anything but
// opening that meeting's stream, and signed with a key of its own purpose.

export const STREAM_TICKET_TTL_SECONDS = 60;
const PURPOSE = 'consilium meeting stream ticket v1';

export interface StreamTicket {
  userId: string;
  meetingId: string;
  /** Unix seconds. */
  expiresAt: number;
}

const sign = (secret: string, body: string) =>
  createHmac('sha256', `${PURPOSE}\n${secret}`).update(body).digest('base64url');

export function issueStreamTicket(secret: string, ticket: StreamTicket): string {
  const body = Buffer.from(JSON.stringify([ticket.userId, ticket.meetingId, ticket.expiresAt])).toString(
    'base64url',
  );
  return `${body}.${sign(secret, body)}`;
}

/** The ticket's claims if it is genuine, unexpired and for this meeting; null otherwise. */
export function verifyStreamTicket(
  secret: string,
  token: string,
  meetingId: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): StreamTicket | null {
  if (token.length > 512) return null;
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(claims) || claims.length !== 3) return null;
  const [userId, ticketMeetingId, expiresAt] = claims as unknown[];
  if (typeof userId !== 'string' || typeof ticketMeetingId !== 'string' || typeof expiresAt !== 'number')
    return null;
  if (ticketMeetingId !== meetingId || expiresAt < nowSeconds) return null;
  return { userId, meetingId, expiresAt };
}
