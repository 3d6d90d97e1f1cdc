import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Semaphore } from 'async-mutex';
import {
  AppConfig,
  MAIL_TRANSPORT,
  MailSendError,
  type MailTransport,
  toLocale,
} from '@app/platform';
import type { MailAttachment } from '@app/platform';
import { MailRenderer, MailTemplateError } from '../mail/mail-renderer.service';
import { MAIL_TEMPLATES } from '../mail/mail.templates';
import type { MailTemplateSpec } from '../mail/mail.templates';
import { MailAttachments } from './mail-attachments';
import { Notification, NotificationStatus } from '../outbox/notification.entity';
import { OutboxRepository } from '../outbox/outbox.repository';
import { decideRetry, describeFailure, RetryPolicy } from './retry-policy';
import { SentMarks } from './sent-marks';

/** Sent, failed and cancelled rows are final; a late job for one does nothing. */
const DELIVERABLE = new Set([NotificationStatus.pending, NotificationStatus.queued]);

export type DeliveryOutcome = 'sent' | 'retry' | 'failed' | 'skipped';

/** `<id@domain>` with the domain of MAIL_FROM: a resend of one row carries the same Message-ID. */
export function messageIdFor(rowId: string, mailFrom: string): string {
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom;
  const domain = address.slice(address.lastIndexOf('@') + 1).trim();
  return `<${rowId}@${/^[\w.-]+$/.test(domain) ? domain : 'localhost'}>`;
}

/**
 * Delivers outbox rows: the single retry rule of both profiles. Rows are reloaded, so a job
 * or tick that arrives late for a row already sent or given up does nothing. However many
 * jobs run at once, at most MAIL_CONCURRENCY mails are in the transport's hands (one per
 * pooled connection); a mail leaves them as soon as the server answers, so the next one
 * goes out while the answer is being recorded. At most twice that many mails are on their
 * way or sent without their outcome recorded, so a crash sends again no more than that,
 * however slowly the database answers.
 */
@Injectable()
export class MailDeliveryService implements OnApplicationShutdown {
  private readonly logger = new Logger(MailDeliveryService.name);
  private readonly policy: RetryPolicy;
  private readonly sending: Semaphore;
  private readonly unrecorded: Semaphore;
  private readonly sent = new SentMarks((ids) => this.outbox.markSent(ids));

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly renderer: MailRenderer,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    private readonly config: AppConfig,
    private readonly attachments: MailAttachments,
  ) {
    this.policy = {
      maxAttempts: config.MAIL_MAX_ATTEMPTS,
      baseDelayMs: config.MAIL_RETRY_BASE_MS,
      maxDelayMs: config.MAIL_RETRY_MAX_MS,
    };
    this.sending = new Semaphore(config.MAIL_CONCURRENCY);
    this.unrecorded = new Semaphore(2 * config.MAIL_CONCURRENCY);
  }

  async deliver(notificationId: string): Promise<DeliveryOutcome> {
    const [outcome] = await this.deliverMany([notificationId]);
    return outcome;
  }

  /**
   * One read for the whole chunk, then each mail on its own: its send and the update that
   * records it stay one mail apart, as for a single row. Every row gets its outcome even
   * when another fails unexpectedly (a database blip); the first such error is rethrown
   * afterwards so the job shows it, and the rows concerned wait for the sweeper.
   */
  async deliverMany(notificationIds: readonly string[]): Promise<DeliveryOutcome[]> {
    const rows = new Map((await this.outbox.findMany(notificationIds)).map((r) => [r.id, r]));
    const settled = await Promise.allSettled(
      notificationIds.map((id) => {
        const row = rows.get(id);
        if (!row || !DELIVERABLE.has(row.status))
          return Promise.resolve<DeliveryOutcome>('skipped');
        return this.unrecorded.runExclusive(() => this.deliverRow(row));
      }),
    );
    const failure = settled.find((s) => s.status === 'rejected');
    if (failure) throw failure.reason;
    return settled.map((s) => (s as PromiseFulfilledResult<DeliveryOutcome>).value);
  }

  private async deliverRow(row: Notification): Promise<DeliveryOutcome> {
    const notificationId = row.id;

    let rendered;
    try {
      rendered = this.renderer.render(row.template, row.locale, row.data);
    } catch (error) {
      await this.outbox.markFailed(row.id, describeFailure(error));
      this.logger.error({ notificationId, template: row.template }, 'mail cannot be rendered');
      return 'failed';
    }

    try {
      const attachments = await this.attachmentsOf(row.template, row.locale, row.data);
      await this.sending.runExclusive(() =>
        this.transport.send({
          messageId: messageIdFor(row.id, this.config.MAIL_FROM),
          to: row.recipientEmail,
          ...rendered,
          ...(attachments.length ? { attachments } : {}),
        }),
      );
    } catch (error) {
      const reason = describeFailure(error);
      if (
        (error instanceof MailSendError && error.permanent) ||
        error instanceof MailTemplateError
      ) {
        await this.outbox.markFailed(row.id, reason);
        this.logger.warn({ notificationId, reason }, 'mail refused permanently');
        return 'failed';
      }
      const decision = decideRetry(this.policy, row.attempts + 1, new Date());
      await this.outbox.recordFailure(row, reason, decision.giveUp ? null : decision.nextAttemptAt);
      this.logger.warn({ notificationId, attempts: row.attempts + 1, reason }, 'mail not sent');
      return decision.giveUp ? 'failed' : 'retry';
    }

    // The server has the mail: record it at once (or with the mails accepted while the
    // previous record was being written); the window for a duplicate is this update.
    await this.sent.mark(row.id);
    return 'sent';
  }

  /**
   * The template's files, made now from the row's data. A maker that finds what it needs
   * gone (a deleted festival) throws MailTemplateError: the row fails, as retrying cannot
   * bring it back; any other error is retried like a transport failure.
   */
  private async attachmentsOf(
    template: string,
    locale: string,
    data: Parameters<MailRenderer['render']>[2],
  ): Promise<MailAttachment[]> {
    if (!MailRenderer.knows(template)) return [];
    const spec: MailTemplateSpec = MAIL_TEMPLATES[template];
    if (!spec.attachments?.length) return [];
    return this.attachments.resolve(
      spec.attachments,
      data,
      toLocale(locale),
      spec.inlineImage?.attachment,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.transport.close();
  }
}
