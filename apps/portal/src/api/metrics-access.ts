import { createHash, timingSafeEqual } from 'node:crypto';
import { isLoopbackAddress } from '../pages/platform/loopback';

/**
 * Who may read GET /metrics (queue depths, mail counts and latencies per route tell an
 * outsider how the platform is used and where it is slow):
 * - `allowed`: a client on this machine, or one with `Authorization: Bearer <METRICS_TOKEN>`;
 * - `unauthorized` (401): METRICS_TOKEN is set and the request did not carry it, so a
 *   scraper with a wrong or missing token learns what to fix;
 * - `hidden` (404): no token is configured, so nothing outside this machine may ever read
 *   it, and a remote caller is told nothing more than that there is nothing here.
 * The client address is the one Fastify derives with TRUSTED_PROXIES: behind a proxy on
 * this machine, set TRUSTED_PROXIES, or every proxied request looks local.
 */
export type MetricsAccess = 'allowed' | 'unauthorized' | 'hidden';

export function metricsAccess(
  clientAddress: string | undefined,
  authorization: string | undefined,
  token: string | undefined,
): MetricsAccess {
  if (isLoopbackAddress(clientAddress)) return 'allowed';
  if (!token) return 'hidden';
  const given = /^Bearer +(\S+)$/i.exec(authorization ?? '')?.[1];
  return given !== undefined && sameSecret(given, token) ? 'allowed' : 'unauthorized';
}

/** Compares digests in constant time, so the answer's timing does not reveal the token. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
