import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';
import { loadRouteTable, RouteInfo } from '../support/route-table';

type RouteDecision = RouteInfo;

const isApi = (path: string) => path.startsWith('/api/');
const concrete = (path: string) => path.replace(/:[A-Za-z]+/g, randomUUID());
/** A supertest request with the route's method. */
const call = (url: string, route: RouteDecision) =>
  request(url)[route.method.toLowerCase() as 'get'](concrete(route.path)).redirects(0);

describe('access control: every route declares who may call it (deny by default)', () => {
  let portal: RunningPortal;
  let db: DataSource;
  let routes: RouteDecision[];

  beforeAll(async () => {
    const env = await testEnvironment('embedded');
    portal = await startPortal(env);
    db = await openDatabase(env);
    routes = loadRouteTable(env);
  });
  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('finds the routes of the app', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes).toContainEqual(expect.objectContaining({ method: 'GET', path: '/api/v1/me' }));
  });

  it('has a decision (public or roles) on every route', () => {
    const undecided = routes.filter((r) => !r.public && r.roles === undefined);
    expect(undecided.map((r) => `${r.method} ${r.path} (${r.controller}.${r.handler})`)).toEqual(
      [],
    );
  });

  it('refuses an anonymous caller on every non-public route', async () => {
    for (const route of routes.filter((r) => !r.public)) {
      const res = await call(portal.url, route);
      const refused = isApi(route.path)
        ? res.status === 401
        : // a page POST may be stopped earlier by the CSRF check (403)
          res.status === 401 ||
          res.status === 403 ||
          ((res.status === 302 || res.status === 303) &&
            /\/login/.test(res.headers.location ?? ''));
      expect({ route: `${route.method} ${route.path}`, status: res.status, refused }).toEqual(
        expect.objectContaining({ refused: true }),
      );
    }
  });

  it('refuses a signed-in applicant on every route reserved to other roles', async () => {
    const applicant = await createUser(db, { role: Role.applicant });
    const login = await request(portal.url)
      .post('/api/v1/auth/login')
      .send({ email: applicant.email, password: FACTORY_PASSWORD })
      .expect(200);
    const cookie = await webSessionCookie(db, applicant.id);
    const reserved = routes.filter(
      (r) => !r.public && r.roles && r.roles.length > 0 && !r.roles.includes('applicant'),
    );
    expect(reserved.length).toBeGreaterThan(0);
    for (const route of reserved) {
      const pending = call(portal.url, route);
      const res = await (isApi(route.path)
        ? pending.set('authorization', `Bearer ${login.body.accessToken}`)
        : pending.set('cookie', cookie));
      expect({ route: `${route.method} ${route.path}`, status: res.status }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 403,
      });
    }
  });
});

describe('rate limiting per account and per client IP (more in auth-limits.e2e-spec.ts)', () => {
  let portal: RunningPortal;
  let behindProxy: RunningPortal;
  let db: DataSource;

  beforeAll(async () => {
    const env = await testEnvironment('production', {
      AUTH_RATE_LIMIT_PER_MINUTE: '5',
      AUTH_IP_RATE_LIMIT_PER_MINUTE: '8',
    });
    portal = await startPortal(env);
    // Behind a TLS-terminating proxy, as production runs: the public address is https.
    behindProxy = await startPortal({
      ...env,
      TRUSTED_PROXIES: '1',
      PUBLIC_URL: 'https://portal.test',
      QUEUE_PREFIX: `${env.QUEUE_PREFIX}p`,
    });
    db = await openDatabase(env);
  });
  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
    await behindProxy?.stop();
  });

  it('answers 429 TOO_MANY_REQUESTS after too many sign-in attempts on one account from one address', async () => {
    const user = await createUser(db);
    // Every auth route counts against one per-address counter, so this test signs in
    // from an address of its own (behind the proxy) and leaves 127.0.0.1's to the next.
    const login = (password: string) =>
      request(behindProxy.url)
        .post('/api/v1/auth/login')
        .set('x-forwarded-for', '203.0.113.99')
        .send({ email: user.email, password });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await login('sai-mật-khẩu');
      statuses.push(res.status);
      if (res.status === 429) expect(res.body.code).toBe('TOO_MANY_REQUESTS');
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    // From that address even the right password is refused until the window passes
    // (other addresses are not: see auth-limits.e2e-spec.ts).
    expect((await login(FACTORY_PASSWORD)).status).toBe(429);
  });

  it('cannot be reset by a forged X-Forwarded-For when no proxy is trusted', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await request(portal.url)
        .post('/api/v1/auth/password/forgot')
        .set('x-forwarded-for', `203.0.113.${i}`)
        .send({ email: `ip-test-${i}@example.vn` });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 8).every((s) => s === 202)).toBe(true);
    expect(statuses.slice(8)).toEqual([429, 429]);
  });

  it('behind one trusted proxy, counts the address the proxy saw, not what the client wrote before it', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await request(behindProxy.url)
        .post('/api/v1/auth/password/forgot')
        .set('x-forwarded-for', `198.51.100.${i}, 192.0.2.7`)
        .send({ email: `proxy-test-${i}@example.vn` });
      statuses.push(res.status);
    }
    expect(statuses.slice(8)).toEqual([429, 429]);
    const other = await request(behindProxy.url)
      .post('/api/v1/auth/password/forgot')
      .set('x-forwarded-for', '192.0.2.8')
      .send({ email: 'proxy-other@example.vn' });
    expect(other.status).toBe(202);
  });

  it('sends HSTS only where PUBLIC_URL is https', async () => {
    for (const path of ['/login', '/api/v1/contests', '/health']) {
      const secure = await request(behindProxy.url).get(path);
      expect(secure.headers['strict-transport-security']).toBe(
        'max-age=31536000; includeSubDomains',
      );
      const plain = await request(portal.url).get(path);
      expect(plain.headers['strict-transport-security']).toBeUndefined();
    }
  });
});
