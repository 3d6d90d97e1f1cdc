import { Injectable } from '@nestjs/common';
import { AppConfig, InProcessSchedule } from '@app/platform';
import { DeadlineReminderService } from './deadline-reminder.service';

/**
 * Embedded profile (one portal, no Redis): scans for due deadline reminders from inside
 * the portal. With Redis the worker's repeatable job does this instead; the portal imports
 * this module only without Redis, so N portal instances never scan on their own.
 */
@Injectable()
export class DeadlineReminderScheduler extends InProcessSchedule {
  constructor(config: AppConfig, reminders: DeadlineReminderService) {
    super('deadline reminder scan', config.REMINDER_SCAN_MS, () =>
      reminders.sendDueReminders(new Date()),
    );
  }
}
