import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { create, extract, list } from 'tar';
import { DataSource } from 'typeorm';
import {
  createDraftEntry,
  filesUnder,
  minimalPdf,
  multipartBody,
} from '../support/attachment-factory';
import { runCli } from '../support/cli';
import { createContest } from '../support/contest-factory';
import { FACTORY_PASSWORD, openDatabase } from '../support/database';
import { COMPLETE_FORM, signIn, SignedInUser } from '../support/entry-factory';
import { testEnvironment } from '../support/environment';
import { RunningPortal, startPortal, waitFor } from '../support/portal';

/**
 * Backups of the embedded profile: `backup` copies a running installation while requests
 * write to it, and `restore` brings the archive back into another VAR_DIR, where a portal
 * starts and serves the same data and files. The production profile is told what to run
 * instead. (Backup and restore are of the embedded profile only, so one profile runs the
 * journey; the production profile's refusal has its own test.)
 */
const LIMITS = {
  UPLOAD_MAX_FILES_PER_ENTRY: '1000',
  AUTH_RATE_LIMIT_PER_MINUTE: '1000',
  AUTH_IP_RATE_LIMIT_PER_MINUTE: '5000',
};

describe('backup and restore (embedded profile)', () => {
  const work = mkdtempSync(join(tmpdir(), 'scp-backup-'));
  const archive = join(work, 'platform.tar.gz');
  let env: Record<string, string>;
  let portal: RunningPortal | undefined;
  let restored: RunningPortal | undefined;
  let db: DataSource;
  let owner: SignedInUser;
  let entryId: string;
  /** Every file uploaded, by attachment id, to compare downloads byte for byte. */
  const uploaded = new Map<string, Buffer>();
  let padding = 0;

  const upload = async (url: string, auth: SignedInUser['auth']) => {
    const content = minimalPdf(++padding);
    const { body, contentType } = multipartBody([
      { name: 'kind', value: 'other' },
      { name: 'file', filename: `tai-lieu-${padding}.pdf`, content },
    ]);
    const res = await request(url)
      .post(`/api/v1/entries/${entryId}/attachments`)
      .set(auth)
      .set('content-type', contentType)
      .send(body);
    expect(res.status).toBe(201);
    uploaded.set(res.body.id as string, content);
    return res.body.id as string;
  };
  const download = (url: string, auth: SignedInUser['auth'], attachmentId: string) =>
    request(url)
      .get(`/api/v1/entries/${entryId}/attachments/${attachmentId}`)
      .set(auth)
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });
  const freshVarDir = async () => testEnvironment('embedded', LIMITS);

  beforeAll(async () => {
    env = await testEnvironment('embedded', LIMITS);
    portal = await startPortal(env);
    db = await openDatabase(env);
    const contest = await createContest(db);
    owner = await signIn(portal.url, db);
    entryId = (await createDraftEntry(db, contest, owner)).id;
    await request(portal.url)
      .patch(`/api/v1/entries/${entryId}`)
      .set(owner.auth)
      .send({ title: 'Trước khi sao lưu', ...COMPLETE_FORM })
      .expect(200);
    await upload(portal.url, owner.auth);
  });
  afterAll(async () => {
    await db?.destroy();
    await restored?.stop();
    await portal?.stop();
  });

  it('takes a backup while requests write, and restores it into a platform that works', async () => {
    const url = portal!.url;
    let backupRunning = false;
    let stop = false;
    const during = { uploads: 0, edits: 0 };
    const before = new Set<string>(uploaded.keys());
    const writers = [
      (async () => {
        while (!stop) {
          const id = await upload(url, owner.auth);
          if (backupRunning) during.uploads++;
          else if (!stop) before.add(id);
        }
      })(),
      (async () => {
        for (let i = 1; !stop; i++) {
          await request(url)
            .patch(`/api/v1/entries/${entryId}`)
            .set(owner.auth)
            .send({ title: `Bản sửa ${i}` })
            .expect(200);
          if (backupRunning) during.edits++;
        }
      })(),
    ];
    // The writers are under way before the backup starts, and keep going until it ends.
    await waitFor(async () => uploaded.size >= 3, 'the writers to be under way');
    backupRunning = true;
    const backup = await runCli(env, ['backup', '--out', archive]);
    backupRunning = false;
    stop = true;
    await Promise.all(writers);

    expect(backup).toMatchObject({ code: 0, stderr: '' });
    expect(backup.stdout).toContain(`Wrote ${archive}`);
    // It holds personal data and password hashes: its owner alone may read it.
    expect(statSync(archive).mode & 0o777).toBe(0o600);
    expect(during.uploads + during.edits).toBeGreaterThan(0);

    const target = await freshVarDir();
    const restore = await runCli(target, ['restore', archive]);
    expect(restore).toMatchObject({ code: 0, stderr: '' });
    restored = await startPortal(target);

    // Sign in (the account is in the copy), read the entry, download every file.
    const login = await request(restored.url)
      .post('/api/v1/auth/login')
      .send({ email: owner.email, password: FACTORY_PASSWORD })
      .expect(200);
    const auth = { authorization: `Bearer ${login.body.accessToken as string}` };
    const entry = await request(restored.url)
      .get(`/api/v1/entries/${entryId}`)
      .set(auth)
      .expect(200);
    expect(entry.body.summary).toBe(COMPLETE_FORM.summary);
    expect(entry.body.title).toMatch(/^(Trước khi sao lưu|Bản sửa \d+)$/);
    const ids = (entry.body.attachments as Array<{ id: string }>).map((a) => a.id);
    // Everything written before the backup began is there; nothing is there half.
    for (const id of before) expect(ids).toContain(id);
    for (const id of ids) {
      const file = await download(restored.url, auth, id);
      expect(file.status).toBe(200);
      expect(Buffer.compare(file.body as Buffer, uploaded.get(id)!)).toBe(0);
    }

    // The restored platform takes new writes.
    const added = await upload(restored.url, auth);
    const again = await download(restored.url, auth, added);
    expect(Buffer.compare(again.body as Buffer, uploaded.get(added)!)).toBe(0);
    await request(restored.url)
      .patch(`/api/v1/entries/${entryId}`)
      .set(auth)
      .send({ title: 'Sau khi khôi phục' })
      .expect(200);
  });

  it('refuses a damaged archive and a tampered one, leaving the target untouched', async () => {
    const damaged = join(work, 'damaged.tar.gz');
    const bytes = readFileSync(archive);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    writeFileSync(damaged, bytes);

    // Same gzip and tar, one uploaded file changed after the manifest was written.
    const unpacked = mkdtempSync(join(work, 'unpacked-'));
    await extract({ file: archive, cwd: unpacked });
    const victim = filesUnder(join(unpacked, 'uploads'))[0];
    writeFileSync(join(unpacked, 'uploads', victim), minimalPdf(9999));
    const tampered = join(work, 'tampered.tar.gz');
    await create({ gzip: true, cwd: unpacked, file: tampered }, [
      'manifest.json',
      'database',
      'uploads',
    ]);

    for (const [file, says] of [
      [damaged, /cannot be read.*damaged.*Nothing was restored/],
      [tampered, new RegExp(`damaged: uploads/${victim} does not match its sha256`)],
    ] as const) {
      const target = await freshVarDir();
      const run = await runCli(target, ['restore', file]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(says);
      expect(existsSync(join(target.VAR_DIR, 'platform.sqlite'))).toBe(false);
      expect(filesUnder(target.VAR_DIR)).toEqual([]);
    }
  });

  it('refuses to replace an installation without --force, and one a portal is using', async () => {
    await request(portal!.url)
      .patch(`/api/v1/entries/${entryId}`)
      .set(owner.auth)
      .send({ title: 'Sau khi sao lưu' })
      .expect(200);

    const plain = await runCli(env, ['restore', archive]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain('already holds an installation');
    expect(plain.stderr).toContain('--force');

    const running = await runCli(env, ['restore', archive, '--force']);
    expect(running.code).toBe(1);
    expect(running.stderr).toContain('Stop it first');
    const current = await request(portal!.url)
      .get(`/api/v1/entries/${entryId}`)
      .set(owner.auth)
      .expect(200);
    expect(current.body.title).toBe('Sau khi sao lưu');

    // Stopped, the installation is replaced by the archive's state.
    await db.destroy();
    await portal!.stop();
    portal = undefined;
    const forced = await runCli(env, ['restore', archive, '--force']);
    expect(forced).toMatchObject({ code: 0, stderr: '' });
    portal = await startPortal(env);
    db = await openDatabase(env);
    const back = await request(portal.url).get(`/api/v1/entries/${entryId}`).set(owner.auth);
    expect(back.status).toBe(200);
    expect(back.body.title).not.toBe('Sau khi sao lưu');
  });

  it('with files in a bucket, backs up the database only and says how to keep the bucket', async () => {
    const bucketEnv = { ...env, STORAGE_URL: 's3://key:secret@127.0.0.1:9/competition-files' };
    const only = join(work, 'database-only.tar.gz');
    const backup = await runCli(bucketEnv, ['backup', '--out', only]);
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    expect(backup.stdout).toContain('not in any archive');
    expect(backup.stdout).toContain('mc mirror ALIAS/competition-files');
    const members: string[] = [];
    await list({ file: only, onReadEntry: (entry) => void members.push(entry.path) });
    expect(members.filter((m) => !m.endsWith('/'))).toEqual([
      'manifest.json',
      'database/platform.sqlite',
    ]);

    const target: Record<string, string> = {
      ...(await freshVarDir()),
      STORAGE_URL: bucketEnv.STORAGE_URL,
    };
    const restore = await runCli(target, ['restore', only]);
    expect(restore).toMatchObject({ code: 0, stderr: '' });
    expect(restore.stdout).toContain('database only');
    expect(existsSync(join(target.VAR_DIR, 'platform.sqlite'))).toBe(true);
  });

  it('on the production profile, says how to back up instead of pretending', async () => {
    const production = {
      ...(await freshVarDir()),
      DATABASE_URL: 'mariadb://platform:secret-word@db.internal:3306/competition',
      REDIS_URL: 'redis://127.0.0.1:6379',
    };
    const backup = await runCli(production, ['backup']);
    expect(backup.code).toBe(1);
    expect(backup.stderr).toContain('mariadb-dump --single-transaction');
    expect(backup.stderr).toContain('-h db.internal -P 3306 -u platform -p competition');
    expect(backup.stderr).toContain('outbox table');
    expect(backup.stderr).not.toContain('secret-word');

    const bucket = await runCli(
      { ...production, STORAGE_URL: 's3://key:secret@minio.internal:9000/competition-files' },
      ['backup'],
    );
    expect(bucket.stderr).toContain('mc mirror ALIAS/competition-files');

    const restore = await runCli(production, ['restore', archive]);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain('production profile');
  });
});
