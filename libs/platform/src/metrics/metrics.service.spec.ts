import { mysqlPoolSamples } from './database-pool.metrics';
import { MetricsService } from './metrics.service';

describe('MetricsService', () => {
  it('reads scraped gauges at render time, and a failing source fails only itself', async () => {
    const metrics = new MetricsService();
    let pending = 3;
    metrics.addScrapedGauge({
      name: 'mail_outbox_messages',
      help: 'mails',
      labelNames: ['status'],
      source: 'mail_outbox',
      read: () => Promise.resolve([{ labels: { status: 'pending' }, value: pending }]),
    });
    metrics.addScrapedGauge({
      name: 'queue_jobs',
      help: 'jobs',
      labelNames: ['queue', 'state'],
      source: 'queues',
      read: () => Promise.reject(new Error('Redis is down')),
    });
    expect(await metrics.render()).toContain('mail_outbox_messages{status="pending"} 3');
    pending = 4;
    const text = await metrics.render();
    expect(text).toContain('mail_outbox_messages{status="pending"} 4');
    expect(text).toContain('platform_metrics_source_up{source="mail_outbox"} 1');
    expect(text).toContain('platform_metrics_source_up{source="queues"} 0');
    expect(text).not.toMatch(/^queue_jobs\{/m);
  });

  it('labels request latency with the route template and status', async () => {
    const metrics = new MetricsService();
    metrics.observeRequest('GET', '/api/v1/entries/:id', 200, 0.02);
    expect(await metrics.render()).toContain(
      'http_request_duration_seconds_count{method="GET",route="/api/v1/entries/:id",status_code="200"} 1',
    );
  });
});

describe('mysqlPoolSamples', () => {
  it('reads in use, idle and waiting from the pool', () => {
    const pool = {
      _allConnections: { length: 7 },
      _freeConnections: { length: 2 },
      _connectionQueue: { length: 4 },
    };
    expect(mysqlPoolSamples(pool)).toEqual([
      { labels: { state: 'in_use' }, value: 5 },
      { labels: { state: 'idle' }, value: 2 },
      { labels: { state: 'waiting' }, value: 4 },
    ]);
  });
});
