import type { Actor } from './board';
import type { TestApp, TestResponse } from './test-app';

// How the builders of support/ send their requests: as an actor, failing the test at once (with the
// response) when the app refuses what the builder needs to succeed.

/** Throws, naming the request and the response, unless it answered `status`. */
export function requireStatus(what: string, response: TestResponse, status: number): void {
  if (response.status !== status)
    throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
}

/** Sends `body` (if any) as `actor` and returns the response body; it must answer `status`. */
export async function send(
  t: TestApp,
  actor: Actor,
  method: string,
  url: string,
  status: number,
  body?: unknown,
) {
  const response = await t.request(method, url, { token: actor.token, body });
  requireStatus(`${method} ${url}`, response, status);
  return response.body;
}
