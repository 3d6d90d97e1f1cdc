import { request as httpRequest } from 'node:http';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createContest } from '../support/contest-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';
import { csrfOf } from '../support/page-forms';

/** A GET that sends the path exactly as written: no client-side normalisation of `..` or `//`. */
function rawGet(
  base: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

const setCookies = (res: { headers: Record<string, unknown> }): string[] =>
  ([] as string[]).concat((res.headers['set-cookie'] as string | string[] | undefined) ?? []);

/** The value of a cookie the response set (`name=value; ...`). */
const cookieValue = (res: { headers: Record<string, unknown> }, name: string) =>
  setCookies(res)
    .find((c) => c.startsWith(`${name}=`))
    ?.split(';')[0]
    .slice(name.length + 1);

describe.each(PROFILES)('sessions and the HTTP boundary (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;

  beforeAll(async () => {
    const env = await testEnvironment(profile, { BODY_LIMIT_BYTES: '16384' });
    portal = await startPortal(env);
    db = await openDatabase(env);
  });
  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  describe('cookie or bearer: decided by the route that matched, not by the spelling of the URL', () => {
    // Every spelling that reaches the API route must ask for a bearer token (401, JSON);
    // the others reach no route at all (404). None may take the page cookie.
    it.each([
      ['/api/v1/me', 'the plain path'],
      ['/%61pi/v1/me', 'an encoded letter in the prefix'],
      ['/%61%70%69/v1/me', 'the whole prefix encoded'],
      ['/api/v1/%6de', 'an encoded letter after the prefix'],
      ['/api/v1/me?via=page', 'a query string'],
      ['//api/v1/me', 'a double slash before the prefix'],
      ['/api//v1/me', 'a double slash inside'],
      ['/api/v1/me;jsessionid=1', 'a ; parameter at the end'],
      ['/api;x=1/v1/me', 'a ; parameter in the prefix'],
      ['/API/v1/me', 'upper case'],
      ['/Api/v1/me', 'mixed case'],
      ['/api/v1/me/', 'a trailing slash'],
      ['/api/v1/./me', 'a dot segment'],
      ['/x/../api/v1/me', 'a dot-dot segment before the prefix'],
      ['/api/v1/x/../me', 'a dot-dot segment inside'],
      ['/%2561pi/v1/me', 'a double-encoded letter'],
      ['/api%2Fv1%2Fme', 'encoded slashes'],
    ])('GET %s (%s) with only the page cookie never answers as the user', async (path) => {
      const user = await createUser(db);
      const res = await rawGet(portal.url, path, { cookie: await webSessionCookie(db, user.id) });
      expect([401, 404]).toContain(res.status);
      expect(res.body).not.toContain(user.email);
      if (res.status === 401) {
        // It reached the API route: the API's refusal, not a page's redirect.
        expect(JSON.parse(res.body)).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
      }
    });

    it('lets the encoded spellings reach the API route, where the bearer token works', async () => {
      const user = await createUser(db);
      const login = await request(portal.url)
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: FACTORY_PASSWORD })
        .expect(200);
      const bearer = { authorization: `Bearer ${login.body.accessToken}` };
      for (const path of ['/api/v1/me', '/%61pi/v1/me', '/api/v1/%6de']) {
        const res = await rawGet(portal.url, path, bearer);
        expect({ path, status: res.status }).toEqual({ path, status: 200 });
        expect(JSON.parse(res.body).email).toBe(user.email);
      }
    });

    it('takes no bearer token on a page, however the page path is spelled', async () => {
      const user = await createUser(db);
      const login = await request(portal.url)
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: FACTORY_PASSWORD })
        .expect(200);
      for (const path of ['/home', '/%68ome']) {
        const res = await rawGet(portal.url, path, {
          authorization: `Bearer ${login.body.accessToken}`,
        });
        expect({ path, status: res.status }).toEqual({ path, status: 303 });
        expect(res.headers.location).toMatch(/^\/login\?next=/);
      }
    });

    it('checks the CSRF token of a page form however its path is spelled', async () => {
      const user = await createUser(db);
      const cookie = await webSessionCookie(db, user.id);
      const res = await request(portal.url)
        .post('/%6cogout')
        .set('cookie', cookie)
        .type('form')
        .send({})
        .redirects(0);
      expect(res.status).toBe(403);
      expect(res.text).toContain('data-code="CSRF_FAILED"');
      await request(portal.url).get('/home').set('cookie', cookie).expect(200);
    });
  });

  describe('CSRF tokens belong to one page session', () => {
    it('stops accepting a token from before sign-in once signed in, and starts a new secret', async () => {
      const user = await createUser(db);
      const loginPage = await request(portal.url).get('/login').expect(200);
      const anonymousToken = csrfOf(loginPage.text);
      const anonymousSecret = cookieValue(loginPage, '_csrf');
      expect(anonymousSecret).toBeTruthy();

      const signIn = await request(portal.url)
        .post('/login')
        .set('cookie', `_csrf=${anonymousSecret}`)
        .type('form')
        .send({ _csrf: anonymousToken, email: user.email, password: FACTORY_PASSWORD })
        .expect(303);
      const session = cookieValue(signIn, 'scp_session');
      expect(session).toBeTruthy();
      // The sign-in clears the secret: the next page starts a new one.
      expect(setCookies(signIn).find((c) => c.startsWith('_csrf='))).toMatch(
        /^_csrf=;.*Expires=Thu, 01 Jan 1970/,
      );

      // Even a browser that kept the old secret cannot use the pre-sign-in token.
      const fixated = await request(portal.url)
        .post('/logout')
        .set('cookie', `_csrf=${anonymousSecret}; scp_session=${session}`)
        .type('form')
        .send({ _csrf: anonymousToken })
        .redirects(0);
      expect(fixated.status).toBe(403);
      expect(fixated.text).toContain('data-code="CSRF_FAILED"');

      const home = await request(portal.url)
        .get('/home')
        .set('cookie', `scp_session=${session}`)
        .expect(200);
      const secret = cookieValue(home, '_csrf');
      expect(secret).toBeTruthy();
      expect(secret).not.toBe(anonymousSecret);
      await request(portal.url)
        .post('/logout')
        .set('cookie', `_csrf=${secret}; scp_session=${session}`)
        .type('form')
        .send({ _csrf: csrfOf(home.text) })
        .expect(303);
    });

    it("refuses one session's token, or an anonymous one, in another session", async () => {
      const alice = await createUser(db);
      const bob = await createUser(db);
      const aliceCookie = await webSessionCookie(db, alice.id);
      const bobCookie = await webSessionCookie(db, bob.id);
      const alicePage = await request(portal.url).get('/home').set('cookie', aliceCookie);
      const aliceSecret = cookieValue(alicePage, '_csrf');
      const aliceToken = csrfOf(alicePage.text);
      const anonymousPage = await request(portal.url).get('/login');
      const anonymousSecret = cookieValue(anonymousPage, '_csrf');
      const anonymousToken = csrfOf(anonymousPage.text);

      // The secret cookie tossed into Bob's browser, with a token issued alongside it.
      for (const [secret, token] of [
        [aliceSecret, aliceToken],
        [anonymousSecret, anonymousToken],
      ]) {
        const res = await request(portal.url)
          .post('/logout')
          .set('cookie', `_csrf=${secret}; ${bobCookie}`)
          .type('form')
          .send({ _csrf: token })
          .redirects(0);
        expect(res.status).toBe(403);
      }
      await request(portal.url).get('/home').set('cookie', bobCookie).expect(200);
      // In its own session the token works.
      await request(portal.url)
        .post('/logout')
        .set('cookie', `_csrf=${aliceSecret}; ${aliceCookie}`)
        .type('form')
        .send({ _csrf: aliceToken })
        .expect(303);
    });
  });

  describe('response headers', () => {
    it('marks every API answer no-store, errors included, unless the route opts in to caching', async () => {
      const user = await createUser(db);
      const contest = await createContest(db);
      const login = await request(portal.url)
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: FACTORY_PASSWORD })
        .expect(200);
      expect(login.headers['cache-control']).toBe('no-store');
      const bearer = `Bearer ${login.body.accessToken}`;
      const me = await request(portal.url).get('/api/v1/me').set('authorization', bearer);
      expect(me.headers['cache-control']).toBe('no-store');
      const refused = await request(portal.url).get('/api/v1/me').expect(401);
      expect(refused.headers['cache-control']).toBe('no-store');
      const entries = await request(portal.url)
        .get('/api/v1/me/entries')
        .set('authorization', bearer);
      expect(entries.status).toBe(200);
      expect(entries.headers['cache-control']).toBe('no-store');
      const one = await request(portal.url).get(`/api/v1/contests/by-slug/${contest.slug}`).expect(200);
      expect(one.headers['cache-control']).toBe('no-store');
      // The public contest list is the same for everyone and opts in.
      const list = await request(portal.url).get('/api/v1/contests').expect(200);
      expect(list.headers['cache-control']).toBe('public, max-age=60');
    });

    it('sends no HSTS header when PUBLIC_URL is plain http', async () => {
      for (const path of ['/login', '/api/v1/contests', '/health']) {
        const res = await request(portal.url).get(path);
        expect({ path, hsts: res.headers['strict-transport-security'] }).toEqual({
          path,
          hsts: undefined,
        });
      }
    });
  });

  describe('a body over BODY_LIMIT_BYTES', () => {
    const big = 'x'.repeat(20000);

    it('gets 413 on a page form, as a page in the visitor language with the API code', async () => {
      const agent = request.agent(portal.url);
      const page = await agent.get('/register').expect(200);
      const res = await agent
        .post('/register')
        .type('form')
        .send({ _csrf: csrfOf(page.text), fullName: big });
      expect(res.status).toBe(413);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toContain('data-code="PAYLOAD_TOO_LARGE"');
      expect(res.text).toContain('<h1>Nội dung gửi lên quá lớn</h1>');
      const english = await agent
        .post('/register')
        .set('accept-language', 'en')
        .type('form')
        .send({ _csrf: csrfOf(page.text), fullName: big });
      expect(english.status).toBe(413);
      expect(english.text).toContain('<h1>Request too large</h1>');
    });

    it('gets the same 413 and code on the API, JSON or urlencoded', async () => {
      for (const type of ['json', 'form'] as const) {
        const res = await request(portal.url)
          .post('/api/v1/auth/register')
          .type(type)
          .send({ email: 'big@example.vn', fullName: big });
        expect({ type, status: res.status, code: res.body.code }).toEqual({
          type,
          status: 413,
          code: 'PAYLOAD_TOO_LARGE',
        });
      }
    });
  });
});
