import { join } from 'node:path';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';

/**
 * Holds the database still for a spawned app, from the test's own connection, until
 * `release()`: on MariaDB a WRITE lock on the given tables (the app can neither read nor
 * write them), on SQLite the file's write lock (the app can read, as WAL allows, but not
 * write). Anything the app must do with those tables before it answers makes the answer
 * wait; a test uses it to prove what an answer does *not* wait for.
 */
export async function holdTables(
  env: Record<string, string>,
  tables: string[],
): Promise<{ release(): Promise<void> }> {
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    const connection = await mysql.createConnection({
      host: url.hostname,
      port: Number(url.port || 3306),
      user: decodeURIComponent(url.username),
      database: url.pathname.slice(1),
    });
    await connection.query(`LOCK TABLES ${tables.map((t) => `\`${t}\` WRITE`).join(', ')}`);
    return {
      async release() {
        await connection.query('UNLOCK TABLES');
        await connection.end();
      },
    };
  }
  const sqlite = new Database(join(env.VAR_DIR, 'platform.sqlite'));
  sqlite.exec('BEGIN IMMEDIATE');
  return {
    async release() {
      sqlite.exec('COMMIT');
      sqlite.close();
    },
  };
}
