import request from 'supertest';
import { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { TokenPurpose } from '@app/accounts/tokens/user-token.entity';
import { AuthSession } from '@app/accounts/sessions/auth-session.entity';
import { UserToken } from '@app/accounts/tokens/user-token.entity';
import { Notification, NotificationStatus } from '@app/notifications/outbox/notification.entity';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, startPortal, waitFor } from '../support/portal';
import { holdTables } from '../support/table-locks';
import { forgeJwt, insertUserToken } from '../support/tokens';

const HOUR = 3600 * 1000;

describe.each(PROFILES)('auth API (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  const api = (path: string) => `/api/v1${path}`;

  beforeAll(async () => {
    const env = await testEnvironment(profile, {
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      AUTH_IP_RATE_LIMIT_PER_MINUTE: '5000',
      BODY_LIMIT_BYTES: '16384',
    });
    portal = await startPortal(env);
    db = await openDatabase(env);
  });
  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  const login = async (email: string, password = FACTORY_PASSWORD) => {
    const res = await request(portal.url).post(api('/auth/login')).send({ email, password });
    expect(res.status).toBe(200);
    return res.body as { accessToken: string; refreshToken: string };
  };

  describe('registration', () => {
    const valid = () => ({
      email: `An.${Date.now()}@Example.vn`,
      password: 'trăng-rằm-tháng-tám',
      fullName: 'Nguyễn Văn An',
      consent: true,
    });

    it('creates an unverified applicant, stores the consent, and never returns the hash', async () => {
      const body = valid();
      const res = await request(portal.url).post(api('/auth/register')).send(body).expect(201);
      expect(res.body).toMatchObject({
        email: body.email.toLowerCase(),
        role: 'applicant',
        emailVerified: false,
        consentVersion: '2025-1',
      });
      expect(JSON.stringify(res.body)).not.toMatch(/passwordHash|argon2/);
      const again = await request(portal.url)
        .post(api('/auth/register'))
        .send({ ...body, email: body.email.toUpperCase() });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('EMAIL_TAKEN');
    });

    it.each([
      ['an unknown field role', 'VALIDATION_FAILED', { role: 'admin' }],
      ['an unknown field emailVerified', 'VALIDATION_FAILED', { emailVerified: true }],
      ['an object where the password belongs', 'VALIDATION_FAILED', { password: { password: 1 } }],
      ['an invalid e-mail', 'VALIDATION_FAILED', { email: 'not-an-email' }],
      ['a short password', 'WEAK_PASSWORD', { password: 'ngắn7' }],
      ['a common password', 'WEAK_PASSWORD', { password: 'password123' }],
      ['a password over 128 characters', 'WEAK_PASSWORD', { password: 'x'.repeat(129) }],
      ['consent missing', 'CONSENT_REQUIRED', { consent: undefined }],
      ['consent refused', 'CONSENT_REQUIRED', { consent: false }],
      ['consent as a string', 'VALIDATION_FAILED', { consent: 'yes' }],
    ])('refuses %s with 400 %s', async (_what, code, change) => {
      const res = await request(portal.url)
        .post(api('/auth/register'))
        .send({ ...valid(), ...change });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe(code);
      expect(res.body.statusCode).toBe(400);
    });

    it('refuses malformed JSON and oversized bodies with stable codes', async () => {
      const malformed = await request(portal.url)
        .post(api('/auth/register'))
        .set('content-type', 'application/json')
        .send('{"email": "a@b.vn",');
      expect(malformed.status).toBe(400);
      expect(malformed.body.code).toBe('MALFORMED_JSON');
      const big = await request(portal.url)
        .post(api('/auth/register'))
        .send({ ...valid(), fullName: 'x'.repeat(20000) });
      expect(big.status).toBe(413);
      expect(big.body.code).toBe('PAYLOAD_TOO_LARGE');
    });
  });

  describe('sign-in and tokens', () => {
    it('answers a wrong password and an unknown e-mail alike with 401 INVALID_CREDENTIALS', async () => {
      const user = await createUser(db);
      for (const body of [
        { email: user.email, password: 'sai-mật-khẩu-rồi' },
        { email: 'nobody@example.vn', password: 'sai-mật-khẩu-rồi' },
      ]) {
        const res = await request(portal.url).post(api('/auth/login')).send(body);
        expect(res.status).toBe(401);
        expect(res.body.code).toBe('INVALID_CREDENTIALS');
      }
      const typed = await request(portal.url)
        .post(api('/auth/login'))
        .send({ email: user.email, password: { $ne: '' } });
      expect(typed.status).toBe(400);
    });

    it('signs in and shows /me; the access token works only as a bearer token', async () => {
      const user = await createUser(db, { role: Role.judge });
      const { accessToken, refreshToken } = await login(user.email);
      expect(refreshToken.length).toBeGreaterThanOrEqual(40);
      const me = await request(portal.url)
        .get(api('/me'))
        .set('authorization', `Bearer ${accessToken}`)
        .expect(200);
      expect(me.body).toMatchObject({ id: user.id, email: user.email, role: 'judge' });
      await request(portal.url).get(api('/me')).expect(401);
      await request(portal.url)
        .get(api('/me'))
        .set('authorization', `Token ${accessToken}`)
        .expect(401);
    });

    it('rotates refresh tokens and revokes the whole family when a rotated one is reused', async () => {
      const user = await createUser(db);
      const first = await login(user.email);
      const second = (
        await request(portal.url)
          .post(api('/auth/refresh'))
          .send({ refreshToken: first.refreshToken })
          .expect(200)
      ).body;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      await request(portal.url)
        .get(api('/me'))
        .set('authorization', `Bearer ${second.accessToken}`)
        .expect(200);

      const reuse = await request(portal.url)
        .post(api('/auth/refresh'))
        .send({ refreshToken: first.refreshToken });
      expect(reuse.status).toBe(401);
      // The thief's reuse ended the family: the legitimate newest tokens stop working too.
      await request(portal.url)
        .post(api('/auth/refresh'))
        .send({ refreshToken: second.refreshToken })
        .expect(401);
      await request(portal.url)
        .get(api('/me'))
        .set('authorization', `Bearer ${second.accessToken}`)
        .expect(401);
      const sessions = await db.manager.find(AuthSession, { where: { userId: user.id } });
      expect(sessions.map((s) => s.revokeReason)).toEqual(['refresh_reuse']);
    });

    it('logout revokes the access and refresh tokens of that session', async () => {
      const user = await createUser(db);
      const tokens = await login(user.email);
      await request(portal.url)
        .post(api('/auth/logout'))
        .set('authorization', `Bearer ${tokens.accessToken}`)
        .expect(204);
      await request(portal.url)
        .get(api('/me'))
        .set('authorization', `Bearer ${tokens.accessToken}`)
        .expect(401);
      await request(portal.url)
        .post(api('/auth/refresh'))
        .send({ refreshToken: tokens.refreshToken })
        .expect(401);
    });

    it('refuses forged access tokens: no sub, no exp, alg none, another secret, expired', async () => {
      const user = await createUser(db);
      const { accessToken } = await login(user.email);
      const [, payload] = accessToken.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const secret = portal.env.JWT_SECRET;
      const now = Math.floor(Date.now() / 1000);
      const forged = [
        forgeJwt(
          { alg: 'HS256', typ: 'JWT' },
          { sid: claims.sid, iat: now, exp: now + 600 },
          secret,
        ),
        // Signed with the right secret, but without an expiry it would be valid for ever.
        forgeJwt(
          { alg: 'HS256', typ: 'JWT' },
          { sub: claims.sub, sid: claims.sid, iat: now },
          secret,
        ),
        forgeJwt({ alg: 'none', typ: 'JWT' }, { ...claims, exp: now + 600 }),
        forgeJwt({ alg: 'HS256', typ: 'JWT' }, claims, 'another-secret-another-secret-another'),
        forgeJwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, exp: now - 10 }, secret),
      ];
      for (const token of forged) {
        const res = await request(portal.url)
          .get(api('/me'))
          .set('authorization', `Bearer ${token}`);
        expect(res.status).toBe(401);
        expect(res.body.code).toBe('UNAUTHENTICATED');
      }
    });
  });

  describe('password reset', () => {
    it('answers forgot-password the same whether or not the address exists', async () => {
      const user = await createUser(db);
      const known = await request(portal.url)
        .post(api('/auth/password/forgot'))
        .send({ email: user.email });
      const unknown = await request(portal.url)
        .post(api('/auth/password/forgot'))
        .send({ email: 'ghost@example.vn' });
      expect(known.status).toBe(202);
      expect(unknown.status).toBe(202);
      expect(unknown.body).toEqual(known.body);
    });

    /**
     * Timing cannot tell whether an address has an account because the answer is given
     * before any work that depends on it. Proved structurally rather than by comparing
     * response times: the tables that work needs are locked while both requests are made
     * (MariaDB: no reads or writes; SQLite: no writes), so an answer that waited for any of
     * it could not arrive; once they are released, the link is issued behind the answer.
     * Unlike a comparison of medians it cannot flake on a busy machine, and it fails on
     * the old code, which looked the address up and wrote the link before answering.
     */
    it('answers forgot-password before any work that depends on the account', async () => {
      const user = await createUser(db);
      const ghost = `ghost.${Date.now()}@example.vn`;
      if (profile === 'embedded') {
        // The in-process dispatcher must not be writing earlier mail while SQLite is held.
        await waitFor(
          async () =>
            (await db.manager.count(Notification, {
              where: [
                { status: NotificationStatus.pending },
                { status: NotificationStatus.queued },
              ],
            })) === 0,
          'earlier mail to be delivered',
        );
      }
      const lock = await holdTables(portal.env, ['users', 'user_tokens', 'notifications']);
      const answers: request.Response[] = [];
      try {
        for (const email of [ghost, user.email]) {
          answers.push(
            await request(portal.url)
              .post(api('/auth/password/forgot'))
              .send({ email })
              .timeout(5000),
          );
        }
      } finally {
        await lock.release();
      }
      expect(answers.map((a) => a.status)).toEqual([202, 202]);
      expect(answers[1].body).toEqual(answers[0].body);

      await waitFor(
        async () =>
          (await db.manager.count(Notification, {
            where: { recipientEmail: user.email, template: 'password-reset' },
          })) === 1,
        'the reset mail of the existing account',
      );
      expect(
        await db.manager.count(UserToken, {
          where: { userId: user.id, purpose: TokenPurpose.resetPassword },
        }),
      ).toBe(1);
      expect(await db.manager.count(Notification, { where: { recipientEmail: ghost } })).toBe(0);
    });

    it('refuses expired, wrong-purpose and reused tokens with their codes', async () => {
      const user = await createUser(db);
      const expired = await insertUserToken(db, user.id, TokenPurpose.resetPassword, -1000);
      const wrongPurpose = await insertUserToken(db, user.id, TokenPurpose.verifyEmail, HOUR);
      const good = await insertUserToken(db, user.id, TokenPurpose.resetPassword, HOUR);
      const reset = (token: string) =>
        request(portal.url)
          .post(api('/auth/password/reset'))
          .send({ token, newPassword: 'mật-khẩu-mới-an-toàn' });

      expect((await reset(expired)).body.code).toBe('TOKEN_EXPIRED');
      expect((await reset(wrongPurpose)).body.code).toBe('INVALID_TOKEN');
      expect((await reset('not-a-real-token-but-long-enough')).body.code).toBe('INVALID_TOKEN');
      expect((await reset(good)).status).toBe(204);
      const reused = await reset(good);
      expect(reused.status).toBe(400);
      expect(reused.body.code).toBe('INVALID_TOKEN');
      await login(user.email, 'mật-khẩu-mới-an-toàn');
    });

    it('lets exactly one of 20 parallel uses of a reset token succeed, and ends every session', async () => {
      const user = await createUser(db);
      const before = await login(user.email);
      const token = await insertUserToken(db, user.id, TokenPurpose.resetPassword, HOUR);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          request(portal.url)
            .post(api('/auth/password/reset'))
            .send({ token, newPassword: `mật-khẩu-song-song-${i}` }),
        ),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 204)).toHaveLength(1);
      expect(statuses.filter((s) => s !== 204).every((s) => s === 400)).toBe(true);
      await request(portal.url)
        .get(api('/me'))
        .set('authorization', `Bearer ${before.accessToken}`)
        .expect(401);
    });

    it('keeps the current session on a password change and ends the others', async () => {
      const user = await createUser(db);
      const current = await login(user.email);
      const other = await login(user.email);
      const bad = await request(portal.url)
        .post(api('/auth/password/change'))
        .set('authorization', `Bearer ${current.accessToken}`)
        .send({ currentPassword: 'sai', newPassword: 'mật-khẩu-đổi-mới' });
      expect(bad.body.code).toBe('INVALID_CREDENTIALS');
      await request(portal.url)
        .post(api('/auth/password/change'))
        .set('authorization', `Bearer ${current.accessToken}`)
        .send({ currentPassword: FACTORY_PASSWORD, newPassword: 'mật-khẩu-đổi-mới' })
        .expect(204);
      await request(portal.url)
        .get(api('/me'))
        .set('authorization', `Bearer ${current.accessToken}`)
        .expect(200);
      await request(portal.url)
        .get(api('/me'))
        .set('authorization', `Bearer ${other.accessToken}`)
        .expect(401);
    });
  });

  describe('roles', () => {
    it("lets only an admin change a role, which ends the person's sessions and is audited", async () => {
      const admin = await createUser(db, { role: Role.admin });
      const organizer = await createUser(db, { role: Role.organizer });
      const target = await createUser(db);
      const adminTokens = await login(admin.email);
      const organizerTokens = await login(organizer.email);
      const targetTokens = await login(target.email);
      const change = (token: string) =>
        request(portal.url)
          .patch(api(`/users/${target.id}/role`))
          .set('authorization', `Bearer ${token}`)
          .send({ role: 'judge' });

      const refused = await change(organizerTokens.accessToken);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('FORBIDDEN');
      const done = await change(adminTokens.accessToken);
      expect(done.status).toBe(200);
      expect(done.body.role).toBe('judge');
      await request(portal.url)
        .get(api('/me'))
        .set('authorization', `Bearer ${targetTokens.accessToken}`)
        .expect(401);
      const audit = await db.query(`SELECT action FROM audit_log WHERE subjectId = ?`, [target.id]);
      expect(audit.map((row: { action: string }) => row.action)).toContain('user.role_changed');
    });
  });
});
