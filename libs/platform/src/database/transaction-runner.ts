import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Mutex } from 'async-mutex';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The one way to run a unit of work in a transaction. A state change and its outbox rows
 * are written through the same manager.
 *
 * SQLite (embedded profile) has a single connection: two overlapping TypeORM
 * transactions on it would silently nest as savepoints, so they are serialised here.
 * Writes in the embedded profile therefore go through this runner.
 */
@Injectable()
export class TransactionRunner {
  private readonly sqliteLock?: Mutex;

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

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const lock = this.sqliteLock;
    if (!lock) return this.dataSource.transaction(work);
    return lock.runExclusive(() => this.withBusyRetry(() => this.dataSource.transaction(work)));
  }

  /**
   * Another process may write the same SQLite file (the CLI, a test). A deferred
   * transaction that read before that write cannot upgrade to a writer and fails with
   * SQLITE_BUSY at once, without waiting; the whole unit of work is then rolled back and
   * can simply run again.
   */
  private async withBusyRetry<T>(attempt: () => Promise<T>): Promise<T> {
    for (let tries = 1; ; tries++) {
      try {
        return await attempt();
      } catch (error) {
        if (tries >= SQLITE_BUSY_TRIES || !isSqliteBusy(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 10 * tries + Math.random() * 20));
      }
    }
  }
}

const SQLITE_BUSY_TRIES = 8;

function isSqliteBusy(error: unknown): boolean {
  const code =
    (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ??
    (error as { code?: string })?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}
