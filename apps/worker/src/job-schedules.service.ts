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
    const { id, jobName } = JOB_SCHEDULERS.deadlineReminders;
    const queue = new Queue(JOB_QUEUE[jobName], {
      connection: redisOptions(this.config.REDIS_URL!, 'producer') as ConnectionOptions,
      prefix: this.config.QUEUE_PREFIX,
    });
    queue.on('error', () => undefined);
    this.queue = queue;
    this.registration = new RepeatingTask(
      async () => {
        await queue.upsertJobScheduler(
          id,
          { every: this.config.REMINDER_SCAN_MS },
          { name: jobName, data: {}, opts: JOB_OPTIONS[jobName] },
        );
        this.logger.log({ scheduler: id, every: this.config.REMINDER_SCAN_MS }, 'job scheduled');
        return 'stop';
      },
      {
        everyMs: RETRY_MS,
        onError: (error) =>
          this.logger.warn(
            { scheduler: id, reason: String(error) },
            'job schedule not registered; retrying',
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
