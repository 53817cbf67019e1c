import { describe, expect, it, vi } from 'vitest';

import { json } from '../test/render';
import { type ApiClientOptions, ApiError, createApiClient, unwrap } from './client';

function clientWith(responses: Response[], overrides: Partial<ApiClientOptions> = {}) {
  const requests: Request[] = [];
  const mocks = {
    onSessionEnded: vi.fn<() => void>(),
    onAvailabilityChange: vi.fn<(available: boolean) => void>(),
    sleep: vi.fn<(ms: number, signal: AbortSignal) => Promise<void>>(async () => undefined),
  };
  const client = createApiClient({
    baseUrl: 'http://localhost',
    getToken: () => 'token-1',
    fetch: async (request: Request) => {
      requests.push(request);
      const next = responses.shift();
      if (!next) throw new Error('no more responses');
      return next;
    },
    ...mocks,
    ...overrides,
  });
  return { client, options: mocks, requests };
}

const ME = { id: 'u1', role: 'clinician' };

describe('the API client', () => {
  it('sends the bearer token when signed in, and none before', async () => {
    const signedIn = clientWith([json(200, ME)]);
    await signedIn.client.GET('/api/auth/me');
    expect(signedIn.requests[0].headers.get('authorization')).toBe('Bearer token-1');

    const signedOut = clientWith([json(200, ME)], { getToken: () => null });
    await signedOut.client.GET('/api/auth/me');
    expect(signedOut.requests[0].headers.get('authorization')).toBeNull();
  });

  it('ends the session when a request with a token is refused with 401', async () => {
    const { client, options } = clientWith([
      json(401, { statusCode: 401, error: 'UNAUTHORIZED', message: 'jwt expired' }),
    ]);
    const result = await client.GET('/api/auth/me');
    expect(result.response.status).toBe(401);
    expect(options.onSessionEnded).toHaveBeenCalledTimes(1);
  });

  it('does not end a session on a 401 to a request without one (wrong password)', async () => {
    const { client, options } = clientWith(
      [json(401, { statusCode: 401, error: 'UNAUTHORIZED', message: 'invalid email or password' })],
      { getToken: () => null },
    );
    await client.POST('/api/auth/login', { body: { email: 'a@b.c', password: 'x' } });
    expect(options.onSessionEnded).not.toHaveBeenCalled();
  });

  it('retries a read answered 503 after Retry-After, saying unavailable until it answers', async () => {
    const unavailable = () =>
      json(
        503,
        { statusCode: 503, error: 'SERVICE_UNAVAILABLE', message: 'retry shortly' },
        { 'retry-after': '7' },
      );
    const { client, options, requests } = clientWith([unavailable(), unavailable(), json(200, ME)]);
    const result = await client.GET('/api/auth/me');
    expect(unwrap(result)).toEqual(ME);
    expect(requests).toHaveLength(3);
    expect(options.sleep).toHaveBeenCalledWith(7000, expect.anything());
    expect(options.onAvailabilityChange.mock.calls.map(([available]) => available)).toEqual([
      false,
      false,
      true,
    ]);
    // A 503 is not a sign-out: the token stays valid while the database is down.
    expect(options.onSessionEnded).not.toHaveBeenCalled();
  });

  it('gives up after its retries with an error that carries the wait', async () => {
    const responses = Array.from({ length: 5 }, () =>
      json(
        503,
        { statusCode: 503, error: 'SERVICE_UNAVAILABLE', message: 'retry shortly' },
        { 'retry-after': '5' },
      ),
    );
    const { client, requests } = clientWith(responses);
    const result = await client.GET('/api/auth/me');
    expect(requests).toHaveLength(5);
    expect(() => unwrap(result)).toThrow(ApiError);
    try {
      unwrap(result);
    } catch (error) {
      expect(error).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 });
    }
  });

  it('never retries a write answered 503', async () => {
    const { client, options, requests } = clientWith([
      json(503, { statusCode: 503, error: 'SERVICE_UNAVAILABLE', message: 'retry shortly' }),
    ]);
    const result = await client.POST('/api/auth/login', { body: { email: 'a@b.c', password: 'x' } });
    expect(result.response.status).toBe(503);
    expect(requests).toHaveLength(1);
    expect(options.sleep).not.toHaveBeenCalled();
    expect(options.onAvailabilityChange).toHaveBeenCalledWith(false);
  });

  it('names the invalid fields of a 400', async () => {
    const { client } = clientWith([
      json(400, {
        statusCode: 400,
        error: 'VALIDATION_FAILED',
        message: 'Invalid fields: email',
        details: [{ field: 'email', problems: ['email must be a string'] }],
      }),
    ]);
    const result = await client.POST('/api/auth/login', { body: { email: 'a@b.c', password: 'x' } });
    expect.assertions(1);
    try {
      unwrap(result);
    } catch (error) {
      expect((error as ApiError).invalidFields).toEqual(['email']);
    }
  });
});
