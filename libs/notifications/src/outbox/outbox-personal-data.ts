import { Injectable, Logger } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AppConfig, deleteStoredMails, toVietnamIso, toVietnamIsoOrNull } from '@app/platform';
import { MailRenderer } from '../mail/mail-renderer.service';
import { Notification, NotificationStatus } from './notification.entity';

/** Whose mails: the account, and its address (mails to team members are by address). */
export interface MailRecipient {
  userId: string;
  email: string;
}

/** A mail as the person's data export lists it: never its data (links carry tokens). */
export interface MailSummary {
  template: string;
  subject: string | null;
  locale: string;
  status: string;
  createdAt: string;
  sentAt: string | null;
}

const RECIPIENT = 'n.recipientUserId = :userId OR n.recipientEmail = :email';
const LIVE = [NotificationStatus.pending, NotificationStatus.queued];

/**
 * The outbox's part in a person's data rights: which mails went to them, and on erasure,
 * their rows anonymised (recipient and every data field), the unsent ones cancelled, and
 * the stored copies of the file transport deleted.
 */
@Injectable()
export class OutboxPersonalData {
  private readonly logger = new Logger(OutboxPersonalData.name);

  constructor(
    private readonly renderer: MailRenderer,
    private readonly config: AppConfig,
  ) {}

  async mailsTo(manager: EntityManager, recipient: MailRecipient): Promise<MailSummary[]> {
    const rows = await manager
      .createQueryBuilder(Notification, 'n')
      .where(RECIPIENT, { userId: recipient.userId, email: recipient.email })
      .orderBy('n.createdAt', 'ASC')
      .addOrderBy('n.id', 'ASC')
      .getMany();
    return rows.map((row) => ({
      template: row.template,
      subject: this.subjectOf(row),
      locale: row.locale,
      status: row.status,
      createdAt: toVietnamIso(row.createdAt),
      sentAt: toVietnamIsoOrNull(row.sentAt),
    }));
  }

  /**
   * Inside the erasure's transaction. Returns the ids of the rows, whose stored copies
   * `deleteStoredCopies` removes once the transaction has committed.
   */
  async anonymise(
    manager: EntityManager,
    recipient: MailRecipient,
    placeholderEmail: string,
  ): Promise<string[]> {
    const ids = (
      await manager
        .createQueryBuilder(Notification, 'n')
        .select('n.id')
        .where(RECIPIENT, { userId: recipient.userId, email: recipient.email })
        .getMany()
    ).map((row) => row.id);
    for (let start = 0; start < ids.length; start += 500) {
      const chunk = ids.slice(start, start + 500);
      await manager.update(
        Notification,
        { id: In(chunk), status: In(LIVE) },
        { status: NotificationStatus.cancelled, lastError: 'recipient erased' },
      );
      await manager.update(
        Notification,
        { id: In(chunk) },
        { recipientEmail: placeholderEmail, data: {} },
      );
    }
    return ids;
  }

  /** After the commit: a failure leaves a file behind (logged), never a row without its rule. */
  async deleteStoredCopies(ids: string[]): Promise<void> {
    try {
      await deleteStoredMails(this.config.mailDir, ids);
    } catch (error) {
      this.logger.error({ err: error }, 'Could not delete stored copies of erased mails');
    }
  }

  private subjectOf(row: Notification): string | null {
    try {
      return this.renderer.render(row.template, row.locale, row.data).subject;
    } catch {
      return null;
    }
  }
}
