import { createHash, createHmac } from 'node:crypto';
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyCsrfProtectionOptions } from '@fastify/csrf-protection';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { WEB_SESSION_COOKIE } from '@app/accounts';

/** The signed cookie that holds the per-browser CSRF secret. */
export const CSRF_COOKIE = '_csrf';

/**
 * What a form token is bound to besides the browser's secret: the page session it was
 * issued in. A token issued before sign-in (anonymous), or in another session, does not
 * verify in this one, so a token planted before sign-in (login CSRF, cookie tossing from a
 * sibling host) is worthless afterwards. The cookie is hashed: the raw session value goes
 * no further than the session lookup.
 */
export function csrfSessionBinding(request: FastifyRequest): string {
  const session = request.cookies?.[WEB_SESSION_COOKIE];
  return session ? `session:${createHash('sha256').update(session).digest('hex')}` : 'anonymous';
}

/** A token for the forms of the page being rendered, bound to the current session. */
export function formCsrfToken(request: FastifyRequest, reply: FastifyReply): string {
  return reply.generateCsrf({ userInfo: csrfSessionBinding(request) });
}

function csrfCookieOptions(secure: boolean): CookieSerializeOptions {
  return { signed: true, httpOnly: true, sameSite: 'lax', path: '/', secure };
}

/**
 * Options of @fastify/csrf-protection: the secret in a signed cookie, tokens bound to the
 * session through `getUserInfo` (which the plugin requires an HMAC key for; it is derived
 * from the JWT secret so no key serves two purposes).
 */
export function csrfPluginOptions(
  jwtSecret: string,
  secure: boolean,
): FastifyCsrfProtectionOptions {
  return {
    cookieKey: CSRF_COOKIE,
    cookieOpts: csrfCookieOptions(secure),
    getUserInfo: csrfSessionBinding,
    csrfOpts: {
      userInfo: true,
      hmacKey: createHmac('sha256', jwtSecret).update('csrf-token-binding').digest(),
    },
  };
}

/**
 * Sign-in and sign-out start a new secret as well: the next page the browser loads
 * creates it. Together with the session binding, nothing of the CSRF state from before
 * the change of session carries over.
 */
export function rotateCsrfSecret(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(CSRF_COOKIE, csrfCookieOptions(secure));
}
