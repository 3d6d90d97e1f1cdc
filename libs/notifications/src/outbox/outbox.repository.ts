import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  EntityManager,
  type QueryDeepPartialEntity,
  UpdateQueryBuilder,
} from 'typeorm';
import { selectRows, TransactionRunner, updateRows } from '@app/platform';
import { Notification, NotificationStatus } from './notification.entity';

/** States from which a row may still be delivered. */
const LIVE = [NotificationStatus.pending, NotificationStatus.queued];

/**
 * The outbox's state changes. Each one is a conditional update (`WHERE status ...`) so
 * that two deliverers racing on one row cannot both win, and a late one cannot undo a
 * final state.
 */
@Injectable()
export class OutboxRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  find(id: string): Promise<Notification | null> {
    return this.dataSource.getRepository(Notification).findOneBy({ id });
  }

  /** A mail job's rows (twenty at a time, for every mail sent: plain SQL, see selectRows). */
  findMany(ids: readonly string[]): Promise<Notification[]> {
    return selectRows(this.dataSource.manager, Notification, { id: ids });
  }

  /** Due pending rows, oldest first (embedded dispatcher; it claims each with `claim`). */
  async findDueIds(limit: number, now = new Date()): Promise<string[]> {
    const rows = await this.dueQuery(this.dataSource.manager, now)
      .select('n.id')
      .limit(limit)
      .getMany();
    return rows.map((row) => row.id);
  }

  /** pending -> queued; true when this caller won the row. */
  async claim(id: string, now = new Date()): Promise<boolean> {
    return this.update({ status: NotificationStatus.queued, queuedAt: now }, (qb) =>
      qb.where('id = :id AND status = :pending', { id, pending: NotificationStatus.pending }),
    );
  }

  /**
   * Production relay: locks due pending rows, skipping rows another relay holds, so
   * several workers never hand out one row twice. Runs inside the caller's transaction.
   */
  lockDue(manager: EntityManager, limit: number, now = new Date()): Promise<Notification[]> {
    return this.dueQuery(manager, now)
      .select(['n.id', 'n.attempts'])
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  async markQueued(manager: EntityManager, ids: string[], now = new Date()): Promise<void> {
    await updateRows(
      manager,
      Notification,
      { id: ids, status: NotificationStatus.pending },
      { status: NotificationStatus.queued, queuedAt: now },
    );
  }

  /** Records mails the SMTP server accepted; rows already final are left as they are. */
  async markSent(ids: readonly string[], now = new Date()): Promise<void> {
    await this.write((manager) =>
      updateRows(
        manager,
        Notification,
        { id: ids, status: LIVE },
        { status: NotificationStatus.sent, sentAt: now, lastError: null },
      ),
    );
  }

  markFailed(id: string, reason: string): Promise<boolean> {
    return this.update({ status: NotificationStatus.failed, lastError: reason }, (qb) =>
      qb.where('id = :id AND status IN (:...live)', { id, live: LIVE }),
    );
  }

  /**
   * Records one failed try seen at `attempts`: back to pending for `nextAttemptAt`, or
   * failed when given up. Guarded on `attempts` so one failure is counted once.
   */
  recordFailure(
    row: Pick<Notification, 'id' | 'attempts'>,
    reason: string,
    nextAttemptAt: Date | null,
  ): Promise<boolean> {
    const outcome = nextAttemptAt
      ? { status: NotificationStatus.pending, nextAttemptAt, queuedAt: null }
      : { status: NotificationStatus.failed };
    return this.update({ ...outcome, attempts: row.attempts + 1, lastError: reason }, (qb) =>
      qb.where('id = :id AND status IN (:...live) AND attempts = :attempts', {
        id: row.id,
        live: LIVE,
        attempts: row.attempts,
      }),
    );
  }

  /**
   * Rows queued longer than `olderThan` ago never got an outcome (a worker died, Redis lost
   * its data): they go back to pending. The lost try counts as an attempt, which also gives
   * the next job a new id and bounds a row that keeps killing its deliverer.
   */
  async sweepStuck(olderThan: Date, maxAttempts: number): Promise<number> {
    const stuck = (qb: UpdateQueryBuilder<Notification>) =>
      qb.where('status = :queued AND queuedAt < :olderThan', {
        queued: NotificationStatus.queued,
        olderThan,
      });
    return this.write(async (manager) => {
      const giveUp = await stuck(this.updateQuery(manager))
        .set({ status: NotificationStatus.failed, lastError: 'no outcome from the queue' })
        .andWhere('attempts + 1 >= :max', { max: maxAttempts })
        .execute();
      const retry = await stuck(this.updateQuery(manager))
        .set({
          status: NotificationStatus.pending,
          queuedAt: null,
          nextAttemptAt: new Date(),
          attempts: () => 'attempts + 1',
          lastError: 'no outcome from the queue',
        })
        .execute();
      return (giveUp.affected ?? 0) + (retry.affected ?? 0);
    });
  }

  private dueQuery(manager: EntityManager, now: Date) {
    return (
      manager
        .getRepository(Notification)
        .createQueryBuilder('n')
        .where('n.status = :pending', { pending: NotificationStatus.pending })
        .andWhere('n.nextAttemptAt <= :now', { now })
        .orderBy('n.nextAttemptAt', 'ASC')
        // Rows written together share a time: the id makes the order, so a relay's chunks,
        // the same rows in the same order after a rolled-back pass.
        .addOrderBy('n.id', 'ASC')
    );
  }

  private updateQuery(manager: EntityManager): UpdateQueryBuilder<Notification> {
    return manager.createQueryBuilder().update(Notification);
  }

  private update(
    values: QueryDeepPartialEntity<Notification>,
    where: (qb: UpdateQueryBuilder<Notification>) => UpdateQueryBuilder<Notification>,
  ): Promise<boolean> {
    return this.write(async (manager) => {
      const result = await where(this.updateQuery(manager).set(values)).execute();
      return (result.affected ?? 0) > 0;
    });
  }

  /** On SQLite every write goes through the runner, or it would land inside another open transaction. */
  private write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.transactions.isSqlite ? this.transactions.run(work) : work(this.dataSource.manager);
  }
}
