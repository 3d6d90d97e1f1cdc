import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Bumped whenever the layout of an archive changes; restore refuses formats it does not know. */
export const BACKUP_FORMAT = 'platform-backup/1';
export const MANIFEST_NAME = 'manifest.json';
export const DATABASE_MEMBER = 'database/platform.sqlite';
export const UPLOADS_FOLDER = 'uploads';

export interface MemberDigest {
  sizeBytes: number;
  sha256: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  platformVersion: string;
  database: { driver: 'sqlite'; lastMigration: string | null; migrations: number };
  /** `local-disk`: the uploads are in the archive; `bucket`: they stayed in the S3 bucket. */
  uploads: 'local-disk' | 'bucket';
  fileCount: number;
  /** Every member of the archive except the manifest, by its path in the archive. */
  members: Record<string, MemberDigest>;
}

/** A backup that cannot be taken or restored, with the message the operator reads. */
export class BackupRefusal extends Error {}

export async function digestOf(path: string): Promise<MemberDigest> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    sizeBytes += chunk.length;
    hash.update(chunk);
  }
  return { sizeBytes, sha256: hash.digest('hex') };
}

/** Every regular file under `root`, as archive paths (forward slashes), sorted. */
export async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Digests of every file in a staged archive folder (the manifest itself excluded). */
export async function digestMembers(stage: string): Promise<Record<string, MemberDigest>> {
  const members: Record<string, MemberDigest> = {};
  for (const path of await filesUnder(stage)) {
    if (path === MANIFEST_NAME) continue;
    members[path] = await digestOf(join(stage, ...path.split('/')));
  }
  return members;
}

/**
 * Checks an extracted archive against its manifest: the format is ours, and the members
 * are exactly those listed, each with its size and sha256. Throws a BackupRefusal saying
 * what is wrong; reads nothing outside `stage`.
 */
export async function verifyStagedArchive(stage: string): Promise<BackupManifest> {
  const raw = await readFile(join(stage, MANIFEST_NAME), 'utf8').catch(() => {
    throw new BackupRefusal(
      `The archive has no ${MANIFEST_NAME}: it is not a backup of this platform.`,
    );
  });
  const manifest = parseManifest(raw);
  const found = await digestMembers(stage);
  const listed = Object.keys(manifest.members);
  const problems: string[] = [];
  for (const path of listed) {
    const actual = found[path];
    const expected = manifest.members[path];
    if (!actual) problems.push(`${path} is missing`);
    else if (actual.sizeBytes !== expected.sizeBytes || actual.sha256 !== expected.sha256)
      problems.push(`${path} does not match its sha256`);
  }
  for (const path of Object.keys(found))
    if (!(path in manifest.members)) problems.push(`${path} is not listed in the manifest`);
  if (manifest.fileCount !== listed.length)
    problems.push(`the manifest counts ${manifest.fileCount} files but lists ${listed.length}`);
  if (!(DATABASE_MEMBER in manifest.members)) problems.push(`${DATABASE_MEMBER} is not listed`);
  if (problems.length > 0)
    throw new BackupRefusal(
      `The archive is damaged: ${problems.slice(0, 5).join('; ')}` +
        (problems.length > 5 ? ` (and ${problems.length - 5} more problems)` : '') +
        '. Nothing was restored.',
    );
  return manifest;
}

function parseManifest(raw: string): BackupManifest {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new BackupRefusal(`The archive's ${MANIFEST_NAME} is not valid JSON: it is damaged.`);
  }
  const manifest = value as Partial<BackupManifest> | null;
  if (!manifest || typeof manifest !== 'object' || manifest.format !== BACKUP_FORMAT)
    throw new BackupRefusal(
      `The archive's format (${String(manifest?.format)}) is not ${BACKUP_FORMAT}: ` +
        'it is not a backup this version can restore.',
    );
  const wellFormed =
    typeof manifest.createdAt === 'string' &&
    typeof manifest.platformVersion === 'string' &&
    typeof manifest.fileCount === 'number' &&
    (manifest.uploads === 'local-disk' || manifest.uploads === 'bucket') &&
    manifest.database?.driver === 'sqlite' &&
    !!manifest.members &&
    typeof manifest.members === 'object' &&
    Object.values(manifest.members).every(
      (m) => typeof m?.sha256 === 'string' && typeof m?.sizeBytes === 'number',
    );
  if (!wellFormed) throw new BackupRefusal(`The archive's ${MANIFEST_NAME} is incomplete.`);
  return manifest as BackupManifest;
}
