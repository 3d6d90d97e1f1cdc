import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { extract } from 'tar';
import { AppConfig, isStorageKey, sqliteDatabasePath } from '@app/platform';
import {
  BackupManifest,
  BackupRefusal,
  DATABASE_MEMBER,
  filesUnder,
  UPLOADS_FOLDER,
  verifyStagedArchive,
} from './backup-manifest';
import { Placement, stageBeside, swapIn } from './install-swap';
import { databaseInUse, readDatabaseFacts } from './sqlite-snapshot';

export interface RestoreResult {
  manifest: BackupManifest;
  notes: string[];
}

const PRODUCTION_RESTORE = [
  '`restore` brings back an archive of the embedded profile. This installation uses the',
  'production profile (DATABASE_URL is set): load the database dump with the database client',
  '(gunzip < platform-DATE.sql.gz | mariadb -h HOST -u USER -p DATABASE), put the uploaded',
  'files back (rsync, or mc mirror into the bucket) and start the worker: it queues the',
  'pending mail of the outbox again. See "Backups" in the README.',
].join('\n');

/**
 * Brings an archive back into VAR_DIR (and STORAGE_DIR). Everything is checked before
 * anything is touched: the target (an installation there needs --force, a portal using it
 * must be stopped), then the archive, extracted beside the target and verified against its
 * manifest, then the database copy itself. Only then are the copies swapped in.
 */
export async function restoreBackup(
  config: AppConfig,
  archive: string,
  options: { force: boolean; knownMigrations: string[] },
): Promise<RestoreResult> {
  if (!config.usesSqlite) throw new BackupRefusal(PRODUCTION_RESTORE);
  const source = resolve(archive);
  if (!existsSync(source)) throw new BackupRefusal(`${source} does not exist.`);
  const database = sqliteDatabasePath(config);
  await refuseUnsafeTarget(config, database, options.force);

  await mkdir(config.varDir, { recursive: true });
  const stage = await mkdtemp(join(config.varDir, '.restore-'));
  let uploadsNear: string | undefined;
  try {
    unpack(source, stage);
    const manifest = await verifyStagedArchive(stage);
    const facts = readDatabaseFacts(join(stage, ...DATABASE_MEMBER.split('/')));
    if (facts.lastMigration && !options.knownMigrations.includes(facts.lastMigration))
      throw new BackupRefusal(
        `The archive comes from a newer version of the platform (platform ${manifest.platformVersion}, ` +
          `migration ${facts.lastMigration} is unknown here): install that version first.`,
      );
    if (manifest.uploads === 'local-disk' && config.STORAGE_URL)
      throw new BackupRefusal(
        'The archive holds uploaded files for the local disk, but STORAGE_URL is set here: ' +
          'restore without STORAGE_URL, then copy the files into the bucket.',
      );

    const placements: Placement[] = [
      { from: join(stage, ...DATABASE_MEMBER.split('/')), to: database },
      // The replaced database's journal files must not be read with the restored one.
      { to: `${database}-wal` },
      { to: `${database}-shm` },
    ];
    if (manifest.uploads === 'local-disk') {
      const staged = join(stage, UPLOADS_FOLDER);
      await mkdir(staged, { recursive: true });
      uploadsNear = await stageBeside(staged, config.storageDir);
      placements.push({ from: uploadsNear, to: config.storageDir });
    }
    // A portal may have started while the archive was checked.
    await refuseUnsafeTarget(config, database, options.force);
    await swapIn(placements);
    const notes =
      manifest.uploads === 'bucket'
        ? [
            'The archive holds the database only: its files were in an S3 bucket. ' +
              'Point STORAGE_URL at that bucket (or its copy) before starting the portal.',
          ]
        : [];
    return { manifest, notes };
  } finally {
    await rm(stage, { recursive: true, force: true, maxRetries: 3 });
    if (uploadsNear) await rm(uploadsNear, { recursive: true, force: true });
  }
}

async function refuseUnsafeTarget(config: AppConfig, database: string, force: boolean) {
  const hasDatabase = existsSync(database);
  const hasFiles =
    !config.STORAGE_URL && (await filesUnder(config.storageDir)).some((key) => isStorageKey(key));
  if ((hasDatabase || hasFiles) && !force)
    throw new BackupRefusal(
      `${config.varDir} already holds an installation (${hasDatabase ? database : config.storageDir}). ` +
        'Restoring replaces it entirely: stop the portal and run restore again with --force.',
    );
  if (hasDatabase && databaseInUse(database))
    throw new BackupRefusal(
      `A portal (or another process) has ${database} open. Stop it first, then restore; ` +
        'start it again afterwards.',
    );
}

/**
 * Extracts regular files and folders only; a damaged archive (gzip, tar) is refused.
 * Synchronously: an asynchronous extraction can still be writing when it reports an
 * error, and the stage would then be removed under its feet.
 */
function unpack(source: string, stage: string): void {
  try {
    extract({
      sync: true,
      file: source,
      cwd: stage,
      strict: true,
      filter: (_path, entry) =>
        'type' in entry && (entry.type === 'File' || entry.type === 'Directory'),
    });
  } catch (error) {
    throw new BackupRefusal(
      `The archive cannot be read (${(error as Error).message}): it is damaged or not a ` +
        '.tar.gz backup. Nothing was restored.',
    );
  }
}
