import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Mutex } from 'async-mutex';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '../errors';
import { isLockConflict, isUniqueViolation } from '../errors/db-errors';

/** A unit of work: everything it does goes through `manager`, so it can run again whole. */
export type UnitOfWork<T> = (manager: EntityManager) => Promise<T>;

/**
 * A conditional update found that its row had been moved by a concurrent request since it
 * was read. Thrown inside a unit run by `runRacing`, it rolls the unit back and runs it
 * again on the new state.
 */
export class ConcurrentChange extends Error {
  constructor() {
    super('A row changed under this unit of work');
  }
}

/** Tries of a unit the database aborted as a deadlock victim or on a lock-wait timeout. */
export const LOCK_CONFLICT_TRIES = 5;
/** Tries of a unit that lost a race to a concurrent writer of the same rows (runRacing). */
export const RACE_TRIES = 3;
const SQLITE_BUSY_TRIES = 8;

/**
 * The one way to run a unit of work in a transaction. A state change and its outbox rows
 * are written through the same manager.
 *
 * MySQL/MariaDB may abort a transaction as a deadlock victim (1213) or on a lock-wait
 * timeout (1205); the database has rolled it back whole, so the whole unit runs again,
 * after a short jittered pause, a bounded number of times, and each retry is logged. A
 * unit therefore keeps its effects inside the transaction (rows, outbox rows), never
 * outside it.
 *
 * SQLite (embedded profile) has a single connection: two overlapping TypeORM
 * transactions on it would silently nest as savepoints, so they are serialised here.
 * Writes in the embedded profile therefore go through this runner.
 */
@Injectable()
export class TransactionRunner {
  private readonly sqliteLock?: Mutex;
  private readonly logger = new Logger('TransactionRunner');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    if (dataSource.options.type === 'better-sqlite3') this.sqliteLock = new Mutex();
  }

  get isSqlite(): boolean {
    return this.sqliteLock !== undefined;
  }

  /** The manager for reads outside a transaction. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  run<T>(work: UnitOfWork<T>): Promise<T> {
    const lock = this.sqliteLock;
    if (!lock)
      return this.again(() => this.dataSource.transaction(work), isLockConflict, {
        tries: LOCK_CONFLICT_TRIES,
        what: 'lock conflict',
      });
    // Another process may write the same SQLite file (the CLI, a test). A deferred
    // transaction that read before that write cannot upgrade to a writer and fails with
    // SQLITE_BUSY at once, without waiting; it is rolled back whole and can run again.
    return lock.runExclusive(() =>
      this.again(() => this.dataSource.transaction(work), isSqliteBusy, {
        tries: SQLITE_BUSY_TRIES,
        what: 'SQLITE_BUSY',
      }),
    );
  }

  /**
   * Runs a unit whose rule is guarded by unique indexes and conditional updates, so that
   * two requests writing the same rows at once cannot both break it: the one that loses
   * (a unique violation, a ConcurrentChange, a lock conflict) runs again and reads the
   * state the winner left. After RACE_TRIES the caller gets CONFLICT with `lostMessage`.
   */
  async runRacing<T>(work: UnitOfWork<T>, lostMessage: string): Promise<T> {
    try {
      return await this.again(() => this.run(work), lostRace, {
        tries: RACE_TRIES,
        what: 'concurrent change',
      });
    } catch (error) {
      if (lostRace(error)) throw new DomainError(ErrorCode.CONFLICT, lostMessage);
      throw error;
    }
  }

  private async again<T>(
    attempt: () => Promise<T>,
    retryable: (error: unknown) => boolean,
    policy: { tries: number; what: string },
  ): Promise<T> {
    for (let tries = 1; ; tries++) {
      try {
        return await attempt();
      } catch (error) {
        if (tries >= policy.tries || !retryable(error)) throw error;
        this.logger.warn(`transaction rolled back (${policy.what}), running it again (${tries})`);
        await new Promise((resolve) => setTimeout(resolve, 10 * tries + Math.random() * 20));
      }
    }
  }
}

function lostRace(error: unknown): boolean {
  return error instanceof ConcurrentChange || isUniqueViolation(error) || isLockConflict(error);
}

function isSqliteBusy(error: unknown): boolean {
  const code =
    (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ??
    (error as { code?: string })?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}
