import { Injectable } from '@nestjs/common';
import { JudgingReminderService } from '@app/judging';
import { JobName } from '@app/platform';
import { JobHandler } from './job-handlers';

/** Runs the repeatable `reminders.judging-scan` job: writes due reminders to judges to the outbox. */
@Injectable()
export class JudgingReminderProcessor implements JobHandler<typeof JobName.scanJudgingReminders> {
  readonly jobName = JobName.scanJudgingReminders;

  constructor(private readonly reminders: JudgingReminderService) {}

  async handle(): Promise<void> {
    await this.reminders.sendDueReminders(new Date());
  }
}
