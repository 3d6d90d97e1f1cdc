import request from 'supertest';
import { DataSource } from 'typeorm';
import { TokenPurpose } from '@app/accounts/tokens/user-token.entity';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { startThrowAwayRedis, ThrowAwayRedis } from '../support/redis-server';
import { insertUserToken } from '../support/tokens';
import { csrfOf } from '../support/page-forms';

const HOUR = 3600 * 1000;
const WRONG = 'không-phải-mật-khẩu';

let addresses = 0;
/** A client address of its own (the portal trusts one proxy hop: X-Forwarded-For is believed). */
const newClient = () => `198.51.100.${++addresses}`;

/**
 * Who can lock whom out. Clients are told apart by X-Forwarded-For behind one trusted
 * proxy. The limits are small so each rule shows in a few requests: 5 attempts an hour per
 * account and client (the per-minute limit is set higher so the hourly counter is the one
 * reached here; pages.e2e-spec and access-control.e2e-spec reach the per-minute one), a
 * per-account backstop of 12 an hour, and 10 a minute per link or session.
 */
describe.each(PROFILES)('sign-in and password limits (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let redis: ThrowAwayRedis | undefined;

  beforeAll(async () => {
    if (profile === 'production') {
      // A Redis of its own: the last test stops it.
      redis = await startThrowAwayRedis();
      await redis.start();
    }
    const env = await testEnvironment(profile, {
      TRUSTED_PROXIES: '1',
      AUTH_RATE_LIMIT_PER_MINUTE: '10',
      AUTH_RATE_LIMIT_PER_HOUR: '5',
      AUTH_ACCOUNT_RATE_LIMIT_PER_HOUR: '12',
      ...(redis ? { REDIS_URL: redis.url } : {}),
    });
    portal = await startPortal(env);
    db = await openDatabase(env);
  });
  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
    await redis?.stop();
  });

  const apiLogin = (client: string, email: string, password: string) =>
    request(portal.url)
      .post('/api/v1/auth/login')
      .set('x-forwarded-for', client)
      .send({ email, password });

  const statusesOf = async (count: number, attempt: () => Promise<{ status: number }>) => {
    const statuses: number[] = [];
    for (let i = 0; i < count; i++) statuses.push((await attempt()).status);
    return statuses;
  };

  /** The sign-in page, as a browser at `client` would use it (its own cookies and form token). */
  const pageLogin = async (client: string, email: string, password: string) => {
    const agent = request.agent(portal.url);
    const form = await agent.get('/login').set('x-forwarded-for', client).expect(200);
    return agent
      .post('/login')
      .set('x-forwarded-for', client)
      .type('form')
      .send({ _csrf: csrfOf(form.text), email, password })
      .redirects(0);
  };

  it('lets the owner sign in from their own address after 12 wrong passwords from another', async () => {
    const user = await createUser(db);
    const attacker = newClient();
    const attempts = await statusesOf(12, () => apiLogin(attacker, user.email, WRONG));
    expect(attempts).toEqual([401, 401, 401, 401, 401, ...Array(7).fill(429)]);
    // The attacker's address is stopped, even with the right password...
    expect((await apiLogin(attacker, user.email, FACTORY_PASSWORD)).status).toBe(429);
    // ...but the owner is not, on the API or on the sign-in page.
    expect((await apiLogin(newClient(), user.email, FACTORY_PASSWORD)).status).toBe(200);
    const page = await pageLogin(newClient(), user.email, FACTORY_PASSWORD);
    expect(page.status).toBe(303);
    expect(page.headers.location).toBe('/home');
  });

  it('counts the sign-in page and the API on one counter', async () => {
    const user = await createUser(db);
    const client = newClient();
    expect(await statusesOf(3, () => apiLogin(client, user.email, WRONG))).toEqual([401, 401, 401]);
    expect((await pageLogin(client, user.email, WRONG)).status).toBe(401);
    expect((await pageLogin(client, user.email, WRONG)).status).toBe(401);
    const api = await apiLogin(client, user.email, FACTORY_PASSWORD);
    expect(api.status).toBe(429);
    expect(api.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(api.headers['retry-after'])).toBeGreaterThan(0);
    const page = await pageLogin(client, user.email, FACTORY_PASSWORD);
    expect(page.status).toBe(429);
    expect(page.text).toContain('<h1>Quá nhiều yêu cầu</h1>');
  });

  it('stops guessing spread over many addresses at the per-account backstop', async () => {
    const user = await createUser(db);
    const [a, b, c, d] = [newClient(), newClient(), newClient(), newClient()];
    // A's refused attempts do not count towards the backstop: 5 + 5 + 2 counted attempts
    // reach it, and only then is the 13th refused.
    expect(await statusesOf(8, () => apiLogin(a, user.email, WRONG))).toEqual([
      401, 401, 401, 401, 401, 429, 429, 429,
    ]);
    expect(await statusesOf(5, () => apiLogin(b, user.email, WRONG))).toEqual(Array(5).fill(401));
    expect(await statusesOf(3, () => apiLogin(c, user.email, WRONG))).toEqual([401, 401, 429]);
    const owner = await apiLogin(d, user.email, FACTORY_PASSWORD);
    expect(owner.status).toBe(429);
    expect(owner.body.code).toBe('TOO_MANY_REQUESTS');
    // The backstop belongs to the account: the same address signs in to another one.
    const other = await createUser(db);
    expect((await apiLogin(d, other.email, FACTORY_PASSWORD)).status).toBe(200);
  });

  it('limits forgotten-password requests per account and address', async () => {
    const user = await createUser(db);
    const client = newClient();
    const forgot = (from: string, email: string) =>
      request(portal.url)
        .post('/api/v1/auth/password/forgot')
        .set('x-forwarded-for', from)
        .send({ email });
    expect(await statusesOf(6, () => forgot(client, user.email))).toEqual([
      202, 202, 202, 202, 202, 429,
    ]);
    expect((await forgot(newClient(), user.email)).status).toBe(202);
    expect((await forgot(client, `someone.else.${Date.now()}@example.vn`)).status).toBe(202);
  });

  it('limits refreshes per session, not per address', async () => {
    const client = newClient();
    const first = await createUser(db);
    const second = await createUser(db);
    const tokensOf = async (email: string) =>
      (await apiLogin(client, email, FACTORY_PASSWORD).expect(200)).body.refreshToken as string;
    const refresh = (refreshToken: string) =>
      request(portal.url)
        .post('/api/v1/auth/refresh')
        .set('x-forwarded-for', client)
        .send({ refreshToken });

    let token = await tokensOf(first.email);
    for (let i = 0; i < 10; i++) token = (await refresh(token).expect(200)).body.refreshToken;
    const eleventh = await refresh(token);
    expect(eleventh.status).toBe(429);
    // Another session from the same address (a class behind one router) is not affected.
    await refresh(await tokensOf(second.email)).expect(200);
  });

  it('limits uses of a mailed link per link, on the API and the page alike', async () => {
    const client = newClient();
    const first = await createUser(db);
    const second = await createUser(db);
    const judge = await createUser(db);
    const busy = await insertUserToken(db, first.id, TokenPurpose.resetPassword, HOUR);
    const reset = (token: string, newPassword: string) =>
      request(portal.url)
        .post('/api/v1/auth/password/reset')
        .set('x-forwarded-for', client)
        .send({ token, newPassword });

    // A weak password is refused without spending the link, so it can be tried again.
    const weak = await statusesOf(10, () => reset(busy, 'password'));
    expect(weak).toEqual(Array(10).fill(400));
    const agent = request.agent(portal.url);
    const form = await agent
      .get(`/reset-password?token=${encodeURIComponent(busy)}`)
      .set('x-forwarded-for', client)
      .expect(200);
    const page = await agent
      .post('/reset-password')
      .set('x-forwarded-for', client)
      .type('form')
      .send({
        _csrf: csrfOf(form.text),
        token: busy,
        newPassword: 'một-mật-khẩu-mới-đủ-dài',
        confirmPassword: 'một-mật-khẩu-mới-đủ-dài',
      });
    expect(page.status).toBe(429);

    // Other links from the same address still work.
    const other = await insertUserToken(db, second.id, TokenPurpose.resetPassword, HOUR);
    expect((await reset(other, 'một-mật-khẩu-mới-đủ-dài')).status).toBe(204);
    const invitation = await insertUserToken(db, judge.id, TokenPurpose.setPassword, HOUR);
    await request(portal.url)
      .post('/api/v1/judging/set-password')
      .set('x-forwarded-for', client)
      .send({ token: invitation, newPassword: 'mật-khẩu-giám-khảo-mới' })
      .expect(204);
  });

  if (profile === 'production') {
    it('keeps limiting in memory while Redis is down', async () => {
      await redis!.stop();
      const user = await createUser(db);
      const client = newClient();
      const attempts = await statusesOf(7, () => apiLogin(client, user.email, WRONG));
      expect(attempts).toEqual([401, 401, 401, 401, 401, 429, 429]);
      expect((await apiLogin(newClient(), user.email, FACTORY_PASSWORD)).status).toBe(200);
    });
  }
});
