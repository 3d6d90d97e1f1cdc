import request from 'supertest';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';

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
