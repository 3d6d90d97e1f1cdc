import request from 'supertest';
import { PROFILES, testEnvironment } from '../support/environment';
import {
  RunningPortal,
  RunningProcess,
  freePort,
  migrate,
  spawnApp,
  startPortal,
  waitFor,
} from '../support/portal';
import { parsePrometheusText, sampleValue } from '../support/prometheus-text';

describe.each(PROFILES)('health and error shape (%s profile)', (profile) => {
  let portal: RunningPortal;

  beforeAll(async () => {
    portal = await startPortal(await testEnvironment(profile));
  });
  afterAll(() => portal?.stop());

  it('reports the database (and Redis in production) as up', async () => {
    const res = await request(portal.url).get('/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.checks.database).toBe('up');
    if (profile === 'production') expect(res.body.checks.redis).toBe('up');
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const res = await request(portal.url)
      .post('/health')
      .set('content-type', 'application/json')
      .send('{"email":');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('MALFORMED_JSON');
  });

  it('serves the OpenAPI document', async () => {
    const res = await request(portal.url).get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
  });
});

describe('health when a dependency is down (production profile)', () => {
  let portal: RunningProcess;
  let url: string;

  beforeAll(async () => {
    // Nothing listens on this port: Redis is down from the start.
    const env = await testEnvironment('production', {
      REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
    });
    await migrate(env);
    const port = await freePort();
    portal = spawnApp('portal', { ...env, PORT: String(port), HOST: '127.0.0.1' });
    url = `http://127.0.0.1:${port}`;
    await waitFor(
      async () => (await fetch(`${url}/health`).catch(() => undefined))?.status === 503,
      'the portal to answer /health',
      90_000,
    );
  });
  afterAll(() => portal?.stop());

  it('answers 503 naming the failing dependency, and the others as up', async () => {
    const res = await request(url).get('/health').expect(503);
    expect(res.body).toEqual({ status: 'error', checks: { database: 'up', redis: 'down' } });
  });

  it('still serves the metrics, marking the queues as the source that did not answer', async () => {
    const res = await request(url).get('/metrics').expect(200);
    const samples = parsePrometheusText(res.text);
    expect(sampleValue(samples, 'platform_metrics_source_up', { source: 'queues' })).toBe(0);
    expect(sampleValue(samples, 'platform_metrics_source_up', { source: 'mail_outbox' })).toBe(1);
  });
});
