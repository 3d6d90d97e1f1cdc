import request from 'supertest';
import { DataSource } from 'typeorm';
import { outputOf } from '../support/app-output';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { testEnvironment } from '../support/environment';
import { freePort, RunningPortal, startPortal, waitFor } from '../support/portal';
import { TcpProxy } from '../support/tcp-proxy';

/**
 * The database goes away under load: requests must get a fast 503, not hang in a pile,
 * and the portal must recover by itself when the database is back.
 */
/**
 * Long enough that a request which waited for a connection attempt is told apart from one
 * refused at once even on a busy machine: the line between them is half of it.
 */
const CONNECT_TIMEOUT_MS = 4000;

describe('database outage (production profile)', () => {
  let proxy: TcpProxy;
  let portal: RunningPortal;
  let db: DataSource;
  let accessToken: string;

  beforeAll(async () => {
    const env = await testEnvironment('production', {
      DB_POOL_SIZE: '4',
      DB_QUEUE_LIMIT: '8',
      DB_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
    });
    proxy = new TcpProxy(await freePort(), { host: '127.0.0.1', port: 3306 });
    await proxy.start();
    const throughProxy = env.DATABASE_URL.replace('127.0.0.1:3306', `127.0.0.1:${proxy.port}`);
    db = await openDatabase(env);
    portal = await startPortal({ ...env, DATABASE_URL: throughProxy });
    const user = await createUser(db);
    accessToken = (
      await request(portal.url)
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: FACTORY_PASSWORD })
        .expect(200)
    ).body.accessToken;
  });
  afterAll(async () => {
    await portal?.stop();
    await proxy?.stop();
    await db?.destroy();
  });

  const burst = async (count: number) => {
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: count }, async () => {
        const t = Date.now();
        const res = await request(portal.url)
          .get('/api/v1/me')
          .set('authorization', `Bearer ${accessToken}`);
        return { status: res.status, code: res.body.code as string, ms: Date.now() - t };
      }),
    );
    return { results, totalMs: Date.now() - started };
  };

  it('answers 503 SERVICE_UNAVAILABLE at once when the database refuses connections', async () => {
    await proxy.setMode('refuse');
    const { results, totalMs } = await burst(60);
    expect(results.every((r) => r.status === 503 && r.code === 'SERVICE_UNAVAILABLE')).toBe(true);
    // Nobody waited for a connection attempt to time out.
    expect(totalMs).toBeLessThan(CONNECT_TIMEOUT_MS);
    const health = await request(portal.url).get('/health');
    expect(health.status).toBe(503);
    expect(health.body.checks.database).toBe('down');
  });

  it('fails fast past the bounded wait queue when the database hangs', async () => {
    await proxy.setMode('blackhole');
    const { results, totalMs } = await burst(60);
    // Only the pool (4) and its queue (8) may wait for the connect timeout; everyone else
    // is told 503 at once instead of joining a pile of hung requests.
    const fast = results.filter((r) => r.ms < CONNECT_TIMEOUT_MS / 2);
    expect(results.every((r) => r.status === 503)).toBe(true);
    expect(fast.length).toBeGreaterThanOrEqual(60 - 12);
    // The pool tries 4 connections at a time, so the 12 who wait do so in 3 waves.
    expect(totalMs).toBeLessThan(CONNECT_TIMEOUT_MS * 4);
  });

  it('recovers without a restart when the database is back', async () => {
    await proxy.setMode('pass');
    // Connection attempts begun during the hang may still time out for a moment; after
    // that every request must succeed again. The burst fits the pool and its queue (4 + 8):
    // a larger one is refused by design on a slow machine, healthy database or not.
    await waitFor(
      async () => (await burst(12)).results.every((r) => r.status === 200),
      'the portal to serve every request again',
      CONNECT_TIMEOUT_MS * 4,
      200,
    );
  });

  it('logs the designed refusals as warnings with their reason, not as unhandled errors', () => {
    const lines = outputOf(portal)
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: number; msg: string; reason?: string });
    const refusals = lines.filter((line) => line.msg === 'Service unavailable');
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.every((line) => line.level === 40 && typeof line.reason === 'string')).toBe(
      true,
    );
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
  });
});
