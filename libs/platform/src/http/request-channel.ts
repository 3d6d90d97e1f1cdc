/**
 * The kind of route a request reached:
 * - `api`: the JSON API under /api (bearer tokens, no CSRF check, JSON errors, no-store);
 * - `page`: server-rendered pages (the session cookie, CSRF-checked forms, error pages);
 * - `other`: the health probe, the metrics and static assets (no session or bearer token of a
 *   person; /metrics checks its own token).
 */
export type RequestChannel = 'api' | 'page' | 'other';

interface RoutedRequest {
  url: string;
  routeOptions?: { url?: string };
}

/** The channel of a route pattern as the code registered it (`/api/v1/contests/:slug`). */
export function channelOfPattern(pattern: string): RequestChannel {
  if (pattern === '/api' || pattern.startsWith('/api/')) return 'api';
  if (pattern === '/health' || pattern === '/metrics' || pattern.startsWith('/static/'))
    return 'other';
  return 'page';
}

/**
 * The channel of the route Fastify matched, read from the pattern it was registered
 * with, never from the URL the client wrote: the router decodes `/%61pi/v1/me` into the
 * API route, so a prefix test on `request.url` would take it for a page and accept the
 * page cookie there. Undefined when no route matched (a 404 has nothing to protect).
 * Every security decision (which credential, whether a form needs a CSRF token) uses this.
 */
export function routedChannel(request: RoutedRequest): RequestChannel | undefined {
  const pattern = request.routeOptions?.url;
  return typeof pattern === 'string' && pattern !== '' ? channelOfPattern(pattern) : undefined;
}

/**
 * How to answer a request: as a page (HTML error page) or as the API (JSON error). A
 * matched route decides by its pattern; an unmatched path by its look, which only changes
 * the shape of the 404, never who is let in.
 */
export function replyChannel(request: RoutedRequest): RequestChannel {
  return routedChannel(request) ?? channelOfPattern(request.url.split('?')[0]);
}
