import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { AppConfig, RepeatingTask } from '@app/platform';
import { JudgingReminderService } from './judging-reminder.service';

/**
 * Embedded profile (one portal, no Redis): the judging reminder scan from inside the
 * portal. With Redis the worker's repeatable job runs it, and the portal does not import this.
 */
@Injectable()
export class JudgingReminderScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JudgingReminderScheduler.name);
  private readonly task: RepeatingTask;

  constructor(config: AppConfig, reminders: JudgingReminderService) {
    this.task = new RepeatingTask(
      () => reminders.sendDueReminders(new Date()).then(() => undefined),
      {
        everyMs: config.REMINDER_SCAN_MS,
        onError: (error) => this.logger.error({ err: error }, 'judging reminder scan failed'),
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
