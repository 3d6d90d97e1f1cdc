import { Injectable } from '@nestjs/common';
import { AppConfig, InProcessSchedule } from '@app/platform';
import { JudgingReminderService } from './judging-reminder.service';

/**
 * Embedded profile (one portal, no Redis): the judging reminder scan from inside the
 * portal. With Redis the worker's repeatable job runs it, and the portal does not import this.
 */
@Injectable()
export class JudgingReminderScheduler extends InProcessSchedule {
  constructor(config: AppConfig, reminders: JudgingReminderService) {
    super('judging reminder scan', config.REMINDER_SCAN_MS, () =>
      reminders.sendDueReminders(new Date()),
    );
  }
}
