import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuthSession, SessionKind } from '@app/accounts/sessions/auth-session.entity';

/** A signed-in web session for a user; returns the cookie header value. */
export async function webSessionCookie(db: DataSource, userId: string): Promise<string> {
  const value = randomBytes(32).toString('base64url');
  await db.manager.insert(AuthSession, {
    userId,
    kind: SessionKind.web,
    cookieHash: createHash('sha256').update(value).digest('hex'),
    expiresAt: new Date(Date.now() + 3600 * 1000),
    revokedAt: null,
    revokeReason: null,
  });
  return `scp_session=${value}`;
}
