import Database from 'better-sqlite3';
import { BackupRefusal } from './backup-manifest';

/** Pages per step of the online backup: all of them, so the copy is one read transaction. */
const ALL_PAGES = 0x7fffffff;

/**
 * Copies a live SQLite database with SQLite's online backup API. Copying every page in one
 * step reads a single snapshot: in WAL mode the portal keeps writing meanwhile, and a
 * write between smaller steps would restart the copy again and again under load. A plain
 * file copy could catch the file between a transaction's pages, or miss what is still in
 * the -wal file.
 */
export async function snapshotDatabase(source: string, target: string): Promise<void> {
  const db = new Database(source, { fileMustExist: true, timeout: 10_000 });
  try {
    await db.backup(target, { progress: () => ALL_PAGES });
  } finally {
    db.close();
  }
}

export interface DatabaseFacts {
  lastMigration: string | null;
  migrations: number;
  /** Storage keys the database points at (attachments), to check the files are all there. */
  storageKeys: string[];
}

/** Reads what the manifest records and the checks need from a copied database. */
export function readDatabaseFacts(path: string): DatabaseFacts {
  const db = new Database(path, { fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok')
      throw new BackupRefusal(
        `The database copy is damaged (integrity check: ${String(integrity)}).`,
      );
    const hasTable = (name: string) =>
      !!db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name);
    if (!hasTable('migrations')) return { lastMigration: null, migrations: 0, storageKeys: [] };
    const last = db
      .prepare(`SELECT name FROM migrations ORDER BY timestamp DESC, id DESC LIMIT 1`)
      .get() as { name: string } | undefined;
    const { count } = db.prepare(`SELECT COUNT(*) AS count FROM migrations`).get() as {
      count: number;
    };
    // The one table that names files in storage (libs/entries' Attachment entity).
    const storageKeys = hasTable('entry_attachments')
      ? (db.prepare(`SELECT storageKey FROM entry_attachments`).pluck().all() as string[])
      : [];
    return { lastMigration: last?.name ?? null, migrations: count, storageKeys };
  } catch (error) {
    if (error instanceof BackupRefusal) throw error;
    throw new BackupRefusal(`The database copy cannot be read: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}

/**
 * Whether another process (a running portal) has the database open. In WAL mode every open
 * connection keeps a shared lock on the file, even while idle, so an exclusive lock that
 * cannot be had at once means someone else is there. The lock is released right away.
 */
export function databaseInUse(path: string): boolean {
  const db = new Database(path, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('ROLLBACK');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  } finally {
    db.close();
  }
}
