import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  EntityManager,
  EntitySubscriberInterface,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { LiveEvents } from '@app/platform';

/** The live-events topic that tells the relay (or the embedded dispatcher) to run now. */
export const OUTBOX_DUE_TOPIC = 'outbox.due';

/**
 * Rows a transaction must write for its commit to wake the relay: more than one person's
 * action writes (a receipt, a team's invitations). Those wait for the next poll
 * (OUTBOX_POLL_MS); an announcement or a digest, which many people wait for together,
 * starts at once. Waking on every small commit would make the relay run a transaction
 * beside every submit on deadline night.
 */
export const OUTBOX_WAKE_ROWS = 20;

/** Where a transaction keeps the count of outbox rows it wrote (its query runner's user data). */
const ROWS_KEY = 'outboxRowsWritten';

/** Counts outbox rows written through `manager`; outside a transaction nothing is counted. */
export function countOutboxRows(manager: EntityManager, rows: number): void {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) return;
  runner.data[ROWS_KEY] = ((runner.data[ROWS_KEY] as number | undefined) ?? 0) + rows;
}

/**
 * After a transaction that wrote OUTBOX_WAKE_ROWS outbox rows or more commits, publishes
 * OUTBOX_DUE_TOPIC: the worker's relay (through Redis) or the portal's embedded dispatcher
 * (in process) runs at once instead of at its next poll. Only after the commit: before it,
 * the relay would not see the rows. A lost message costs nothing but the wait for the poll.
 */
@Injectable()
export class OutboxWake implements EntitySubscriberInterface {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly events: LiveEvents,
  ) {
    dataSource.subscribers.push(this);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A released savepoint is not the commit: the outer transaction may still roll back.
    if (event.queryRunner.isTransactionActive) return;
    const rows = this.take(event);
    if (rows >= OUTBOX_WAKE_ROWS) this.events.publish(OUTBOX_DUE_TOPIC, { rows });
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.take(event);
  }

  /** Reads and clears the count: SQLite's driver keeps one query runner for every transaction. */
  private take(event: TransactionCommitEvent | TransactionRollbackEvent): number {
    const data = event.queryRunner.data as Record<string, unknown>;
    const rows = (data[ROWS_KEY] as number | undefined) ?? 0;
    delete data[ROWS_KEY];
    return rows;
  }
}
