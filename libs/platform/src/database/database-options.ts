import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { MYSQL_MIGRATIONS, SQLITE_MIGRATIONS } from './migrations';
import { UuidKeySubscriber } from './uuid-primary-key';

/** The embedded profile's database file (the backup and restore commands read it too). */
export function sqliteDatabasePath(config: AppConfig): string {
  return join(config.varDir, 'platform.sqlite');
}

/**
 * TypeORM options for the two profiles. The schema is owned by migrations on both
 * drivers; `synchronize` is never used.
 */
export function databaseOptions(config: AppConfig): DataSourceOptions {
  if (config.usesSqlite) {
    mkdirSync(config.varDir, { recursive: true });
    return {
      type: 'better-sqlite3',
      database: sqliteDatabasePath(config),
      enableWAL: true,
      // SQLite's own lower() folds ASCII only; searches must match "Đ" with "đ" as on MySQL.
      prepareDatabase: (db: Database) => {
        db.function('lower', { deterministic: true }, (s: unknown) =>
          typeof s === 'string' ? s.toLowerCase() : s,
        );
      },
      timeout: 5000,
      migrations: SQLITE_MIGRATIONS,
      subscribers: [UuidKeySubscriber],
      migrationsRun: false,
      synchronize: false,
      logging: false,
    };
  }
  return {
    // TypeORM reads MariaDB's column metadata differently (nullable defaults): name the
    // server by the URL's scheme so the schema comparison (drift test) is exact on both.
    // The schema itself is the same on MySQL 8 and MariaDB (see UuidPrimaryKey).
    type: config.DATABASE_URL?.startsWith('mariadb:') ? 'mariadb' : 'mysql',
    url: config.DATABASE_URL,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    dateStrings: false,
    poolSize: config.DB_POOL_SIZE,
    connectTimeout: config.DB_CONNECT_TIMEOUT_MS,
    // A bounded wait queue: during a database outage requests fail fast with 503
    // instead of piling up behind connections that will not come.
    // `trace: false`: mysql2 would capture a stack trace on every query (about 4 % of the
    // portal's CPU under load) for errors that TypeORM wraps in a QueryFailedError of its
    // own anyway, whose stack runs through the awaiting callers all the same.
    extra: {
      queueLimit: config.DB_QUEUE_LIMIT,
      enableKeepAlive: true,
      waitForConnections: true,
      trace: false,
    },
    migrations: MYSQL_MIGRATIONS,
    subscribers: [UuidKeySubscriber],
    migrationsRun: false,
    synchronize: false,
    logging: false,
  };
}
