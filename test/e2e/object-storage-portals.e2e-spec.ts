import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Attachment } from '@app/entries/attachments/attachment.entity';
import { Entry } from '@app/entries/entries/entry.entity';
import {
  createDraftEntry,
  filesUnder,
  multipartBody,
  pdfOfSize,
} from '../support/attachment-factory';
import { createContest } from '../support/contest-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { RunningS3Server, startS3Server } from '../support/s3-server';

const ELF = Buffer.concat([Buffer.from('7f454c4602010100', 'hex'), Buffer.alloc(4096)]);

/**
 * Two portals as two hosts would run them: one database, one bucket, each on its own disk
 * (its own VAR_DIR). A file uploaded through one is downloaded and deleted through the
 * other, and nothing lands on either disk.
 */
describe('two portals sharing an S3-compatible bucket (production profile)', () => {
  let s3: RunningS3Server;
  let portals: RunningPortal[] = [];
  let varDirs: string[] = [];
  let db: DataSource;
  let entry: Entry;
  let token: string;

  const upload = (portal: RunningPortal, content: Buffer, filename: string) => {
    const { body, contentType } = multipartBody([
      { name: 'kind', value: 'pitch_deck' },
      { name: 'file', filename, content },
    ]);
    return request(portal.url)
      .post(`/api/v1/entries/${entry.id}/attachments`)
      .auth(token, { type: 'bearer' })
      .set('content-type', contentType)
      .send(body);
  };
  const download = (portal: RunningPortal, attachmentId: string) =>
    request(portal.url)
      .get(`/api/v1/entries/${entry.id}/attachments/${attachmentId}`)
      .auth(token, { type: 'bearer' })
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });

  beforeAll(async () => {
    s3 = await startS3Server();
    const env = await testEnvironment('production', {
      STORAGE_URL: s3.storageUrl('attachments'),
      UPLOAD_MAX_BYTES: String(12 * 1024 * 1024),
    });
    varDirs = [env.VAR_DIR, mkdtempSync(join(tmpdir(), 'scp-host-b-'))];
    // One after the other: the second start finds the schema migrated.
    for (const varDir of varDirs) portals.push(await startPortal({ ...env, VAR_DIR: varDir }));
    db = await openDatabase(env);
    const owner = await createUser(db);
    entry = await createDraftEntry(db, await createContest(db), owner);
    const login = await request(portals[0].url)
      .post('/api/v1/auth/login')
      .send({ email: owner.email, password: FACTORY_PASSWORD });
    token = login.body.accessToken as string;
  }, 180_000);
  afterAll(async () => {
    await db?.destroy();
    await Promise.all(portals.map((portal) => portal.stop()));
    portals = [];
    await s3?.stop();
  });

  it('serves through one portal the file uploaded through the other, and deletes it there', async () => {
    const [a, b] = portals;
    const pdf = pdfOfSize(10 * 1024 * 1024);
    const uploaded = await upload(a, pdf, 'deck.pdf');
    expect(uploaded.status).toBe(201);
    const row = await db.manager.findOneByOrFail(Attachment, { id: uploaded.body.id });
    expect(await s3.keys()).toEqual([`attachments/${row.storageKey}`]);

    const got = await download(b, row.id);
    expect(got.status).toBe(200);
    expect(Buffer.compare(got.body as Buffer, pdf)).toBe(0);
    expect(got.headers['content-disposition']).toMatch(/^attachment;/);
    expect(got.headers['cache-control']).toBe('no-store');

    await request(b.url)
      .delete(`/api/v1/entries/${entry.id}/attachments/${row.id}`)
      .auth(token, { type: 'bearer' })
      .expect(204);
    expect(await s3.keys()).toEqual([]);
    expect((await download(a, row.id)).status).toBe(404);
    // Neither host kept a copy on its own disk.
    for (const varDir of varDirs) expect(filesUnder(join(varDir, 'uploads'))).toEqual([]);
  });

  it('refuses a disguised file with its code and leaves nothing in the bucket', async () => {
    const refused = await upload(portals[1], ELF, 'deck.pdf');
    expect(refused.status).toBe(415);
    expect(refused.body.code).toBe('UNSUPPORTED_FILE_TYPE');
    expect(await s3.keys()).toEqual([]);
    expect(await db.manager.countBy(Attachment, { entryId: entry.id })).toBe(0);
  });
});
