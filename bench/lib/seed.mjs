// Set-based seeding straight into the scratch database (never through the API, so a
// 5,000-entry contest is ready in seconds), and access tokens signed with the portal's
// secret for sessions written the same way.
import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';

/** Inserts rows in chunks of 1,000 with one multi-row INSERT each. */
export async function insertRows(db, table, columns, rows) {
  const quoted = columns.map((c) => `\`${c}\``).join(', ');
  for (let start = 0; start < rows.length; start += 1000)
    await db.query(`INSERT INTO \`${table}\` (${quoted}) VALUES ?`, [
      rows.slice(start, start + 1000),
    ]);
}

export const sqlNow = () => new Date().toISOString().slice(0, 19).replace('T', ' ');
export const sqlIn = (hours) =>
  new Date(Date.now() + hours * 3600_000).toISOString().slice(0, 19).replace('T', ' ');

/**
 * Users with an API session each; returns `{ id, email, token }`. Nobody signs in with a
 * password here, so the hash column holds a placeholder that matches no password.
 */
export async function seedUsersWithSessions(db, env, { count, role, prefix }) {
  const now = sqlNow();
  const users = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    sessionId: randomUUID(),
    email: `${prefix}${i}@bench.example.vn`,
    name: `${role === 'judge' ? 'Giám khảo' : 'Thí sinh'} ${i}`,
  }));
  await insertRows(
    db,
    'users',
    [
      'id',
      'email',
      'passwordHash',
      'fullName',
      'locale',
      'role',
      'emailVerifiedAt',
      'consentVersion',
      'consentAt',
      'dateOfBirth',
      'organization',
    ],
    users.map((u) => [
      u.id,
      u.email,
      '!',
      u.name,
      'vi',
      role,
      now,
      '2025-1',
      now,
      '2001-01-01',
      'Trường ĐH',
    ]),
  );
  await insertRows(
    db,
    'auth_sessions',
    ['id', 'userId', 'kind', 'expiresAt'],
    users.map((u) => [u.sessionId, u.id, 'api', sqlIn(12)]),
  );
  return users.map((u) => ({
    ...u,
    token: jwt.sign({ sid: u.sessionId }, env.JWT_SECRET, {
      subject: u.id,
      algorithm: 'HS256',
      expiresIn: 12 * 3600,
    }),
  }));
}
