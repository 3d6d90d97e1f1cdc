import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply } from 'fastify';
import { WEB_SESSION_COOKIE } from '@app/accounts';
import { rotateCsrfSecret } from './csrf-binding';

/** httpOnly and SameSite=Lax always; Secure whenever the portal is served over https. */
function cookieOptions(publicUrl: string): CookieSerializeOptions {
  return { path: '/', httpOnly: true, sameSite: 'lax', secure: publicUrl.startsWith('https:') };
}

/** Signing in: the new session's cookie, and a new CSRF secret (see csrf-binding.ts). */
export function setSessionCookie(
  reply: FastifyReply,
  publicUrl: string,
  session: { cookieValue: string; expiresAt: Date },
): void {
  reply.setCookie(WEB_SESSION_COOKIE, session.cookieValue, {
    ...cookieOptions(publicUrl),
    expires: session.expiresAt,
  });
  rotateCsrfSecret(reply, publicUrl.startsWith('https:'));
}

export function clearSessionCookie(reply: FastifyReply, publicUrl: string): void {
  reply.clearCookie(WEB_SESSION_COOKIE, cookieOptions(publicUrl));
  rotateCsrfSecret(reply, publicUrl.startsWith('https:'));
}
