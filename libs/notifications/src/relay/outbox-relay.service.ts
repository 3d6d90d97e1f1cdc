import { createHash } from 'node:crypto';
import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ConnectionOptions, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  AppConfig,
  RepeatingTask,
  JOB_OPTIONS,
  JobName,
  LiveEvents,
  QueueName,
  redisOptions,
} from '@app/platform';
import { OutboxRepository } from '../outbox/outbox.repository';
import { OUTBOX_DUE_TOPIC } from '../outbox/outbox-wake';

const BATCH_SIZE = 500;
/**
 * Rows per `mail.deliver` job. Large enough that the queue's bookkeeping per mail is small,
 * small enough that several workers share an announcement and a job's outcome lands soon.
 */
export const MAIL_JOB_ROWS = 20;
/** Upper bound on waiting for Redis while the claimed rows stay locked. */
const ENQUEUE_TIMEOUT_MS = 3000;

/**
 * Production profile: moves due outbox rows onto the BullMQ `mail` queue, every
 * OUTBOX_POLL_MS. Rows are locked with SKIP LOCKED (several workers share the work),
 * the jobs are added and the rows marked queued in one transaction: when Redis is down
 * the add fails fast, the transaction rolls back and the rows wait for the next tick.
 * Rows that stay queued without an outcome are swept back to pending. A commit that wrote
 * many rows at once (an announcement) wakes it before its poll (OutboxWake).
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private queue?: Queue;
  private readonly task: RepeatingTask;
  private lastSweep = 0;
  private redisDown = false;
  private unfollow?: () => void;

  constructor(
    private readonly config: AppConfig,
    private readonly outbox: OutboxRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: LiveEvents,
  ) {
    this.task = new RepeatingTask(() => this.runOnce(), {
      everyMs: config.OUTBOX_POLL_MS,
      onSuccess: () => {
        if (this.redisDown) this.logger.log('mail queue reachable again');
        this.redisDown = false;
      },
      onError: (error) => {
        if (!this.redisDown)
          this.logger.warn({ reason: String(error) }, 'mail relay paused; rows stay pending');
        this.redisDown = true;
      },
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.REDIS_URL) return;
    this.queue = new Queue(QueueName.mail, {
      connection: redisOptions(this.config.REDIS_URL, 'producer') as ConnectionOptions,
      prefix: this.config.QUEUE_PREFIX,
    });
    // Connection errors are expected during an outage; the tick reports them once.
    this.queue.on('error', () => undefined);
    // Following before the first pass leaves no gap: rows committed before the subscription
    // are found by that pass, rows committed after it wake the relay.
    this.unfollow = this.events.subscribe(OUTBOX_DUE_TOPIC, () => this.task.runSoon());
    await this.events.following();
    this.task.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.unfollow?.();
    await this.task.stop();
    await this.queue?.close().catch(() => undefined);
  }

  /** One pass: sweep when due, then relay batches until nothing due is left. */
  async runOnce(): Promise<void> {
    if (Date.now() - this.lastSweep > Math.min(this.config.OUTBOX_SWEEP_AFTER_MS / 2, 30000)) {
      this.lastSweep = Date.now();
      const swept = await this.outbox.sweepStuck(
        new Date(Date.now() - this.config.OUTBOX_SWEEP_AFTER_MS),
        this.config.MAIL_MAX_ATTEMPTS,
      );
      if (swept > 0) this.logger.warn({ swept }, 'mail rows without outcome queued again');
    }
    let relayed = BATCH_SIZE;
    while (!this.task.isStopped && relayed === BATCH_SIZE) relayed = await this.relayBatch();
  }

  private relayBatch(): Promise<number> {
    const queue = this.queue;
    if (!queue) return Promise.resolve(0);
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.outbox.lockDue(manager, BATCH_SIZE);
      if (rows.length === 0) return 0;
      await this.outbox.markQueued(
        manager,
        rows.map((row) => row.id),
      );
      const jobs = chunks(rows, MAIL_JOB_ROWS).map((chunk) => ({
        name: JobName.deliverMail,
        data: { notificationIds: chunk.map((row) => row.id) },
        opts: { ...JOB_OPTIONS[JobName.deliverMail], jobId: jobIdOf(chunk) },
      }));
      await withTimeout(queue.addBulk(jobs), ENQUEUE_TIMEOUT_MS, 'the mail queue');
      return rows.length;
    });
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * A deterministic job id from the rows and their attempts (BullMQ refuses ":" in ids):
 * relaying the same rows again after a failed commit adds no second job, as the rows come
 * back in the same order (lockDue orders by time, then id).
 */
export function jobIdOf(rows: Array<{ id: string; attempts: number }>): string {
  const digest = createHash('sha256');
  for (const row of rows) digest.update(`${row.id}/${row.attempts};`);
  return `mail-${digest.digest('hex').slice(0, 40)}`;
}

async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  // The add may still settle after the timeout: its outcome no longer matters.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
