import { Injectable, Logger } from '@nestjs/common';
import { OutboxService } from '@app/notifications';
import { AppConfig, toLocale, TransactionRunner } from '@app/platform';
import { JudgingReminderRepository } from './judging-reminder.repository';
import { dueJudgingReminder, judgingReminderDedupeKey } from './judging-reminder-window';

const CHUNK_SIZE = 500;

/**
 * Reminders to judges 48 h and 24 h before a round's judging closes, while they still have
 * unscored assignments: one mail per judge, round and kind. The mail names the contest, the
 * round, the close and how many are left, never an entry or a team (blind contests).
 *
 * Run by a repeatable job in the worker (production) or the portal's in-process scheduler
 * (embedded); the outbox's unique dedupe key keeps one row per reminder whatever runs it.
 */
@Injectable()
export class JudgingReminderService {
  private readonly logger = new Logger(JudgingReminderService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly reminders: JudgingReminderRepository,
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxService,
  ) {}

  async sendDueReminders(now: Date): Promise<number> {
    const candidates = await this.reminders.findCandidates(now);
    const due = candidates.flatMap((candidate) => {
      const kind = dueJudgingReminder(candidate.closesAt, now);
      if (!kind) return [];
      return [
        {
          candidate,
          key: judgingReminderDedupeKey(kind, candidate.roundId, candidate.judgeUserId),
        },
      ];
    });
    const existing = await this.reminders.existingKeys(due.map((d) => d.key));
    const mails = due
      .filter((d) => !existing.has(d.key))
      .map(({ candidate, key }) => {
        const locale = toLocale(candidate.locale);
        const en = locale === 'en';
        return {
          dedupeKey: key,
          recipientEmail: candidate.email,
          recipientUserId: candidate.judgeUserId,
          template: 'judging-reminder' as const,
          locale,
          data: {
            fullName: candidate.fullName,
            honorific: candidate.title ?? null,
            contestName: en ? candidate.contestNameEn : candidate.contestNameVi,
            roundName: en ? candidate.roundNameEn : candidate.roundNameVi,
            unscored: String(candidate.unscored),
            closesAt: candidate.closesAt.toISOString(),
            link: `${this.config.publicUrl}/judging/queue`,
          },
        };
      });
    for (let start = 0; start < mails.length; start += CHUNK_SIZE) {
      const chunk = mails.slice(start, start + CHUNK_SIZE);
      await this.transactions.run((manager) => this.outbox.enqueueMany(manager, chunk));
    }
    if (mails.length > 0) this.logger.log({ reminders: mails.length }, 'judging reminders written');
    return mails.length;
  }
}
