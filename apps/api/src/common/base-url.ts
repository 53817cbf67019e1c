import type { FastifyRequest } from 'fastify';

import type { RuntimeConfig } from '../config/config.module';

/**
 * The API's external address, for links it hands out (calendar feeds, a letter's PDF in FHIR):
 * PUBLIC_BASE_URL when set (behind proxies and load balancers), else the request's own protocol
 * and host (which honour X-Forwarded-* only with TRUST_PROXY).
 */
export function publicBaseUrl(
  config: Pick<RuntimeConfig, 'publicBaseUrl'>,
  request: Pick<FastifyRequest, 'protocol' | 'host'>,
): string {
  return config.publicBaseUrl ?? `${request.protocol}://${request.host}`;
}
