import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Locale } from '@app/platform';
import { MailData, Notification, NotificationStatus } from './notification.entity';

export interface NewNotification {
  /** Unique per event, e.g. `verify-email:<tokenId>`: recording the same event twice makes one mail. */
  dedupeKey: string;
  recipientEmail: string;
  recipientUserId?: string | null;
  template: string;
  locale: Locale;
  data: MailData;
}

/**
 * Writes outbox rows. Always called with the manager of the transaction that makes the
 * change, so the mail exists if and only if the change does.
 */
@Injectable()
export class OutboxService {
  async enqueue(manager: EntityManager, notification: NewNotification): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values({
        dedupeKey: notification.dedupeKey,
        recipientEmail: notification.recipientEmail,
        recipientUserId: notification.recipientUserId ?? null,
        template: notification.template,
        locale: notification.locale,
        data: notification.data,
        status: NotificationStatus.pending,
        attempts: 0,
        nextAttemptAt: new Date(),
      })
      .orIgnore()
      .execute();
  }
}
