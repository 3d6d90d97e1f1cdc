import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Notification, NotificationStatus } from '@app/notifications/outbox/notification.entity';
import { openDatabase } from '../support/database';
import { PROFILES, Profile, testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { parsePrometheusText, sampleValue } from '../support/prometheus-text';

const METRICS_TOKEN = 'scrape-token-for-the-test-0123';
/** A client on another host, as the trusted proxy in front of the portal reports it. */
const REMOTE = '203.0.113.9';

async function scrape(url: string) {
  const res = await request(url).get('/metrics').expect(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusText(res.text);
}

describe.each(PROFILES)('GET /metrics (%s profile)', (profile: Profile) => {
  let portal: RunningPortal;
  let db: DataSource;

  beforeAll(async () => {
    const env = await testEnvironment(profile, { TRUSTED_PROXIES: '1', METRICS_TOKEN });
    portal = await startPortal(env);
    db = await openDatabase(env);
  });
  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('answers this machine in the Prometheus text format', async () => {
    const samples = await scrape(portal.url);
    expect(sampleValue(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sampleValue(samples, 'platform_metrics_source_up', { source: 'mail_outbox' })).toBe(1);
  });

  it('times a request under its route template, never its URL', async () => {
    const slug = `no-such-contest-${randomUUID()}`;
    await request(portal.url).get(`/api/v1/contests/by-slug/${slug}`).expect(404);
    const samples = await scrape(portal.url);
    const labels = { method: 'GET', route: '/api/v1/contests/by-slug/:slug', status_code: '404' };
    expect(sampleValue(samples, 'http_request_duration_seconds_count', labels)).toBeGreaterThan(0);
    expect(
      sampleValue(samples, 'http_request_duration_seconds_bucket', { ...labels, le: '+Inf' }),
    ).toBeGreaterThan(0);
    expect(samples.filter((s) => JSON.stringify(s.labels).includes(slug))).toEqual([]);
    // A path that matches no route is counted under one label, not one series per URL.
    await request(portal.url).get(`/no-such-page-${slug}`).expect(404);
    const after = await scrape(portal.url);
    expect(
      sampleValue(after, 'http_request_duration_seconds_count', { route: '(unmatched)' }),
    ).toBeGreaterThan(0);
    expect(after.filter((s) => JSON.stringify(s.labels).includes(slug))).toEqual([]);
  });

  it('counts the outbox by status at scrape time', async () => {
    const failed = async () =>
      sampleValue(await scrape(portal.url), 'mail_outbox_messages', { status: 'failed' });
    const before = await failed();
    expect(before).toBeDefined();
    await db.getRepository(Notification).insert({
      dedupeKey: `metrics-test:${randomUUID()}`,
      recipientEmail: 'metrics@example.vn',
      recipientUserId: null,
      template: 'verify-email',
      locale: 'vi',
      data: {},
      status: NotificationStatus.failed,
      attempts: 8,
      lastError: '550 mailbox unavailable',
      nextAttemptAt: new Date(),
    });
    expect(await failed()).toBe((before ?? 0) + 1);
  });

  it('reports queue depths and the database pool where the profile has them', async () => {
    const samples = await scrape(portal.url);
    if (profile === 'production') {
      expect(sampleValue(samples, 'queue_jobs', { queue: 'mail', state: 'waiting' })).toBeDefined();
      expect(sampleValue(samples, 'platform_metrics_source_up', { source: 'queues' })).toBe(1);
      expect(sampleValue(samples, 'db_pool_connections', { state: 'idle' })).toBeDefined();
      expect(sampleValue(samples, 'db_pool_connections', { state: 'waiting' })).toBe(0);
      // The scrape itself holds no connection once it is answered.
      expect(sampleValue(samples, 'db_pool_connections', { state: 'in_use' })).toBeDefined();
    } else {
      // SQLite has no pool and the embedded profile no queues.
      expect(
        samples.filter((s) => s.name === 'queue_jobs' || s.name === 'db_pool_connections'),
      ).toEqual([]);
    }
  });

  it('refuses another host without the token (401, so a scraper knows to fix its token)', async () => {
    const refused = await request(portal.url).get('/metrics').set('x-forwarded-for', REMOTE);
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('UNAUTHENTICATED');
    expect(refused.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(refused.text).not.toContain('http_request_duration_seconds');
    await request(portal.url)
      .get('/metrics')
      .set('x-forwarded-for', REMOTE)
      .set('authorization', `Bearer ${METRICS_TOKEN}-wrong`)
      .expect(401);
    const allowed = await request(portal.url)
      .get('/metrics')
      .set('x-forwarded-for', REMOTE)
      .set('authorization', `Bearer ${METRICS_TOKEN}`)
      .expect(200);
    expect(parsePrometheusText(allowed.text).length).toBeGreaterThan(0);
  });
});

describe('GET /metrics without METRICS_TOKEN', () => {
  let portal: RunningPortal;
  beforeAll(async () => {
    portal = await startPortal(await testEnvironment('embedded', { TRUSTED_PROXIES: '1' }));
  });
  afterAll(() => portal?.stop());

  it('does not exist for another host (404), whatever it sends', async () => {
    for (const authorization of [undefined, `Bearer ${METRICS_TOKEN}`]) {
      const pending = request(portal.url).get('/metrics').set('x-forwarded-for', REMOTE);
      const res = await (authorization ? pending.set('authorization', authorization) : pending);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('NOT_FOUND');
    }
    await request(portal.url).get('/metrics').expect(200);
  });
});
