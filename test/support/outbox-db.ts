import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';

export interface OutboxRow {
  id: string;
  recipientEmail: string;
  status: 'pending' | 'queued' | 'sent' | 'failed';
  attempts: number;
  lastError: string | null;
}

export interface NewMail {
  to?: string;
  template?: string;
  locale?: 'vi' | 'en';
  data?: Record<string, string>;
}

/**
 * Direct access to the outbox table of a spawned app's database (MariaDB, or the
 * embedded SQLite file under VAR_DIR), to write rows as a domain transaction would and
 * to watch their state.
 */
export interface OutboxDb {
  insert(mails: NewMail[]): Promise<string[]>;
  rows(): Promise<OutboxRow[]>;
  clear(): Promise<void>;
  close(): Promise<void>;
}

const COLUMNS = `id, dedupeKey, recipientEmail, recipientUserId, template, locale, data, status,
  attempts, nextAttemptAt, createdAt, updatedAt`;
const SELECT =
  'SELECT id, recipientEmail, status, attempts, lastError FROM notifications ORDER BY createdAt, id';
// Long past in any time zone, so the row is due at once on both drivers.
const LONG_AGO = '2000-01-01 00:00:00';

function values(mail: NewMail, index: number): unknown[] {
  const id = randomUUID();
  return [
    id,
    `test:${id}`,
    mail.to ?? `user${index}@example.test`,
    null,
    mail.template ?? 'welcome',
    mail.locale ?? 'vi',
    JSON.stringify(
      mail.data ?? { fullName: `Người dùng ${index}`, link: 'http://portal.test/sign-in' },
    ),
    'pending',
    0,
    LONG_AGO,
    LONG_AGO,
    LONG_AGO,
  ];
}

export async function mysqlOutbox(databaseUrl: string): Promise<OutboxDb> {
  const pool = mysql.createPool({ uri: databaseUrl, connectionLimit: 2, timezone: 'Z' });
  return {
    async insert(mails) {
      const rows = mails.map(values);
      await pool.query(`INSERT INTO notifications (${COLUMNS}) VALUES ?`, [rows]);
      return rows.map((row) => row[0] as string);
    },
    async rows() {
      const [rows] = await pool.query(SELECT);
      return rows as OutboxRow[];
    },
    async clear() {
      await pool.query('DELETE FROM notifications');
    },
    close: () => pool.end(),
  };
}

/** The embedded profile's database; the portal must have created it (it runs the migrations). */
export async function sqliteOutbox(varDir: string): Promise<OutboxDb> {
  const db = new Database(join(varDir, 'platform.sqlite'));
  db.pragma('busy_timeout = 5000');
  const placeholders = `(${COLUMNS.split(',')
    .map(() => '?')
    .join(', ')})`;
  const insert = db.prepare(`INSERT INTO notifications (${COLUMNS}) VALUES ${placeholders}`);
  return {
    async insert(mails) {
      const rows = mails.map(values);
      db.transaction(() => rows.forEach((row) => insert.run(...row)))();
      return rows.map((row) => row[0] as string);
    },
    async rows() {
      return db.prepare(SELECT).all() as OutboxRow[];
    },
    async clear() {
      db.prepare('DELETE FROM notifications').run();
    },
    async close() {
      db.close();
    },
  };
}
