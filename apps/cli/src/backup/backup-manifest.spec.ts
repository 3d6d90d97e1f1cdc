import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BACKUP_FORMAT,
  BackupManifest,
  digestMembers,
  MANIFEST_NAME,
  verifyStagedArchive,
} from './backup-manifest';

describe('verifyStagedArchive', () => {
  let stage: string;

  const write = (path: string, content: string) => {
    mkdirSync(join(stage, path, '..'), { recursive: true });
    writeFileSync(join(stage, path), content);
  };
  const manifest = (): BackupManifest =>
    JSON.parse(readFileSync(join(stage, MANIFEST_NAME), 'utf8')) as BackupManifest;
  const rewrite = (change: (m: BackupManifest) => unknown) => {
    const m = manifest();
    change(m);
    writeFileSync(join(stage, MANIFEST_NAME), JSON.stringify(m));
  };

  beforeEach(async () => {
    stage = mkdtempSync(join(tmpdir(), 'manifest-'));
    write('database/platform.sqlite', 'database pages');
    write('uploads/ab/cd/abcd0000000000000000000000000000', 'a pitch deck');
    const members = await digestMembers(stage);
    const good: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: '2026-12-06T20:00:00.000Z',
      platformVersion: '0.1.0',
      database: { driver: 'sqlite', lastMigration: 'AddThing1', migrations: 1 },
      uploads: 'local-disk',
      fileCount: 2,
      members,
    };
    writeFileSync(join(stage, MANIFEST_NAME), JSON.stringify(good));
  });
  afterEach(() => rmSync(stage, { recursive: true, force: true }));

  it('accepts members that match their manifest', async () => {
    await expect(verifyStagedArchive(stage)).resolves.toMatchObject({ fileCount: 2 });
  });

  it('refuses a changed, a missing and an unlisted member, naming each', async () => {
    write('uploads/ab/cd/abcd0000000000000000000000000000', 'a different deck');
    write('uploads/ef/01/ef010000000000000000000000000000', 'smuggled');
    rmSync(join(stage, 'database', 'platform.sqlite'));
    const refusal = verifyStagedArchive(stage);
    await expect(refusal).rejects.toThrow(
      /damaged: database\/platform.sqlite is missing; uploads\/ab\/cd\/abcd0+ does not match its sha256; uploads\/ef\/01\/ef010+ is not listed/,
    );
  });

  it('refuses a manifest that miscounts its files', async () => {
    rewrite((m) => (m.fileCount = 3));
    await expect(verifyStagedArchive(stage)).rejects.toThrow(/counts 3 files but lists 2/);
  });

  it('refuses an archive of another kind or format', async () => {
    rmSync(join(stage, MANIFEST_NAME));
    await expect(verifyStagedArchive(stage)).rejects.toThrow(
      /no manifest.json: it is not a backup/,
    );
    writeFileSync(join(stage, MANIFEST_NAME), '{ not json');
    await expect(verifyStagedArchive(stage)).rejects.toThrow(/not valid JSON/);
    writeFileSync(join(stage, MANIFEST_NAME), JSON.stringify({ format: 'platform-backup/9' }));
    await expect(verifyStagedArchive(stage)).rejects.toThrow(/platform-backup\/9\) is not/);
  });
});
