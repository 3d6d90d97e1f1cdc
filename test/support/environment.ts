import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import mysql from 'mysql2/promise';

/**
 * The two runtime profiles every end-to-end suite runs on. The production profile needs
 * the MariaDB and Redis services: when they are unreachable the suite fails, never skips.
 */
export type Profile = 'embedded' | 'production';
export const PROFILES: Profile[] = ['embedded', 'production'];

/** The shared MariaDB service (the scheme tells TypeORM which server it is). */
export const MYSQL_ROOT_URL = 'mariadb://root@127.0.0.1:3306';
export const SHARED_REDIS_URL = 'redis://127.0.0.1:6379';

export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(5).toString('hex')}`;
}

/** The list of databases this run created, named by the global setup (global-setup.mjs). */
function createdDatabasesFile(): string {
  const file = process.env.TEST_DATABASES_FILE;
  if (!file) throw new Error('TEST_DATABASES_FILE is not set: run the suites through `npm test`');
  return file;
}

/** A fresh, empty MariaDB database; returns its URL. */
export async function createDatabase(): Promise<string> {
  const name = uniqueName('t');
  const list = createdDatabasesFile();
  mkdirSync(dirname(list), { recursive: true });
  appendFileSync(list, `${name}\n`);
  const connection = await mysql.createConnection({
    host: '127.0.0.1',
    port: 3306,
    user: 'root',
    connectTimeout: 3000,
  });
  try {
    await connection.query(
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await connection.end();
  }
  return `${MYSQL_ROOT_URL}/${name}`;
}

export async function dropDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const connection = await mysql.createConnection({ host: '127.0.0.1', port: 3306, user: 'root' });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await connection.end();
  }
}

/**
 * Environment for one test app. Each call gets its own VAR_DIR (SQLite file, mail, uploads),
 * and in the production profile its own database and queue prefix on the shared services.
 */
export async function testEnvironment(
  profile: Profile,
  extra: Record<string, string> = {},
): Promise<Record<string, string>> {
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    VAR_DIR: mkdtempSync(join(tmpdir(), 'scp-')),
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    PUBLIC_URL: 'http://portal.test',
    OUTBOX_POLL_MS: '50',
    SEED_DEMO: 'false',
    QUEUE_PREFIX: uniqueName('q'),
  };
  if (profile === 'production') {
    env.DATABASE_URL = await createDatabase();
    env.REDIS_URL = SHARED_REDIS_URL;
  }
  return { ...env, ...extra };
}
