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
  JobName,
  redisOptions,
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
  private timer?: NodeJS.Timeout;
  private attempt?: Promise<void>;
  private stopped = false;

  constructor(private readonly config: AppConfig) {}

  onApplicationBootstrap(): void {
    const { id, jobName } = JOB_SCHEDULERS.deadlineReminders;
    this.queue = new Queue(JOB_QUEUE[jobName], {
      connection: redisOptions(this.config.REDIS_URL!, 'producer') as ConnectionOptions,
      prefix: this.config.QUEUE_PREFIX,
    });
    this.queue.on('error', () => undefined);
    this.register(id, jobName, 0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.attempt;
    await this.queue?.close().catch(() => undefined);
  }

  private register(id: string, jobName: JobName, delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.attempt = this.queue!.upsertJobScheduler(
        id,
        { every: this.config.REMINDER_SCAN_MS },
        { name: jobName, data: {}, opts: JOB_OPTIONS[jobName] },
      )
        .then(() =>
          this.logger.log({ scheduler: id, every: this.config.REMINDER_SCAN_MS }, 'job scheduled'),
        )
        .catch((error: unknown) => {
          this.logger.warn(
            { scheduler: id, reason: String(error) },
            'job schedule not registered; retrying',
          );
          this.register(id, jobName, RETRY_MS);
        });
    }, delay);
  }
}
