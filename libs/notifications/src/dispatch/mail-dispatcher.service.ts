import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { AppConfig, LiveEvents, RepeatingTask } from '@app/platform';
import { MailDeliveryService } from '../delivery/mail-delivery.service';
import { OutboxRepository } from '../outbox/outbox.repository';
import { OUTBOX_DUE_TOPIC } from '../outbox/outbox-wake';

/**
 * Embedded profile (no Redis): delivers due outbox rows from inside the portal, every
 * OUTBOX_POLL_MS. Each row is claimed (pending -> queued) before it is sent, so a row
 * is never handed out twice even if ticks overlapped. With Redis this stays idle: the
 * worker's relay does the job. A commit that wrote many rows at once (an announcement)
 * wakes it before its poll (OutboxWake).
 */
@Injectable()
export class MailDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MailDispatcher.name);
  private readonly task: RepeatingTask;
  private lastSweep = 0;
  private unfollow?: () => void;

  constructor(
    private readonly config: AppConfig,
    private readonly outbox: OutboxRepository,
    private readonly delivery: MailDeliveryService,
    private readonly events: LiveEvents,
  ) {
    this.task = new RepeatingTask(() => this.runOnce(), {
      everyMs: config.OUTBOX_POLL_MS,
      onError: (error) => this.logger.error({ err: error }, 'mail dispatch failed'),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.usesRedis) return;
    // One process owns the embedded database: whatever is still queued was cut off by
    // the previous run's exit and goes back to pending now.
    await this.outbox.sweepStuck(new Date(), this.config.MAIL_MAX_ATTEMPTS);
    this.lastSweep = Date.now();
    this.task.start();
    this.unfollow = this.events.subscribe(OUTBOX_DUE_TOPIC, () => this.task.runSoon());
  }

  beforeApplicationShutdown(): Promise<void> {
    this.unfollow?.();
    return this.task.stop();
  }

  /** Delivers every due row, a few at a time, until none is left. */
  async runOnce(): Promise<void> {
    if (Date.now() - this.lastSweep > this.config.OUTBOX_SWEEP_AFTER_MS / 2) {
      this.lastSweep = Date.now();
      await this.outbox.sweepStuck(
        new Date(Date.now() - this.config.OUTBOX_SWEEP_AFTER_MS),
        this.config.MAIL_MAX_ATTEMPTS,
      );
    }
    while (!this.task.isStopped) {
      const ids = await this.outbox.findDueIds(this.config.MAIL_CONCURRENCY);
      if (ids.length === 0) return;
      await Promise.all(
        ids.map(async (id) => {
          if (await this.outbox.claim(id)) await this.delivery.deliver(id);
        }),
      );
    }
  }
}
