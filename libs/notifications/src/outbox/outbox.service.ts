import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { insertRows, Locale } from '@app/platform';
import type { MailTemplate, MailTemplates } from '../mail/mail.templates';
import { Notification, NotificationStatus } from './notification.entity';
import { countOutboxRows } from './outbox-wake';

interface OutboxMail<T extends MailTemplate> {
  /** Unique per event, e.g. `verify-email:<tokenId>`: recording the same event twice makes one mail. */
  dedupeKey: string;
  recipientEmail: string;
  recipientUserId?: string | null;
  template: T;
  locale: Locale;
  data: MailTemplates[T];
}

/**
 * A mail to write: one member per template, so a name chosen at run time (`advanced ?
 * 'round-advanced' : 'round-not-advanced'`) is still checked against its own data.
 */
export type NewNotification<T extends MailTemplate = MailTemplate> = {
  [K in T]: OutboxMail<K>;
}[T];

/**
 * Addresses under the reserved `.invalid` top-level domain (RFC 2606) can never receive
 * mail; erased accounts carry one. No row is written for them, so nothing about an erased
 * person reaches the outbox again and no SMTP server is asked to deliver the impossible.
 */
export function isUndeliverableAddress(email: string): boolean {
  return /\.invalid$/i.test(email.trim());
}

/**
 * Writes outbox rows. Always called with the manager of the transaction that makes the
 * change, so the mail exists if and only if the change does.
 */
@Injectable()
export class OutboxService {
  async enqueue<T extends MailTemplate>(
    manager: EntityManager,
    notification: NewNotification<T>,
  ): Promise<void> {
    await this.enqueueMany(manager, [notification]);
  }

  /**
   * Writes many rows in a few multi-row statements. Rows whose dedupe key exists are skipped
   * (INSERT IGNORE / INSERT OR IGNORE), so two instances recording the same events
   * concurrently still leave one row per event.
   */
  async enqueueMany<T extends MailTemplate>(
    manager: EntityManager,
    all: readonly NewNotification<T>[],
  ): Promise<void> {
    const notifications = all.filter((n) => !isUndeliverableAddress(n.recipientEmail));
    if (notifications.length === 0) return;
    const now = new Date();
    await insertRows(
      manager,
      Notification,
      notifications.map((n) => ({
        dedupeKey: n.dedupeKey,
        recipientEmail: n.recipientEmail,
        recipientUserId: n.recipientUserId ?? null,
        template: n.template,
        locale: n.locale,
        data: n.data,
        status: NotificationStatus.pending,
        attempts: 0,
        nextAttemptAt: now,
      })),
      { ignoreDuplicates: true },
    );
    countOutboxRows(manager, notifications.length);
  }
}
