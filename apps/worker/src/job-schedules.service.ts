import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { type ConnectionOptions, Queue } from 'bullmq';
import {
  AppConfig,
  JOB_OPTIONS,
  JOB_QUEUE,
  JOB_SCHEDULERS,
  redisOptions,
  RepeatingTask,
} from '@app/platform';

const RETRY_MS = 5000;

/**
 * Registers the repeatable jobs at boot. Every worker does it; the fixed scheduler ids
 * make that idempotent (one schedule per cluster, its interval the last one registered).
 * Redis down at boot does not stop the worker: registration is retried until it succeeds.
 */
@Injectable()
export class JobSchedules implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobSchedules.name);
  private queue?: Queue;
  private registration?: RepeatingTask;

  constructor(private readonly config: AppConfig) {}

  onApplicationBootstrap(): void {
    const schedulers = Object.values(JOB_SCHEDULERS);
    // Every scheduled job lives on the `schedules` queue: one producer registers them all.
    const queue = new Queue(JOB_QUEUE[schedulers[0].jobName], {
      connection: redisOptions(this.config.REDIS_URL!, 'producer') as ConnectionOptions,
      prefix: this.config.QUEUE_PREFIX,
    });
    queue.on('error', () => undefined);
    this.queue = queue;
    const ids = schedulers.map((scheduler) => scheduler.id);
    this.registration = new RepeatingTask(
      async () => {
        for (const { id, jobName } of schedulers)
          await queue.upsertJobScheduler(
            id,
            { every: this.config.REMINDER_SCAN_MS },
            { name: jobName, data: {}, opts: JOB_OPTIONS[jobName] },
          );
        this.logger.log({ schedulers: ids, every: this.config.REMINDER_SCAN_MS }, 'jobs scheduled');
        return 'stop';
      },
      {
        everyMs: RETRY_MS,
        onError: (error) =>
          this.logger.warn(
            { schedulers: ids, reason: String(error) },
            'job schedules not registered; retrying',
          ),
      },
    );
    this.registration.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.registration?.stop();
    await this.queue?.close().catch(() => undefined);
  }
}
