import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/** Values a mail template may use: plain scalars only, so a row is self-describing JSON. */
export type MailData = Record<string, string | number | boolean | null>;

export enum NotificationStatus {
  pending = 'pending',
  queued = 'queued',
  sent = 'sent',
  failed = 'failed',
  /** Never to be sent: its recipient's personal data was erased before it went out. */
  cancelled = 'cancelled',
}

/**
 * An outbox row: a mail to send, written in the same transaction as the change that
 * caused it. The dedupe key makes the same event produce one mail however often it is
 * recorded.
 */
@Entity('notifications')
@Index(['status', 'nextAttemptAt'])
export class Notification {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 191, unique: true })
  dedupeKey!: string;

  @Column({ type: 'varchar', length: 254 })
  recipientEmail!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  recipientUserId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  template!: string;

  @Column({ type: 'varchar', length: 2 })
  locale!: string;

  @Column({ type: 'simple-json' })
  data!: MailData;

  @Column({ type: 'varchar', length: 16, default: NotificationStatus.pending })
  status!: NotificationStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'datetime' })
  nextAttemptAt!: Date;

  @Column({ type: 'datetime', nullable: true })
  queuedAt!: Date | null;

  @Column({ type: 'datetime', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
