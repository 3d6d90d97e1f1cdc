import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { AuditLog } from '@app/accounts/audit/audit-log.entity';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { Entry, EntryStatus } from '@app/entries/entries/entry.entity';
import { EntryEvent } from '@app/entries/history/entry-event.entity';
import { QuestionKind } from '@app/contests/questions/contest-question.entity';
import { createCategory, createContest, createQuestion } from '../support/contest-factory';
import type { ContestFixture } from '../support/contest-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { createListedEntry } from '../support/listing-factory';
import { RunningPortal, RunningProcess, spawnApp, startPortal, waitFor } from '../support/portal';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

const XSS = '<img src=x onerror=alert(1)>';
const FORMULA = '=HYPERLINK("http://evil.test","bấm vào đây")';

/** A minimal RFC 4180 reader, to check what a spreadsheet program would read. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field || record.length) records.push([...record, field]);
  return records;
}

/** Reads an XLSX download back the way a spreadsheet program would. */
async function readWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's types predate the generic Buffer of @types/node.
  await workbook.xlsx.load(body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

const binary = (res: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe.each(PROFILES)("organizers' side of entries (%s profile)", (profile) => {
  let sink: SmtpSink;
  let portal: RunningPortal;
  let worker: RunningProcess | undefined;
  let db: DataSource;
  let organizer: string;
  let applicant: string;
  let judge: string;
  let listed: ContestFixture;
  let screened: ContestFixture;
  const entries: Record<string, Entry> = {};

  const login = async (email: string) =>
    (
      await request(portal.url)
        .post('/api/v1/auth/login')
        .send({ email, password: FACTORY_PASSWORD })
        .expect(200)
    ).body.accessToken as string;
  const get = (path: string, token = organizer) =>
    request(portal.url).get(path).set('authorization', `Bearer ${token}`);
  const screen = (entryId: string, body: object, token = organizer) =>
    request(portal.url)
      .post(`/api/v1/entries/${entryId}/screening`)
      .set('authorization', `Bearer ${token}`)
      .send(body);
  const codes = async (query: string) => {
    const res = await get(`/api/v1/contests/${listed.id}/entries?${query}`).expect(200);
    return (res.body.items as Array<{ code: string }>).map((item) => item.code);
  };
  const mailTo = (email: string, subject: RegExp): Promise<ParsedMail> =>
    waitFor(async () => {
      for (const message of sink.messages) {
        const mail = await simpleParser(message.raw);
        if (message.to.includes(email) && subject.test(mail.subject ?? '')) return mail;
      }
      return undefined;
    }, `a mail to ${email} matching ${subject}`);

  beforeAll(async () => {
    sink = await startSmtpSink();
    const env = await testEnvironment(profile, { SMTP_URL: sink.url });
    portal = await startPortal(env);
    if (profile === 'production') worker = spawnApp('worker', env);
    db = await openDatabase(env);

    const [organizerUser, applicantUser, judgeUser] = await Promise.all([
      createUser(db, { role: Role.organizer }),
      createUser(db, { role: Role.applicant }),
      createUser(db, { role: Role.judge }),
    ]);
    organizer = await login(organizerUser.email);
    applicant = await login(applicantUser.email);
    judge = await login(judgeUser.email);

    // The listed contest is only read: its entries keep their status through the suite.
    listed = await createContest(db, { codePrefix: 'QNG5' });
    const project = await createCategory(db, listed, {
      key: 'du-an',
      nameVi: 'Dự án',
      nameEn: 'Project',
      position: 1,
    });
    const leaders = await Promise.all(
      ['Nguyễn Văn An', 'Lê Thị Bình', 'Phạm Minh Châu', 'Võ Quốc Dũng'].map((fullName) =>
        createUser(db, { fullName, organization: 'Trường THPT Chuyên Lê Khiết' }),
      ),
    );
    // Extra questions, asked in this order: one column each, after the fixed ones.
    const funding = await createQuestion(db, listed, {
      key: 'von',
      labelVi: 'Vốn cần gọi (triệu đồng)',
      labelEn: 'Funding sought (million VND)',
      kind: QuestionKind.number,
      position: 1,
    });
    const heard = await createQuestion(db, listed, {
      key: 'nguon',
      labelVi: 'Biết cuộc thi qua đâu?',
      labelEn: 'How did you hear of the contest?',
      position: 2,
    });
    await db.manager.update(User, { id: leaders[0].id }, { phone: '0912 345 678' });
    entries.farm = await createListedEntry(db, listed, leaders[0], {
      answers: { [funding.key]: 1250.5, [heard.key]: 'Đoàn trường' },
      title: 'Nông trại thông minh',
      teamName: 'Đội Bình Minh',
      organization: 'Trường THPT Chuyên Lê Khiết',
      district: 'Thành phố Quảng Ngãi',
      commune: 'Phường Cẩm Thành',
      members: [
        {
          fullName: 'Trần Thị Mai',
          email: 'mai.tran@example.vn',
          dateOfBirth: '2008-05-01',
          gender: 'female',
          organization: 'Trường THPT Chuyên Lê Khiết',
        },
      ],
    });
    entries.formula = await createListedEntry(db, listed, leaders[1], {
      categoryId: project.id,
      fieldKey: 'nong-nghiep',
      title: FORMULA,
      teamName: 'Nhóm "Sao, Mai"',
      organization: 'Đại học Phạm Văn Đồng',
      district: 'Huyện Sơn Tịnh',
    });
    entries.draft = await createListedEntry(db, listed, leaders[2], {
      status: EntryStatus.draft,
      submittedAt: null,
      submittedRevision: null,
      title: 'Dòng một\nDòng hai, "ba"',
      organization: 'Trường THPT Sơn Mỹ',
      district: 'Huyện Sơn Tịnh',
    });
    entries.xss = await createListedEntry(db, listed, leaders[3], {
      status: EntryStatus.eligible,
      title: XSS,
      teamName: '@team',
      organization: 'Trường THPT Trần Quốc Tuấn',
      district: 'Thành phố Quảng Ngãi',
    });
    // Another contest's entry never shows up.
    const other = await createContest(db, { codePrefix: 'OTH' });
    await createListedEntry(db, other, leaders[0], { title: 'Nông trại thông minh' });

    screened = await createContest(db, { codePrefix: 'SCR' });
  });

  afterAll(async () => {
    await db?.destroy();
    await worker?.stop();
    await portal?.stop();
    await sink?.close();
  });

  describe('screening', () => {
    it('marks a submitted entry eligible, records it and mails the leader in Vietnamese', async () => {
      const owner = await createUser(db, { fullName: 'Đặng Thu Hà' });
      const entry = await createListedEntry(db, screened, owner, { title: 'Máy sấy nông sản' });
      const res = await screen(entry.id, { decision: 'eligible' }).expect(200);
      expect(res.body).toMatchObject({ id: entry.id, code: entry.code, status: 'eligible' });
      expect(res.body.screenedAt).toMatch(/\+07:00$/);

      const stored = await db.manager.findOneByOrFail(Entry, { id: entry.id });
      expect(stored).toMatchObject({ status: 'eligible', screeningReason: null });
      expect(stored.screenedBy).not.toBeNull();
      expect(
        await db.manager.countBy(EntryEvent, { entryId: entry.id, type: 'screened_eligible' }),
      ).toBe(1);
      expect(
        await db.manager.countBy(AuditLog, { subjectId: entry.id, action: 'entry.screened' }),
      ).toBe(1);

      const mail = await mailTo(owner.email, /đủ điều kiện/);
      expect(mail.subject).toBe(`Bài dự thi ${entry.code} đủ điều kiện`);
      expect(mail.text).toContain('Máy sấy nông sản');
    });

    it('requires a reason to find an entry ineligible, then mails it escaped, in English', async () => {
      const owner = await createUser(db, { fullName: 'Hồ <b>Nam</b>' });
      await db.manager.update(User, { id: owner.id }, { locale: 'en' });
      const entry = await createListedEntry(db, screened, owner, { title: XSS });

      for (const body of [
        { decision: 'ineligible' },
        { decision: 'ineligible', reason: '   ' },
        { decision: 'ineligible', reason: 'x'.repeat(2001) },
        { decision: 'ineligible', reason: 'ok', status: 'eligible' },
        { decision: 'maybe', reason: 'ok' },
      ]) {
        const res = await screen(entry.id, body).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
      expect((await db.manager.findOneByOrFail(Entry, { id: entry.id })).status).toBe('submitted');

      const reason = 'Thiếu giấy xác nhận của nhà trường <script>x</script>';
      const res = await screen(entry.id, { decision: 'ineligible', reason }).expect(200);
      expect(res.body).toMatchObject({ status: 'ineligible', screeningReason: reason });

      const mail = await mailTo(owner.email, /is not eligible/);
      expect(mail.subject).toBe(`Entry ${entry.code} is not eligible`);
      expect(mail.text).toContain(reason);
      expect(mail.html || '').toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(mail.html || '').toContain('&lt;script&gt;x&lt;/script&gt;');
      expect(mail.html || '').toContain('Hồ &lt;b&gt;Nam&lt;/b&gt;');
      expect(mail.html || '').not.toMatch(/<img|<script|<b>/);

      // The decision can be reversed, and the team is told again.
      await screen(entry.id, { decision: 'eligible' }).expect(200);
      await mailTo(owner.email, /is eligible/);
      const events = await db.manager.findBy(EntryEvent, { entryId: entry.id });
      expect(events.map((event) => event.type).sort()).toEqual([
        'screened_eligible',
        'screened_ineligible',
      ]);
    });

    it('refuses entries that are not awaiting a decision with INVALID_STATUS_TRANSITION', async () => {
      const owner = await createUser(db);
      const draft = await createListedEntry(db, screened, owner, { status: EntryStatus.draft });
      const withdrawn = await createListedEntry(db, screened, owner, {
        status: EntryStatus.withdrawn,
      });
      const eligible = await createListedEntry(db, screened, owner, {
        status: EntryStatus.eligible,
      });
      for (const [entry, decision] of [
        [draft, 'eligible'],
        [withdrawn, 'eligible'],
        [eligible, 'eligible'],
      ] as const) {
        const res = await screen(entry.id, { decision }).expect(409);
        expect(res.body.code).toBe('INVALID_STATUS_TRANSITION');
      }
      await screen('6f1c2a34-0000-4000-8000-000000000000', { decision: 'eligible' }).expect(404);
      expect(await db.manager.countBy(EntryEvent, { entryId: eligible.id })).toBe(0);
    });

    it('refuses applicants and judges on every organizer route', async () => {
      const entry = await createListedEntry(db, screened, await createUser(db));
      for (const token of [applicant, judge]) {
        expect((await screen(entry.id, { decision: 'eligible' }, token)).status).toBe(403);
        for (const path of ['entries', 'entries/export.xlsx', 'entries/export.csv'])
          expect((await get(`/api/v1/contests/${listed.id}/${path}`, token)).status).toBe(403);
      }
      expect((await db.manager.findOneByOrFail(Entry, { id: entry.id })).status).toBe('submitted');
    });
  });

  describe('list', () => {
    it('pages through the contest with totals, counts per status and the members', async () => {
      const first = await get(`/api/v1/contests/${listed.id}/entries?pageSize=3`).expect(200);
      expect(first.body).toMatchObject({ page: 1, pageSize: 3, total: 4 });
      expect(first.body.countsByStatus).toEqual({ submitted: 2, draft: 1, eligible: 1 });
      expect(first.body.items.map((item: { code: string }) => item.code)).toEqual([
        'QNG5-0001',
        'QNG5-0002',
        'QNG5-0003',
      ]);
      expect(first.body.items[0]).toMatchObject({
        category: { key: 'y-tuong' },
        field: { key: 'cong-nghe-so', nameVi: 'Công nghệ số' },
        members: [
          { role: 'leader', fullName: 'Nguyễn Văn An' },
          { role: 'member', email: 'mai.tran@example.vn', dateOfBirth: '2008-05-01' },
        ],
      });
      expect(first.body.items[0].submittedAt).toMatch(/\+07:00$/);
      expect(first.body.items[0]).not.toHaveProperty('ownerId');
      const second = await get(`/api/v1/contests/${listed.id}/entries?pageSize=3&page=2`).expect(
        200,
      );
      expect(second.body.items.map((item: { code: string }) => item.code)).toEqual(['QNG5-0004']);
      expect(second.body.total).toBe(4);
    });

    it('narrows by each filter and by search', async () => {
      expect(await codes('status=submitted')).toEqual(['QNG5-0001', 'QNG5-0002']);
      expect(await codes('status=draft')).toEqual(['QNG5-0003']);
      expect(await codes('category=du-an')).toEqual(['QNG5-0002']);
      expect(await codes('category=khong-co')).toEqual([]);
      expect(await codes('field=nong-nghiep')).toEqual(['QNG5-0002']);
      expect(await codes(`district=${encodeURIComponent('Huyện Sơn Tịnh')}`)).toEqual([
        'QNG5-0002',
        'QNG5-0003',
      ]);
      expect(await codes('school=thpt')).toEqual(['QNG5-0001', 'QNG5-0003', 'QNG5-0004']);
      expect(await codes(`school=${encodeURIComponent('LÊ KHIẾT')}`)).toEqual(['QNG5-0001']);
      expect(await codes('q=qng5-0004')).toEqual(['QNG5-0004']);
      expect(await codes(`q=${encodeURIComponent('nông trại')}`)).toEqual(['QNG5-0001']);
      expect(await codes(`q=${encodeURIComponent('Bình Minh')}`)).toEqual(['QNG5-0001']);
      expect(await codes(`q=${encodeURIComponent('Trần Thị Mai')}`)).toEqual(['QNG5-0001']);
      expect(await codes('q=MAI.TRAN@')).toEqual(['QNG5-0001']);
      expect(await codes(`q=${encodeURIComponent('Võ Quốc')}`)).toEqual(['QNG5-0004']);
      expect(await codes('q=%25')).toEqual([]);
      expect(
        await codes('status=submitted&district=Huy%E1%BB%87n%20S%C6%A1n%20T%E1%BB%8Bnh'),
      ).toEqual(['QNG5-0002']);
      const filtered = await get(
        `/api/v1/contests/${listed.id}/entries?school=thpt&status=draft`,
      ).expect(200);
      expect(filtered.body.total).toBe(1);
      expect(filtered.body.countsByStatus).toEqual({ submitted: 1, draft: 1, eligible: 1 });
    });

    it('sorts by title or submission time, either way', async () => {
      expect(await codes('sort=code&order=desc')).toEqual([
        'QNG5-0004',
        'QNG5-0003',
        'QNG5-0002',
        'QNG5-0001',
      ]);
      expect(await codes('sort=submittedAt&order=desc&status=submitted')).toEqual([
        'QNG5-0002',
        'QNG5-0001',
      ]);
      const byTitle = await codes('sort=title');
      expect(byTitle).toHaveLength(4);
      expect(byTitle.indexOf('QNG5-0003')).toBeLessThan(byTitle.indexOf('QNG5-0001'));
      expect(await codes('sort=title&order=desc')).toEqual([...byTitle].reverse());
    });

    it('refuses unknown or out-of-range parameters, and answers 404 for another contest id', async () => {
      for (const query of [
        'pageSize=101',
        'page=0',
        'page=x',
        'status=lost',
        'sort=ownerId',
        'ownerId=1',
        'status=draft&status=submitted',
      ]) {
        const res = await get(`/api/v1/contests/${listed.id}/entries?${query}`);
        expect({ query, status: res.status, code: res.body.code }).toEqual({
          query,
          status: 400,
          code: 'VALIDATION_FAILED',
        });
      }
      await get('/api/v1/contests/6f1c2a34-0000-4000-8000-000000000000/entries').expect(404);
      await get('/api/v1/contests/6f1c2a34-0000-4000-8000-000000000000/entries/export.csv').expect(
        404,
      );
    });
  });

  describe('exports', () => {
    it('streams an XLSX file, one row per member, with headers in Vietnamese and formulas defused', async () => {
      const res = await get(`/api/v1/contests/${listed.id}/entries/export.xlsx`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="QNG5-entries-\d{4}-\d{2}-\d{2}\.xlsx"$/,
      );
      expect(res.headers['cache-control']).toBe('no-store');

      const workbook = await readWorkbook(res.body as Buffer);
      const sheet = workbook.worksheets[0];
      const rows: string[][] = [];
      // Cell by cell up to the header's width: an empty cell is a hole in `row.values`.
      const width = sheet.getRow(1).cellCount;
      sheet.eachRow((row) =>
        rows.push(Array.from({ length: width }, (_, i) => String(row.getCell(i + 1).value ?? ''))),
      );
      // The organizer's entry pages name these columns the same (one shared list).
      expect(rows[0]).toEqual([
        'Mã bài dự thi',
        'Trạng thái',
        'Bảng',
        'Lĩnh vực',
        'Tên ý tưởng / dự án',
        'Tên nhóm',
        'Trường / Đơn vị',
        'Huyện / Thành phố (trước 7/2025)',
        'Xã / Phường',
        'Thời điểm nộp',
        'Họ và tên thành viên',
        'Email',
        'Số điện thoại',
        'Ngày sinh',
        'Giới tính',
        'Trường / Đơn vị của thành viên',
        'Vai trò',
        'Vốn cần gọi (triệu đồng)',
        'Biết cuộc thi qua đâu?',
      ]);
      // 2 members + 1 + 1 + 1 (leaders only)
      expect(rows.slice(1).map((row) => row[0])).toEqual([
        'QNG5-0001',
        'QNG5-0001',
        'QNG5-0002',
        'QNG5-0003',
        'QNG5-0004',
      ]);
      expect(rows[2]).toEqual([
        'QNG5-0001',
        'Đã nộp',
        'Ý tưởng',
        'Công nghệ số',
        'Nông trại thông minh',
        'Đội Bình Minh',
        'Trường THPT Chuyên Lê Khiết',
        'Thành phố Quảng Ngãi',
        'Phường Cẩm Thành',
        expect.stringMatching(/^lúc \d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}$/),
        'Trần Thị Mai',
        'mai.tran@example.vn',
        // A member without an account has no phone on record; the leader's is below.
        '',
        '01/05/2008',
        'Nữ',
        'Trường THPT Chuyên Lê Khiết',
        'Thành viên',
        '1.250,5',
        'Đoàn trường',
      ]);
      expect(rows[1].slice(10, 13)).toEqual([
        'Nguyễn Văn An',
        expect.stringContaining('@'),
        '0912 345 678',
      ]);
      expect(rows[1].slice(-2)).toEqual(['1.250,5', 'Đoàn trường']);
      expect(rows[3].slice(-2)).toEqual(['', '']);
      expect(rows[3][4]).toBe(`'${FORMULA}`);
      expect(rows[3][2]).toBe('Dự án');
      expect(rows[5][4]).toBe(XSS);
      expect(rows[5][5]).toBe("'@team");
      sheet.eachRow((row) =>
        row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)),
      );
    });

    it('applies the filters, and gives English headers with ?lang=en', async () => {
      const res = await get(
        `/api/v1/contests/${listed.id}/entries/export.xlsx?lang=en&status=submitted&category=du-an`,
      )
        .buffer(true)
        .parse(binary)
        .expect(200);
      const workbook = await readWorkbook(res.body as Buffer);
      const sheet = workbook.worksheets[0];
      expect(sheet.name).toBe('Entries');
      expect(sheet.getRow(1).getCell(1).value).toBe('Entry code');
      expect(sheet.getRow(1).getCell(8).value).toBe('District / City (before July 2025)');
      expect(sheet.getRow(1).getCell(9).value).toBe('Commune / Ward');
      expect(sheet.getRow(1).getCell(13).value).toBe('Phone');
      expect(sheet.getRow(1).getCell(18).value).toBe('Funding sought (million VND)');
      expect(sheet.getRow(2).getCell(2).value).toBe('Submitted');
      expect(sheet.rowCount).toBe(2);
      await get(`/api/v1/contests/${listed.id}/entries/export.xlsx?page=2`).expect(400);
    });

    it('gives a CSV with a BOM, RFC 4180 quoting and the same defused cells', async () => {
      const res = await get(`/api/v1/contests/${listed.id}/entries/export.csv`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="QNG5-entries-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      expect(res.headers['cache-control']).toBe('no-store');
      const body = res.body as Buffer;
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

      const records = parseCsv(body.toString('utf8').slice(1));
      expect(records).toHaveLength(6);
      expect(records.every((record) => record.length === 19)).toBe(true);
      expect(records[0][0]).toBe('Mã bài dự thi');
      expect(records[0].slice(-2)).toEqual(['Vốn cần gọi (triệu đồng)', 'Biết cuộc thi qua đâu?']);
      expect(records[1][12]).toBe('0912 345 678');
      // The commune next to the former district; an entry without one leaves it empty.
      expect(records[1].slice(7, 9)).toEqual(['Thành phố Quảng Ngãi', 'Phường Cẩm Thành']);
      expect(records[3].slice(7, 9)).toEqual(['Huyện Sơn Tịnh', '']);
      expect(records[1].slice(-2)).toEqual(['1.250,5', 'Đoàn trường']);
      expect(records[3][4]).toBe(`'${FORMULA}`);
      expect(records[3][5]).toBe('Nhóm "Sao, Mai"');
      expect(records[4][4]).toBe('Dòng một\nDòng hai, "ba"');
      expect(records[4][1]).toBe('Bản nháp');
      expect(records[5][4]).toBe(XSS);
      expect(records[5][5]).toBe("'@team");
    });
  });
});
