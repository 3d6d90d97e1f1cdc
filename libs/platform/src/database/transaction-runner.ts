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
    if (this.sqliteLock)
      return this.sqliteLock.runExclusive(() => this.dataSource.transaction(work));
    return this.dataSource.transaction(work);
  }
}
