import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { AppConfig, RepeatingTask } from '@app/platform';
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
  private readonly task: RepeatingTask;

  constructor(config: AppConfig, reminders: DeadlineReminderService) {
    this.task = new RepeatingTask(
      () => reminders.sendDueReminders(new Date()).then(() => undefined),
      {
        everyMs: config.REMINDER_SCAN_MS,
        onError: (error) => this.logger.error({ err: error }, 'deadline reminder scan failed'),
        // A pending scan must not keep the process alive on its own.
        unref: true,
      },
    );
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }
}
