import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { type ConnectionOptions, Job, Worker } from 'bullmq';
import { MAIL_JOB_ROWS } from '@app/notifications';
import { AppConfig, QueueName, redisOptions } from '@app/platform';
import { DeadlineReminderProcessor } from './deadline-reminder.processor';
import { handlersByQueue, JobHandler } from './job-handlers';
import { JudgingReminderProcessor } from './judging-reminder.processor';
import { AutoAssignProcessor } from './auto-assign.processor';
import { MailDeliveryProcessor } from './mail-delivery.processor';
import { RankingRecomputeProcessor } from './ranking-recompute.processor';

/** One BullMQ worker per queue of the catalogue, dispatching each job to its handler. */
@Injectable()
export class QueueConsumers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(QueueConsumers.name);
  private readonly queues: ReturnType<typeof handlersByQueue>;
  private readonly workers: Worker[] = [];
  private lastConnectionReport = 0;

  constructor(
    private readonly config: AppConfig,
    mail: MailDeliveryProcessor,
    reminders: DeadlineReminderProcessor,
    judgingReminders: JudgingReminderProcessor,
    rankings: RankingRecomputeProcessor,
    assignments: AutoAssignProcessor,
  ) {
    this.queues = handlersByQueue([
      mail,
      reminders,
      judgingReminders,
      rankings,
      assignments,
    ] as JobHandler[]);
  }

  onApplicationBootstrap(): void {
    const url = this.config.REDIS_URL;
    if (!url) throw new Error('The worker needs REDIS_URL');
    for (const [queue, handlers] of this.queues) {
      const worker = new Worker(
        queue,
        async (job: Job) => {
          const handler = handlers.get(job.name as JobHandler['jobName']);
          if (!handler) throw new Error(`no handler for job ${job.name}`);
          return handler.handle(job.data, {
            updateProgress: (percent) => job.updateProgress(percent),
          });
        },
        {
          // ioredis' option type is wider than BullMQ's declared subset; the values are plain options.
          connection: redisOptions(url, 'worker') as ConnectionOptions,
          prefix: this.config.QUEUE_PREFIX,
          // Scheduled scans run one at a time per worker. A mail job holds a chunk of rows
          // and the delivery service limits the mails in flight to MAIL_CONCURRENCY, so one
          // chunk more than those mails fill keeps it busy while the next chunk is read.
          concurrency:
            queue === QueueName.mail
              ? Math.ceil(this.config.MAIL_CONCURRENCY / MAIL_JOB_ROWS) + 1
              : 1,
          lockDuration: this.config.QUEUE_LOCK_MS,
          stalledInterval: Math.max(1000, Math.floor(this.config.QUEUE_LOCK_MS / 2)),
        },
      );
      // Without a listener an 'error' event (Redis gone for a while) would end the process.
      worker.on('error', (error) => this.reportConnectionError(queue, error));
      worker.on('failed', (job, error) =>
        this.logger.error(
          { queue, job: job?.name, jobId: job?.id, reason: error.message },
          'job failed',
        ),
      );
      this.workers.push(worker);
    }
    this.logger.log({ queues: [...this.queues.keys()] }, 'worker consuming');
  }

  /** ioredis reconnects every few hundred ms during an outage: one line per 30 s is enough. */
  private reportConnectionError(queue: string, error: Error): void {
    if (Date.now() - this.lastConnectionReport < 30000) return;
    this.lastConnectionReport = Date.now();
    this.logger.warn({ queue, reason: error.message }, 'queue connection lost; retrying');
  }

  /** Lets running jobs finish (their outcome lands on the outbox row) before the transport closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }
}
