import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { create } from 'tar';
import { AppConfig, isStorageKey, sqliteDatabasePath } from '@app/platform';
import {
  BACKUP_FORMAT,
  BackupManifest,
  BackupRefusal,
  DATABASE_MEMBER,
  digestMembers,
  filesUnder,
  MANIFEST_NAME,
  UPLOADS_FOLDER,
} from './backup-manifest';
import { bucketAdvice, productionBackupAdvice } from './production-backup-advice';
import { readDatabaseFacts, snapshotDatabase } from './sqlite-snapshot';

/** A file can be removed (attachment deleted) between the database copy and the file copy. */
const ATTEMPTS = 3;

export interface BackupResult {
  file: string;
  manifest: BackupManifest;
  /** Things the operator must know (files kept elsewhere, files already missing). */
  notes: string[];
}

export function defaultBackupName(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `platform-backup-${stamp}.tar.gz`;
}

/**
 * Writes one archive with a consistent copy of the embedded installation: the database
 * by SQLite's online backup while the portal keeps running, then the uploaded files. The
 * database is copied first: a file uploaded later is merely extra in the archive, while
 * its row, written after the file, is not in the copy. Files never change once stored,
 * so a hard link in the staging folder freezes each one as it was.
 */
export async function takeBackup(
  config: AppConfig,
  out: string | undefined,
  platformVersion: string,
): Promise<BackupResult> {
  if (!config.usesSqlite) throw new BackupRefusal(productionBackupAdvice(config));
  const database = sqliteDatabasePath(config);
  if (!existsSync(database))
    throw new BackupRefusal(`There is no installation to back up: ${database} does not exist.`);
  const file = resolve(out ?? defaultBackupName(new Date()));
  if (existsSync(file)) throw new BackupRefusal(`${file} already exists; choose another --out.`);
  await mkdir(dirname(file), { recursive: true });

  for (let attempt = 1; ; attempt++) {
    const stage = await mkdtemp(join(config.varDir, '.backup-'));
    try {
      const staged = await stageInstallation(config, database, stage, platformVersion);
      if (staged.missing.length > 0 && attempt < ATTEMPTS) continue;
      const partial = `${file}.partial-${randomBytes(4).toString('hex')}`;
      const members = [MANIFEST_NAME, 'database', UPLOADS_FOLDER].filter((m) =>
        existsSync(join(stage, m)),
      );
      try {
        // Readable by its owner only: it holds personal data and password hashes.
        await create(
          { gzip: true, portable: true, cwd: stage, file: partial, mode: 0o600 },
          members,
        );
        await rename(partial, file);
      } finally {
        await rm(partial, { force: true });
      }
      return { file, manifest: staged.manifest, notes: notesOf(config, staged.missing) };
    } finally {
      await rm(stage, { recursive: true, force: true });
    }
  }
}

async function stageInstallation(
  config: AppConfig,
  database: string,
  stage: string,
  platformVersion: string,
): Promise<{ manifest: BackupManifest; missing: string[] }> {
  const copy = join(stage, ...DATABASE_MEMBER.split('/'));
  await mkdir(dirname(copy), { recursive: true });
  await snapshotDatabase(database, copy);
  const facts = readDatabaseFacts(copy);
  let missing: string[] = [];
  if (!config.STORAGE_URL) {
    const linked = await freezeUploads(config.storageDir, join(stage, UPLOADS_FOLDER));
    missing = facts.storageKeys.filter((key) => !linked.has(key));
  }
  const members = await digestMembers(stage);
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    createdAt: new Date().toISOString(),
    platformVersion,
    database: {
      driver: 'sqlite',
      lastMigration: facts.lastMigration,
      migrations: facts.migrations,
    },
    uploads: config.STORAGE_URL ? 'bucket' : 'local-disk',
    fileCount: Object.keys(members).length,
    members,
  };
  await writeFile(join(stage, MANIFEST_NAME), JSON.stringify(manifest, null, 2));
  return { manifest, missing };
}

/** Links (or copies, across file systems) every stored file into the stage; returns their keys. */
async function freezeUploads(storageDir: string, target: string): Promise<Set<string>> {
  await mkdir(target, { recursive: true });
  const linked = new Set<string>();
  for (const key of await filesUnder(storageDir)) {
    // Uploads still arriving (`.incoming/`) have no row yet: they are not part of the state.
    if (!isStorageKey(key)) continue;
    const source = join(storageDir, ...key.split('/'));
    const copy = join(target, ...key.split('/'));
    await mkdir(dirname(copy), { recursive: true });
    try {
      await link(source, copy).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EXDEV' && error.code !== 'EPERM') throw error;
        await copyFile(source, copy);
      });
      linked.add(key);
    } catch (error) {
      // Removed since the listing: its row, if the copy has one, shows up as missing.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return linked;
}

function notesOf(config: AppConfig, missing: string[]): string[] {
  const notes = config.STORAGE_URL ? bucketAdvice(config.STORAGE_URL) : [];
  if (missing.length > 0)
    notes.push(
      `${missing.length} file(s) the database names were already missing from ${config.storageDir} ` +
        `and are not in the archive (first: ${missing.slice(0, 3).join(', ')}).`,
    );
  return notes;
}
