import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { Attachment } from '@app/entries/attachments/attachment.entity';
import { Entry, EntryStatus } from '@app/entries/entries/entry.entity';
import { EntryEvent } from '@app/entries/history/entry-event.entity';
import {
  createDraftEntry,
  filesUnder,
  minimalPdf,
  MultipartPart,
  multipartBody,
  pdfOfSize,
} from '../support/attachment-factory';
import { createContest } from '../support/contest-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';

const MAX_BYTES = 64 * 1024;
const MAX_FILES = 3;
const PNG = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d494844520000000100000001080600000037', 'hex'),
  Buffer.alloc(64),
]);
const ELF = Buffer.concat([Buffer.from('7f454c4602010100', 'hex'), Buffer.alloc(256)]);
const HTML = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script>');

describe.each(PROFILES)('attachments API (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let storageDir: string;
  const tokens: Record<'owner' | 'other' | 'organizer' | 'judge', string> = {} as never;
  let own: Entry;
  let others: Entry;

  const login = async (email: string) => {
    const res = await request(portal.url)
      .post('/api/v1/auth/login')
      .send({ email, password: FACTORY_PASSWORD });
    expect(res.status).toBe(200);
    return res.body.accessToken as string;
  };
  const url = (entryId: string, attachmentId = '') =>
    `/api/v1/entries/${entryId}/attachments${attachmentId ? `/${attachmentId}` : ''}`;
  const send = (token: string, entryId: string, parts: MultipartPart[]) => {
    const { body, contentType } = multipartBody(parts);
    return request(portal.url)
      .post(url(entryId))
      .auth(token, { type: 'bearer' })
      .set('content-type', contentType)
      .send(body);
  };
  const upload = (
    token: string,
    entryId: string,
    content: Buffer,
    filename = 'deck.pdf',
    kind = 'pitch_deck',
  ) =>
    send(token, entryId, [
      { name: 'kind', value: kind },
      { name: 'file', filename, content },
    ]);
  const download = (token: string, entryId: string, attachmentId: string) =>
    request(portal.url)
      .get(url(entryId, attachmentId))
      .auth(token, { type: 'bearer' })
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });
  const state = async () => ({
    rows: await db.manager.count(Attachment),
    events: await db.manager.count(EntryEvent),
    revision: (await db.manager.findOneByOrFail(Entry, { id: own.id })).revision,
    files: filesUnder(storageDir),
  });

  beforeAll(async () => {
    const env = await testEnvironment(profile, {
      UPLOAD_MAX_BYTES: String(MAX_BYTES),
      UPLOAD_MAX_FILES_PER_ENTRY: String(MAX_FILES),
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      AUTH_IP_RATE_LIMIT_PER_MINUTE: '5000',
    });
    storageDir = join(env.VAR_DIR, 'uploads');
    portal = await startPortal(env);
    db = await openDatabase(env);
    const owner = await createUser(db);
    const other = await createUser(db);
    const organizer = await createUser(db, { role: Role.organizer });
    const judge = await createUser(db, { role: Role.judge });
    const contest = await createContest(db);
    own = await createDraftEntry(db, contest, owner);
    others = await createDraftEntry(db, contest, other);
    tokens.owner = await login(owner.email);
    tokens.other = await login(other.email);
    tokens.organizer = await login(organizer.email);
    tokens.judge = await login(judge.email);
  });
  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('stores a PDF under a generated key and serves it back byte for byte, as a download', async () => {
    const pdf = minimalPdf();
    const before = await state();
    const res = await upload(tokens.owner, own.id, pdf, 'Kế hoạch kinh doanh.pdf', 'business_plan');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      entryId: own.id,
      kind: 'business_plan',
      fileName: 'Kế hoạch kinh doanh.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/storageKey|uploadedBy/);
    const row = await db.manager.findOneByOrFail(Attachment, { id: res.body.id });
    expect(row.storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{32}$/);
    expect(row.uploadedBy).toBe(own.ownerId);
    const after = await state();
    expect(after.files).toEqual([...before.files, row.storageKey].sort());
    expect(after.revision).toBe(before.revision + 1);
    const event = await db.manager.findOneByOrFail(EntryEvent, {
      entryId: own.id,
      type: 'attachment_added',
    });
    expect(event.data).toMatchObject({ attachmentId: row.id, kind: 'business_plan' });

    for (const token of [tokens.owner, tokens.organizer]) {
      const got = await download(token, own.id, row.id);
      expect(got.status).toBe(200);
      expect(Buffer.compare(got.body as Buffer, pdf)).toBe(0);
      expect(got.headers['content-type']).toBe('application/pdf');
      expect(got.headers['content-disposition']).toBe(
        `attachment; filename="Ke hoach kinh doanh.pdf"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20kinh%20doanh.pdf`,
      );
      expect(got.headers['x-content-type-options']).toBe('nosniff');
      expect(got.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
      expect(got.headers['cache-control']).toBe('no-store');
    }
    await request(portal.url)
      .delete(url(own.id, row.id))
      .auth(tokens.owner, { type: 'bearer' })
      .expect(204);
  });

  describe('refuses disguised, oversized and malformed uploads, writing nothing', () => {
    const big = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `f${i}`, value: 'x' }));
    it.each<[string, number, string, () => MultipartPart[]]>([
      [
        'an HTML file named .pdf',
        415,
        'UNSUPPORTED_FILE_TYPE',
        () => [
          { name: 'kind', value: 'pitch_deck' },
          { name: 'file', filename: 'deck.pdf', content: HTML },
        ],
      ],
      [
        'an executable named .pdf',
        415,
        'UNSUPPORTED_FILE_TYPE',
        () => [
          { name: 'kind', value: 'pitch_deck' },
          { name: 'file', filename: 'deck.pdf', content: ELF },
        ],
      ],
      [
        '%PDF- followed by HTML',
        415,
        'UNSUPPORTED_FILE_TYPE',
        () => [
          { name: 'kind', value: 'pitch_deck' },
          {
            name: 'file',
            filename: 'deck.pdf',
            content: Buffer.from('%PDF-1.4\n<html><script>alert(1)</script></html>'),
          },
        ],
      ],
      [
        'a PNG as a pitch deck',
        415,
        'UNSUPPORTED_FILE_TYPE',
        () => [
          { name: 'kind', value: 'pitch_deck' },
          { name: 'file', filename: 'deck.pdf', content: PNG },
        ],
      ],
      [
        'a PDF as an image',
        415,
        'UNSUPPORTED_FILE_TYPE',
        () => [
          { name: 'kind', value: 'image' },
          { name: 'file', filename: 'a.png', content: minimalPdf() },
        ],
      ],
      [
        'a 0-byte file',
        400,
        'EMPTY_FILE',
        () => [
          { name: 'kind', value: 'pitch_deck' },
          { name: 'file', filename: 'deck.pdf', content: Buffer.alloc(0) },
        ],
      ],
      [
        'the limit + 1 byte',
        413,
        'FILE_TOO_LARGE',
        () => [
          { name: 'kind', value: 'pitch_deck' },
          { name: 'file', filename: 'deck.pdf', content: pdfOfSize(MAX_BYTES + 1) },
        ],
      ],
      [
        '16 times the limit',
        413,
        'FILE_TOO_LARGE',
        () => [
          { name: 'kind', value: 'pitch_deck' },
          { name: 'file', filename: 'deck.pdf', content: pdfOfSize(16 * MAX_BYTES) },
        ],
      ],
      [
        '1,000 multipart parts',
        400,
        'MALFORMED_UPLOAD',
        () => [{ name: 'kind', value: 'pitch_deck' }, ...big(999)],
      ],
      [
        '1,000 parts after the file',
        400,
        'MALFORMED_UPLOAD',
        () => [
          { name: 'kind', value: 'pitch_deck' },
          { name: 'file', filename: 'deck.pdf', content: minimalPdf() },
          ...big(998),
        ],
      ],
      [
        'two files',
        400,
        'MALFORMED_UPLOAD',
        () => [
          { name: 'kind', value: 'pitch_deck' },
          { name: 'file', filename: 'a.pdf', content: minimalPdf() },
          { name: 'file', filename: 'b.pdf', content: minimalPdf() },
        ],
      ],
      [
        'the file before the kind',
        400,
        'MALFORMED_UPLOAD',
        () => [
          { name: 'file', filename: 'deck.pdf', content: minimalPdf() },
          { name: 'kind', value: 'pitch_deck' },
        ],
      ],
      ['no file', 400, 'MALFORMED_UPLOAD', () => [{ name: 'kind', value: 'pitch_deck' }]],
      [
        'an unknown kind',
        400,
        'VALIDATION_FAILED',
        () => [
          { name: 'kind', value: 'script' },
          { name: 'file', filename: 'deck.pdf', content: minimalPdf() },
        ],
      ],
      [
        'a name of control characters only',
        400,
        'MALFORMED_UPLOAD',
        () => [
          { name: 'kind', value: 'pitch_deck' },
          { name: 'file', filename: '\u0001\u0002\u202e', content: minimalPdf() },
        ],
      ],
      [
        'a name that is only a path',
        400,
        'MALFORMED_UPLOAD',
        () => [
          { name: 'kind', value: 'pitch_deck' },
          { name: 'file', filename: '../../', content: minimalPdf() },
        ],
      ],
    ])('%s -> %i %s', async (_what, status, code, parts) => {
      const before = await state();
      const res = await send(tokens.owner, own.id, parts());
      expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
      expect(await state()).toEqual(before);
    });

    it('refuses a JSON body and a multipart body cut off in the middle', async () => {
      const before = await state();
      const json = await request(portal.url)
        .post(url(own.id))
        .auth(tokens.owner, { type: 'bearer' })
        .send({ kind: 'pitch_deck' });
      expect([json.status, json.body.code]).toEqual([400, 'MALFORMED_UPLOAD']);
      const { body, contentType } = multipartBody([
        { name: 'kind', value: 'pitch_deck' },
        { name: 'file', filename: 'deck.pdf', content: minimalPdf() },
      ]);
      const cut = await request(portal.url)
        .post(url(own.id))
        .auth(tokens.owner, { type: 'bearer' })
        .set('content-type', contentType)
        .send(body.subarray(0, body.length - 60));
      expect([cut.status, cut.body.code]).toEqual([400, 'MALFORMED_UPLOAD']);
      expect(await state()).toEqual(before);
    });

    it('stays healthy after the attacks', async () => {
      await request(portal.url).get('/health').expect(200);
      expect(portal.child.exitCode).toBeNull();
    });
  });

  it('accepts a file of exactly the limit', async () => {
    const res = await upload(tokens.owner, own.id, pdfOfSize(MAX_BYTES));
    expect(res.status).toBe(201);
    expect(res.body.sizeBytes).toBe(MAX_BYTES);
    await request(portal.url)
      .delete(url(own.id, res.body.id))
      .auth(tokens.owner, { type: 'bearer' })
      .expect(204);
  });

  it.each([
    ['../../etc/passwd.pdf', 'passwd.pdf', 'pitch_deck', minimalPdf()],
    ['a\u0000b.pdf', 'ab.pdf', 'pitch_deck', minimalPdf()],
    ['CON.pdf', '_CON.pdf', 'pitch_deck', minimalPdf()],
    ['invoice\u202efdp.exe', 'invoicefdp.exe.pdf', 'pitch_deck', minimalPdf()],
    [`${'d'.repeat(296)}.pdf`, `${'d'.repeat(146)}.pdf`, 'pitch_deck', minimalPdf()],
    ['photo.exe', 'photo.exe.png', 'image', PNG],
  ])('keeps %j only as the safe name %j', async (raw, safe, kind, content) => {
    const res = await upload(tokens.owner, own.id, content, raw, kind);
    expect(res.status).toBe(201);
    expect(res.body.fileName).toBe(safe);
    const row = await db.manager.findOneByOrFail(Attachment, { id: res.body.id });
    expect(row.originalName).toBe(safe);
    expect(row.storageKey).not.toContain(safe.slice(0, 4));
    await request(portal.url)
      .delete(url(own.id, row.id))
      .auth(tokens.owner, { type: 'bearer' })
      .expect(204);
  });

  it('answers 404 for another team entry or file, and for a file under the wrong entry', async () => {
    const theirs = await upload(tokens.other, others.id, minimalPdf());
    expect(theirs.status).toBe(201);
    const mine = await upload(tokens.owner, own.id, minimalPdf());
    expect(mine.status).toBe(201);
    const before = await state();
    const refusals = [
      upload(tokens.owner, others.id, minimalPdf()),
      upload(tokens.organizer, own.id, minimalPdf()),
      download(tokens.owner, own.id, theirs.body.id),
      download(tokens.owner, others.id, theirs.body.id),
      download(tokens.other, own.id, mine.body.id),
      download(tokens.judge, own.id, mine.body.id),
      request(portal.url)
        .delete(url(own.id, theirs.body.id))
        .auth(tokens.owner, { type: 'bearer' }),
      request(portal.url).delete(url(own.id, mine.body.id)).auth(tokens.other, { type: 'bearer' }),
      request(portal.url)
        .delete(url(own.id, mine.body.id))
        .auth(tokens.organizer, { type: 'bearer' }),
      download(tokens.owner, own.id, 'not-a-uuid'),
    ];
    for (const res of await Promise.all(refusals))
      expect([res.status, res.body.code ?? JSON.parse(String(res.body)).code]).toEqual([
        404,
        'NOT_FOUND',
      ]);
    expect(await state()).toEqual(before);
    await request(portal.url).get(url(own.id, mine.body.id)).expect(401);
  });

  it('deletes a file with its row, and counts files against the limit', async () => {
    await db.manager.delete(Attachment, { entryId: own.id });
    const ids: string[] = [];
    for (let i = 0; i < MAX_FILES; i++) {
      const res = await upload(tokens.owner, own.id, minimalPdf(), `deck-${i}.pdf`);
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    const before = await state();
    const over = await upload(tokens.owner, own.id, minimalPdf());
    expect([over.status, over.body.code]).toEqual([409, 'TOO_MANY_FILES']);
    expect(await state()).toEqual(before);

    const row = await db.manager.findOneByOrFail(Attachment, { id: ids[0] });
    await request(portal.url)
      .delete(url(own.id, ids[0]))
      .auth(tokens.owner, { type: 'bearer' })
      .expect(204);
    const after = await state();
    expect(after.rows).toBe(before.rows - 1);
    expect(after.files).not.toContain(row.storageKey);
    expect(after.revision).toBe(before.revision + 1);
    expect(
      await db.manager.countBy(EntryEvent, { entryId: own.id, type: 'attachment_removed' }),
    ).toBeGreaterThan(0);
    expect((await download(tokens.owner, own.id, ids[0])).status).toBe(404);
    expect((await upload(tokens.owner, own.id, minimalPdf())).status).toBe(201);
  });

  it('refuses changes after the deadline and on a withdrawn entry', async () => {
    const owner = await db.manager.findOneByOrFail(Entry, { id: own.id });
    const closed = await createContest(db, {
      submissionDeadline: new Date(Date.now() - 60_000),
      graceMinutes: 0,
    });
    const late = await createDraftEntry(db, closed, { id: owner.ownerId });
    const withdrawn = await createDraftEntry(
      db,
      await createContest(db),
      { id: owner.ownerId },
      { status: EntryStatus.withdrawn },
    );
    const before = await state();
    const a = await upload(tokens.owner, late.id, minimalPdf());
    expect([a.status, a.body.code]).toEqual([409, 'DEADLINE_PASSED']);
    const b = await upload(tokens.owner, withdrawn.id, minimalPdf());
    expect([b.status, b.body.code]).toEqual([409, 'ENTRY_LOCKED']);
    expect(await state()).toEqual(before);
  });
});
