import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ConnectionOptions, Queue } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { QueueName } from '../queue/job-catalogue';
import { redisOptions } from '../redis/redis-connection';
import { GaugeSample, MetricsService } from './metrics.service';

/** Job states worth watching: a growing `waiting` means workers cannot keep up. */
const STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/**
 * Jobs per queue and state from BullMQ (production profile, Redis). Without Redis there
 * are no queues: the embedded profile dispatches from the outbox, counted by the mail gauge.
 */
@Injectable()
export class QueueDepthMetrics implements OnModuleInit, OnModuleDestroy {
  private queues: Queue[] = [];

  constructor(
    private readonly metrics: MetricsService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (!this.config.REDIS_URL) return;
    const connection = redisOptions(this.config.REDIS_URL, 'producer') as ConnectionOptions;
    this.queues = Object.values(QueueName).map((name) => {
      const queue = new Queue(name, { connection, prefix: this.config.QUEUE_PREFIX });
      // An outage shows as platform_metrics_source_up{source="queues"} 0, not as log lines.
      queue.on('error', () => undefined);
      return queue;
    });
    this.metrics.addScrapedGauge({
      name: 'queue_jobs',
      help: 'BullMQ jobs per queue and state',
      labelNames: ['queue', 'state'],
      source: 'queues',
      read: () => this.read(),
    });
  }

  private async read(): Promise<GaugeSample[]> {
    const counts = await Promise.all(this.queues.map((queue) => queue.getJobCounts(...STATES)));
    return this.queues.flatMap((queue, i) =>
      STATES.map((state) => ({
        labels: { queue: queue.name, state },
        value: counts[i][state] ?? 0,
      })),
    );
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.queues.map((queue) => queue.close().catch(() => undefined)));
  }
}
