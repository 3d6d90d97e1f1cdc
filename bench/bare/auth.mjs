// What every bare route shares with the portal's guard: the access token's checks and the
// session with its user in one statement, and the refusal a route answers with.
import { createHmac, timingSafeEqual } from 'node:crypto';

const secret = Buffer.from(process.env.JWT_SECRET, 'utf8');

/** HS256 only, `exp` required: the same checks as the portal's access tokens. */
export function verifyToken(header) {
  const match = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(header ?? '');
  if (!match) return null;
  const [, head, body, signature] = match;
  const expected = createHmac('sha256', secret).update(`${head}.${body}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (JSON.parse(Buffer.from(head, 'base64url')).alg !== 'HS256') return null;
  const claims = JSON.parse(Buffer.from(body, 'base64url'));
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) return null;
  return claims;
}

/** The session and its user in one statement. */
export async function principal(conn, claims) {
  const [rows] = await conn.query(
    `SELECT s.userId, s.expiresAt, s.revokedAt, u.role, u.email, u.fullName, u.locale, u.organization, u.erasedAt
       FROM auth_sessions s JOIN users u ON u.id = s.userId WHERE s.id = ?`,
    [claims.sid],
  );
  const row = rows[0];
  if (!row || row.userId !== claims.sub || row.revokedAt || row.erasedAt) return null;
  return row.expiresAt > new Date() ? row : null;
}

export class Refusal extends Error {
  constructor(status, code) {
    super(code);
    this.status = status;
  }
}
