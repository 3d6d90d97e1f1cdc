import { Injectable } from '@nestjs/common';
import { DeadlineReminderService } from '@app/entries';
import { JobName } from '@app/platform';
import { JobHandler } from './job-handlers';

/** Runs the repeatable `reminders.deadline-scan` job: writes due deadline reminders to the outbox. */
@Injectable()
export class DeadlineReminderProcessor implements JobHandler<typeof JobName.scanDeadlineReminders> {
  readonly jobName = JobName.scanDeadlineReminders;

  constructor(private readonly reminders: DeadlineReminderService) {}

  async handle(): Promise<void> {
    await this.reminders.sendDueReminders(new Date());
  }
}
