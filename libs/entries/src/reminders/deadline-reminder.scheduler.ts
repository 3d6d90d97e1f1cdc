import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { AppConfig } from '@app/platform';
import { DeadlineReminderService } from './deadline-reminder.service';

/**
 * Embedded profile (one portal, no Redis): scans for due deadline reminders every
 * REMINDER_SCAN_MS from inside the portal, starting at boot so a restart catches up at
 * once. With Redis the worker's repeatable job does this instead; the portal imports this
 * module only without Redis, so N portal instances never scan on their own.
 */
@Injectable()
export class DeadlineReminderScheduler
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly logger = new Logger(DeadlineReminderScheduler.name);
  private timer?: NodeJS.Timeout;
  private tick?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly config: AppConfig,
    private readonly reminders: DeadlineReminderService,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.tick;
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.tick = this.reminders
        .sendDueReminders(new Date())
        .then(() => undefined)
        .catch((error: unknown) =>
          this.logger.error({ err: error }, 'deadline reminder scan failed'),
        )
        .finally(() => this.schedule(this.config.REMINDER_SCAN_MS));
    }, delay);
    // A pending scan must not keep the process alive on its own.
    this.timer.unref();
  }
}
