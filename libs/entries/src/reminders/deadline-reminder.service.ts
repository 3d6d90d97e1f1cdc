import { Injectable, Logger } from '@nestjs/common';
import { OutboxService } from '@app/notifications';
import { AppConfig, toLocale, TransactionRunner } from '@app/platform';
import {
  DeadlineReminderRepository,
  ReminderCandidate,
  ReminderMail,
} from './deadline-reminder.repository';
import { dueReminder, reminderDedupeKey } from './reminder-window';

/** Rows per INSERT and per transaction: short transactions, few round trips. */
const CHUNK_SIZE = 500;

/**
 * Deadline reminders: 48 h and 6 h before a contest's submission deadline, one mail to the
 * owner of every draft entry of that contest, once per entry and kind.
 *
 * Only entries still in `draft` are reminded. An entry submitted and then edited stays
 * `submitted` (its last submission stands and judges see it), so it gets no reminder; a
 * withdrawn entry was a deliberate choice and gets none either.
 *
 * Run by a repeatable BullMQ job in the worker (production) or by the portal's
 * in-process scheduler (embedded). Several scans at once are harmless: the outbox's
 * unique dedupe key keeps one row per reminder.
 */
@Injectable()
export class DeadlineReminderService {
  private readonly logger = new Logger(DeadlineReminderService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly reminders: DeadlineReminderRepository,
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxService,
  ) {}

  /** Writes the reminders due at `now` to the outbox; returns how many were considered. */
  async sendDueReminders(now: Date): Promise<number> {
    const candidates = await this.reminders.findUnreminded(now);
    const mails = candidates.flatMap((candidate) => this.mailFor(candidate, now));
    for (let start = 0; start < mails.length; start += CHUNK_SIZE) {
      const chunk = mails.slice(start, start + CHUNK_SIZE);
      await this.transactions.run((manager) =>
        this.outbox.enqueueMany(
          manager,
          chunk.map((mail) => ({ ...mail, template: 'deadline-reminder' })),
        ),
      );
    }
    if (mails.length > 0)
      this.logger.log({ reminders: mails.length }, 'deadline reminders written');
    return mails.length;
  }

  private mailFor(candidate: ReminderCandidate, now: Date): ReminderMail[] {
    const kind = dueReminder(candidate.deadline, now);
    if (!kind) return [];
    const locale = toLocale(candidate.locale);
    return [
      {
        dedupeKey: reminderDedupeKey(kind, candidate.entryId),
        recipientEmail: candidate.email,
        recipientUserId: candidate.ownerId,
        locale,
        data: {
          fullName: candidate.fullName,
          contestName: locale === 'en' ? candidate.contestNameEn : candidate.contestNameVi,
          entryTitle: candidate.title,
          entryCode: candidate.code,
          // An instant; the mail renderer shows it in Vietnam time (a `timeFields` entry).
          deadline: candidate.deadline.toISOString(),
          link: `${this.config.publicUrl}/entries/${candidate.entryId}`,
        },
      },
    ];
  }
}
