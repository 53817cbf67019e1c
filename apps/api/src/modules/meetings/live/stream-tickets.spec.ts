import { issueStreamTicket, verifyStreamTicket } from './stream-tickets';

describe('meeting stream tickets', () => {
  const secret = 'a-secret-of-at-least-thirty-two-characters';
  const meetingId = '00000000-0000-4000-8000-0000000000m1'.replace('m', 'a');
  const ticket = { userId: '00000000-0000-4000-8000-000000000001', meetingId, expiresAt: 2_000 };

  it('opens the stream of its meeting until it expires', () => {
    const token = issueStreamTicket(secret, ticket);
    expect(verifyStreamTicket(secret, token, meetingId, 1_999)).toEqual(ticket);
    expect(verifyStreamTicket(secret, token, meetingId, 2_000)).toEqual(ticket);
    expect(verifyStreamTicket(secret, token, meetingId, 2_001)).toBeNull();
  });

  it('opens no other meeting, and nothing under another key or altered', () => {
    const token = issueStreamTicket(secret, ticket);
    expect(verifyStreamTicket(secret, token, '00000000-0000-4000-8000-0000000000b2', 1_000)).toBeNull();
    expect(verifyStreamTicket(`${secret}!`, token, meetingId, 1_000)).toBeNull();
    const [body, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify([ticket.userId, meetingId, 9_999_999_999])).toString(
      'base64url',
    );
    expect(verifyStreamTicket(secret, `${forged}.${signature}`, meetingId, 1_000)).toBeNull();
    expect(verifyStreamTicket(secret, `${body}.${signature}.x`, meetingId, 1_000)).toBeNull();
    expect(verifyStreamTicket(secret, 'nonsense', meetingId, 1_000)).toBeNull();
  });
});
