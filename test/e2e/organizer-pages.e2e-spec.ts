import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { Round } from '@app/contests/rounds/round.entity';
import { Contest } from '@app/contests/contests/contest.entity';
import { Prize } from '@app/contests/prizes/prize.entity';
import { createContest, createRound, ContestFixture } from '../support/contest-factory';
import { createUser, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { createListedEntry } from '../support/listing-factory';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';
import { csrfOf } from '../support/page-forms';

const XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>';

const expectInert = (html: string) => {
  expect(html).not.toContain('<script>alert');
  expect(html).not.toMatch(/<img[^>]*onerror/i);
};

/** A urlencoded body; a list repeats its name (a group of checkboxes). */
function formBody(fields: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) params.append(name, v);
  return params.toString();
}

let lastSessionCookie = '';

async function signedInAgent(url: string, db: DataSource, role: Role): Promise<TestAgent> {
  const user = await createUser(db, { role });
  const agent = request.agent(url);
  lastSessionCookie = await webSessionCookie(db, user.id);
  agent.set('cookie', lastSessionCookie);
  return agent;
}

/** GETs the page with the form, then posts it with the page's CSRF token. */
async function postForm(
  agent: TestAgent,
  formPath: string,
  action: string,
  fields: Record<string, string | string[]>,
) {
  const page = await agent.get(formPath);
  expect(page.status).toBe(200);
  return agent
    .post(action)
    .type('form')
    .send(formBody({ _csrf: csrfOf(page.text), ...fields }));
}

const CONTEST_FORM = {
  codePrefix: 'ORG5',
  kind: 'startup_competition',
  nameVi: `Cuộc thi Khởi nghiệp ${XSS}`,
  nameEn: 'Startup contest',
  descriptionVi: 'Giới thiệu **cuộc thi**.',
  descriptionEn: 'About the contest.',
  opensDate: '2026-01-01',
  opensTime: '08:00',
  deadlineDate: '2030-03-31',
  deadlineTime: '23:59',
  graceMinutes: '5',
  applicantTypes: ['student', 'team'],
  teamSizeMax: '5',
  'fields[0][key]': 'nong-nghiep',
  'fields[0][labelVi]': 'Nông nghiệp',
  'fields[0][labelEn]': 'Agriculture',
  'prizes[0][kind]': 'first',
  'prizes[0][nameVi]': 'Giải Nhất',
  'prizes[0][nameEn]': 'First prize',
  'prizes[0][quantity]': '1',
  'prizes[0][amount]': '50.000.000',
};

/** The provincial 100-point rubric, six criteria with weight 1. */
const RUBRIC: [string, number][] = [
  ['doi-moi', 20],
  ['kha-thi', 20],
  ['mo-hinh', 20],
  ['doi-ngu', 15],
  ['tac-dong', 15],
  ['trinh-bay', 10],
];

function rubricFields(): Record<string, string> {
  const fields: Record<string, string> = {};
  RUBRIC.forEach(([key, max], i) => {
    fields[`criteria[${i}][key]`] = key;
    fields[`criteria[${i}][labelVi]`] = `Tiêu chí ${key}`;
    fields[`criteria[${i}][labelEn]`] = `Criterion ${key}`;
    fields[`criteria[${i}][weight]`] = '1';
    fields[`criteria[${i}][maxScore]`] = String(max);
  });
  return fields;
}

describe.each(PROFILES)('organizer pages (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let organizer: TestAgent;
  let listed: ContestFixture;
  let entryIds: { xss: string; plain: string };
  let organizerCookie: string;

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    organizer = await signedInAgent(portal.url, db, Role.organizer);
    organizerCookie = lastSessionCookie;
    listed = await createContest(db, { nameVi: `Cuộc thi có hồ sơ ${XSS}` });
    const owner = await createUser(db, { role: Role.applicant, fullName: `Lan ${XSS}` });
    const other = await createUser(db, { role: Role.applicant, fullName: 'Minh' });
    const xss = await createListedEntry(db, listed, owner, {
      title: `Nông sản ${XSS}`,
      teamName: `Nhóm ${XSS}`,
      district: 'Tư Nghĩa',
      summary: `Tóm tắt **đậm** ${XSS}`,
    });
    const plain = await createListedEntry(db, listed, other, {
      title: 'Du lịch cộng đồng',
      district: 'Sơn Tịnh',
      commune: 'Phường Trương Quang Trọng',
      organization: 'Trường Đại học Phạm Văn Đồng',
    });
    entryIds = { xss: xss.id, plain: plain.id };
  });
  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('creates a contest through the form, first showing a taken slug next to its input', async () => {
    const taken = await postForm(organizer, '/organizer/contests/new', '/organizer/contests/new', {
      ...CONTEST_FORM,
      slug: listed.slug,
    });
    expect(taken.status).toBe(409);
    expect(taken.text).toMatch(/id="slug-error">Đường dẫn này đã được một cuộc thi khác sử dụng/);
    expect(taken.text).toContain('value="nong-nghiep"');
    expect(taken.text).toContain('Cuộc thi Khởi nghiệp &lt;script&gt;');
    expectInert(taken.text);

    const slug = `khoi-nghiep-${profile}-${Date.now()}`;
    const created = await postForm(
      organizer,
      '/organizer/contests/new',
      '/organizer/contests/new',
      {
        ...CONTEST_FORM,
        codePrefix: `O${profile === 'embedded' ? 'E' : 'P'}${Date.now() % 100000}`,
        slug,
      },
    );
    expect(created.status).toBe(303);
    const path = (created.headers.location as string).replace(/\?.*$/, '');
    expect(path).toMatch(/^\/organizer\/contests\/[0-9a-f-]{36}$/);

    const settings = await organizer.get(path).expect(200);
    expect(settings.text).toContain('Bản nháp');
    expect(settings.text).toContain('value="2030-03-31"');
    expect(settings.text).toContain('value="23:59"');
    expect(settings.text).toContain(
      'name="applicantTypes" type="checkbox" value="student" checked',
    );
    expect(settings.text).toContain('name="applicantTypes" type="checkbox" value="individual">');
    const stored = await db.manager.findOneByOrFail(Contest, { slug });
    const prizes = await db.manager.findBy(Prize, { contestId: stored.id });
    expect([stored.eligibility, stored.graceMinutes]).toEqual([
      { applicantTypes: ['student', 'team'], teamSizeMax: 5 },
      5,
    ]);
    expect(prizes.map((p) => [p.kind, p.nameVi, p.quantity, p.amount])).toEqual([
      ['first', 'Giải Nhất', 1, 50_000_000],
    ]);
    expect(stored.submissionDeadline?.toISOString()).toBe('2030-03-31T16:59:00.000Z');
    expect(settings.text).toContain('Mở nhận bài dự thi');
    expect(settings.text).not.toContain('Đóng nhận bài dự thi');
    expectInert(settings.text);

    // Opening needs a category: the page says so instead of offering the change.
    expect(settings.text).toContain('Cần ít nhất một bảng trước khi mở cuộc thi.');
    expect(settings.text).not.toContain(`href="${path}/status/open"`);
    const early = await postForm(organizer, `${path}/status/open`, `${path}/status/open`, {
      confirm: 'yes',
    });
    expect(early.status).toBe(409);
    expect(early.text).toContain('Cần ít nhất một bảng trước khi mở cuộc thi.');

    const category = await postForm(organizer, `${path}/categories/new`, `${path}/categories/new`, {
      key: 'y-tuong',
      nameVi: 'Ý tưởng',
      nameEn: 'Idea',
      teamSizeMax: '3',
    });
    expect([category.status, category.headers.location]).toEqual([
      303,
      `${path}/categories?saved=1`,
    ]);
    const categories = await organizer.get(`${path}/categories`).expect(200);
    expect(categories.text).toContain('Ý tưởng');
    expect(categories.text).toContain('Nhóm tối đa 3 người');

    const open = await postForm(organizer, `${path}/status/open`, `${path}/status/open`, {
      confirm: 'yes',
    });
    expect(open.status).toBe(303);
    const opened = await organizer.get(path).expect(200);
    expect(opened.text).toContain('Đang mở');
    expect(opened.text).toContain(`href="${path}/status/closed"`);
    expect(opened.text).not.toContain(`href="${path}/status/judging"`);

    const close = await postForm(organizer, `${path}/status/closed`, `${path}/status/closed`, {
      confirm: 'yes',
    });
    expect(close.status).toBe(303);
    const closed = await organizer.get(path).expect(200);
    expect(closed.text).toContain(`href="${path}/status/judging"`);
    expect(closed.text).toContain(`href="${path}/status/open"`);
    const skipped = await organizer.get(`${path}/status/announced`);
    expect(skipped.status).toBe(409);
    expect(skipped.text).toContain('Trạng thái “Đã công bố” chỉ đạt được khi công bố kết quả.');
    expect(skipped.text).not.toContain('name="confirm"');

    // The contest list shows drafts and published contests with their status.
    const list = await organizer.get('/organizer/contests').expect(200);
    expect(list.text).toContain(`href="${path}"`);
    expect(list.text).toContain('Đã đóng');
    expectInert(list.text);
  });

  it('adds a round with a 100-point rubric, refuses a stale form and shows a locked rubric', async () => {
    const base = `/organizer/contests/${listed.id}/rounds`;
    const created = await postForm(organizer, `${base}/new`, `${base}/new`, {
      position: '1',
      nameVi: 'Vòng sơ khảo',
      nameEn: 'Screening round',
      mode: 'online',
      reviewsPerEntry: '3',
      closesDate: '2030-05-01',
      ...rubricFields(),
    });
    expect([created.status, created.headers.location]).toEqual([303, `${base}?saved=1`]);
    const list = await organizer.get(base).expect(200);
    expect(list.text).toContain('6 tiêu chí, tổng 100 điểm');

    const round = await db.manager.findOneByOrFail(Round, { contestId: listed.id, position: 1 });
    const formPath = `${base}/${round.id}`;
    const stalePage = await organizer.get(formPath).expect(200);
    expect(stalePage.text).toContain('Tổng điểm tối đa: 100');
    const fields = {
      _csrf: csrfOf(stalePage.text),
      version: String(round.version),
      position: '1',
      nameVi: 'Vòng sơ khảo (sửa)',
      nameEn: 'Screening round',
      mode: 'online',
      reviewsPerEntry: '2',
      ...rubricFields(),
    };
    await organizer.post(formPath).type('form').send(formBody(fields)).expect(303);
    const stale = await organizer.post(formPath).type('form').send(formBody(fields));
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('Người khác vừa thay đổi mục này.');

    await db.manager.update(Round, { id: round.id }, { rubricLockedAt: new Date() });
    const locked = await organizer.get(formPath).expect(200);
    expect(locked.text).toMatch(
      /Tiêu chí chấm của vòng này đã bị khóa từ lúc \d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}/,
    );
    expect(locked.text).toMatch(/name="criteria\[0\]\[key\]"[^>]*disabled/);
    expect(locked.text).not.toContain('value="addCriterion"');
    // The rest of the round still saves, the rubric untouched.
    const current = await db.manager.findOneByOrFail(Round, { id: round.id });
    const saved = await organizer
      .post(formPath)
      .type('form')
      .send(
        formBody({
          _csrf: csrfOf(locked.text),
          version: String(current.version),
          position: '1',
          nameVi: 'Vòng sơ khảo',
          nameEn: 'Screening round',
          mode: 'live',
          reviewsPerEntry: '3',
        }),
      );
    expect(saved.status).toBe(303);
    const after = await db.manager.findOneByOrFail(Round, { id: round.id });
    expect([after.mode, after.criteria.length]).toEqual(['live', 6]);

    // Scoring that opens while teams may still submit is allowed, with a warning.
    const early = 'Vòng mở chấm trước khi hết hạn nộp bài dự thi';
    expect(list.text).not.toContain(early);
    const deadline = new Date(Date.now() + 10 * 86_400_000);
    await db.manager.update(Contest, { id: listed.id }, { submissionDeadline: deadline });
    await db.manager.update(
      Round,
      { id: round.id },
      { judgingOpensAt: new Date(deadline.getTime() - 86_400_000) },
    );
    expect((await organizer.get(base).expect(200)).text).toContain(early);
    await db.manager.update(
      Round,
      { id: round.id },
      { judgingOpensAt: new Date(deadline.getTime() + 86_400_000) },
    );
    expect((await organizer.get(base).expect(200)).text).not.toContain(early);
  });

  it('adds, edits and deletes an extra question', async () => {
    const base = `/organizer/contests/${listed.id}/questions`;
    const bad = await postForm(organizer, `${base}/new`, `${base}/new`, {
      key: 'khach-hang',
      labelVi: 'Đã có khách hàng?',
      labelEn: 'Customers yet?',
      kind: 'choice',
      options: 'Có',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Câu hỏi lựa chọn cần từ 2 đến 50 lựa chọn');
    const ok = await postForm(organizer, `${base}/new`, `${base}/new`, {
      key: 'khach-hang',
      labelVi: 'Đã có khách hàng?',
      labelEn: 'Customers yet?',
      kind: 'choice',
      required: 'on',
      options: 'Có\nChưa',
    });
    expect(ok.status).toBe(303);
    const list = await organizer.get(base).expect(200);
    const id = /questions\/([0-9a-f-]{36})"/.exec(list.text)![1];
    const removed = await postForm(organizer, `${base}/${id}`, `${base}/${id}/delete`, {});
    expect(removed.status).toBe(303);
    expect((await organizer.get(base).expect(200)).text).not.toContain('Đã có khách hàng?');
  });

  it("keeps a category its entries use, saying so on its form; another contest's is not found", async () => {
    const base = `/organizer/contests/${listed.id}/categories`;
    const category = listed.category!.id;
    const refused = await postForm(
      organizer,
      `${base}/${category}`,
      `${base}/${category}/delete`,
      {},
    );
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('Bảng này đã có bài dự thi nên không xóa được.');
    expect(refused.text).toContain(`value="${listed.category!.key}"`);
    expect((await organizer.get(base).expect(200)).text).toContain(`${base}/${category}"`);
    const other = await createContest(db);
    await organizer.get(`/organizer/contests/${other.id}/categories/${category}`).expect(404);
  });

  it('lists entries with filters and status tabs, XSS inert', async () => {
    const base = `/organizer/contests/${listed.id}/entries`;
    const all = await organizer.get(base).expect(200);
    expect(all.text).toContain(`/organizer/entries/${entryIds.xss}`);
    expect(all.text).toContain(`/organizer/entries/${entryIds.plain}`);
    expect(all.text).toMatch(/Tất cả <span class="count">2<\/span>/);
    expect(all.text).toContain('Nhóm &lt;script&gt;');
    expectInert(all.text);

    const filtered = await organizer.get(`${base}?district=S%C6%A1n%20T%E1%BB%8Bnh`).expect(200);
    expect(filtered.text).toContain(`/organizer/entries/${entryIds.plain}`);
    expect(filtered.text).not.toContain(`/organizer/entries/${entryIds.xss}`);
    expect(filtered.text).toContain('export.xlsx?district=S%C6%A1n%20T%E1%BB%8Bnh"');

    const searched = await organizer.get(`${base}?q=du%20l%E1%BB%8Bch&status=nonsense`).expect(200);
    expect(searched.text).toContain('1 bài dự thi');

    // The commune: a select of the province's list, a column, and a filter the exports keep;
    // the district stays as a free-text filter labelled as history.
    const commune = encodeURIComponent('Phường Trương Quang Trọng');
    const byCommune = await organizer.get(`${base}?commune=${commune}`).expect(200);
    expect(byCommune.text).toContain(`/organizer/entries/${entryIds.plain}`);
    expect(byCommune.text).not.toContain(`/organizer/entries/${entryIds.xss}`);
    expect(byCommune.text).toContain(
      '<option value="Phường Trương Quang Trọng" data-search="truong quang trong (phuong)" selected>',
    );
    expect(byCommune.text).toContain('<th scope="col">Xã / Phường</th>');
    expect(byCommune.text).toContain(
      '<label for="district">Huyện / Thành phố (trước 7/2025)</label>',
    );
    expect(byCommune.text).toContain(`export.csv?commune=${commune}"`);
    // Typed without accents, the search finds the commune too.
    const bySearch = await organizer.get(`${base}?q=truong%20quang`).expect(200);
    expect(bySearch.text).toContain('1 bài dự thi');
    // A commune not in the list is dropped, as any filter the list cannot take.
    const unknown = await organizer.get(`${base}?commune=Ha%20Noi`).expect(200);
    expect(unknown.text).toMatch(/Tất cả <span class="count">2<\/span>/);
  });

  it('screens an entry ineligible, the reason required, XSS inert on the entry page', async () => {
    const path = `/organizer/entries/${entryIds.xss}`;
    const page = await organizer.get(path).expect(200);
    expect(page.text).toContain('<strong>đậm</strong>');
    expect(page.text).toContain('Nông sản &lt;script&gt;');
    expectInert(page.text);

    const noReason = await postForm(organizer, path, `${path}/screening`, {
      decision: 'ineligible',
      reason: ' ',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.text).toContain('Cần ghi lý do khi bài dự thi không đủ điều kiện.');
    expect(noReason.text).toMatch(/value="ineligible" checked/);

    const screened = await postForm(organizer, path, `${path}/screening`, {
      decision: 'ineligible',
      reason: `Thiếu kế hoạch kinh doanh ${XSS}`,
    });
    expect([screened.status, screened.headers.location]).toEqual([303, `${path}?screened=1`]);
    const after = await organizer.get(`${path}?screened=1`).expect(200);
    expect(after.text).toContain('badge--ineligible');
    expect(after.text).toContain('Thiếu kế hoạch kinh doanh &lt;script&gt;');
    expect(after.text).toContain('Ban tổ chức xác định bài dự thi không đủ điều kiện');
    expectInert(after.text);
    const tabs = await organizer.get(`/organizer/contests/${listed.id}/entries?status=ineligible`);
    expect(tabs.text).toContain(`/organizer/entries/${entryIds.xss}`);
    expect(tabs.text).not.toContain(`/organizer/entries/${entryIds.plain}`);
  });

  it('downloads both exports with the current filters', async () => {
    const base = `/organizer/contests/${listed.id}/entries`;
    const xlsx = await organizer
      .get(`${base}/export.xlsx?district=T%C6%B0%20Ngh%C4%A9a`)
      .buffer(true);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.headers['content-disposition']).toMatch(/^attachment; filename="/);
    expect(xlsx.headers['cache-control']).toBe('no-store');

    const csv = await organizer.get(`${base}/export.csv?district=S%C6%A1n%20T%E1%BB%8Bnh`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text).toContain('Du lịch cộng đồng');
    expect(csv.text).not.toContain('Nông sản');
  });

  it('names the export columns as the entry list names them, in both languages', async () => {
    const base = `/organizer/contests/${listed.id}/entries`;
    for (const lang of ['vi', 'en']) {
      const page = await organizer.get(base).set('cookie', `${organizerCookie}; lang=${lang}`);
      const headers = [...page.text.matchAll(/<th scope="col">([^<]+)<\/th>/g)].map((m) => m[1]);
      // Every column but the team (its leader or team name, with the number of members).
      const shared = headers.filter((h) => !['Nhóm', 'Team'].includes(h));
      expect(shared.length).toBeGreaterThanOrEqual(7);
      const csv = await organizer
        .get(`${base}/export.csv`)
        .set('cookie', `${organizerCookie}; lang=${lang}`)
        .buffer(true);
      expect(csv.status).toBe(200);
      const headerRow = csv.text
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0]
        .split(',');
      for (const header of shared)
        expect([lang, headerRow]).toEqual([lang, expect.arrayContaining([header])]);
    }
  });

  it('answers 403 pages to applicants and judges on every organizer route', async () => {
    const round = await createRound(db, listed, { position: 9 });
    const category = listed.category!.id;
    const contest = `/organizer/contests/${listed.id}`;
    const gets = [
      '/organizer/contests',
      '/organizer/contests/new',
      contest,
      `${contest}/categories`,
      `${contest}/categories/new`,
      `${contest}/categories/${category}`,
      `${contest}/rounds`,
      `${contest}/rounds/new`,
      `${contest}/rounds/${round.id}`,
      `${contest}/questions`,
      `${contest}/questions/new`,
      `${contest}/status/closed`,
      `${contest}/entries`,
      `${contest}/entries/export.xlsx`,
      `${contest}/entries/export.csv`,
      `/organizer/entries/${entryIds.plain}`,
    ];
    const posts = [
      '/organizer/contests/new',
      contest,
      `${contest}/status/closed`,
      `${contest}/categories/new`,
      `${contest}/categories/${category}`,
      `${contest}/categories/${category}/delete`,
      `${contest}/rounds/${round.id}`,
      `${contest}/questions/new`,
      `/organizer/entries/${entryIds.plain}/screening`,
    ];
    for (const role of [Role.applicant, Role.judge]) {
      const agent = await signedInAgent(portal.url, db, role);
      const csrf = csrfOf((await agent.get('/home').expect(200)).text);
      for (const path of gets) {
        const res = await agent.get(path);
        expect([role, path, res.status]).toEqual([role, path, 403]);
        expect(res.headers['content-type']).toMatch(/^text\/html/);
      }
      for (const path of posts) {
        const res = await agent
          .post(path)
          .type('form')
          .send(formBody({ _csrf: csrf, status: 'open', decision: 'eligible' }));
        expect([role, path, res.status]).toEqual([role, path, 403]);
      }
    }
    // Nothing was changed by the refused requests.
    const page = await organizer.get(`/organizer/entries/${entryIds.plain}`).expect(200);
    expect(page.text).toContain('badge--submitted');
  });

  it('gives organizers the link from home and the header, every page in both languages', async () => {
    const home = await organizer.get('/home').expect(200);
    expect(home.text).toContain('href="/organizer/contests"');
    expect(home.text).toContain('Ban tổ chức');
    const english = await request(portal.url)
      .get(`/organizer/contests/${listed.id}/entries`)
      .set('cookie', `${organizerCookie}; lang=en`)
      .expect(200);
    expect(english.text).toContain('Download list (Excel)');
    // The file follows the page's language (the cookie), not a `lang` in its address.
    expect(english.text).toContain(`/organizer/contests/${listed.id}/entries/export.csv"`);
    expect(english.text).toContain('>Entries<');

    // Every organizer page has all its texts in both languages: no catalogue key shows raw.
    const contest = `/organizer/contests/${listed.id}`;
    const pages = [
      '/organizer/contests',
      '/organizer/contests/new',
      contest,
      `${contest}/categories`,
      `${contest}/categories/new`,
      `${contest}/rounds`,
      `${contest}/rounds/new`,
      `${contest}/questions`,
      `${contest}/questions/new`,
      `${contest}/entries`,
      `/organizer/entries/${entryIds.plain}`,
    ];
    for (const lang of ['vi', 'en'])
      for (const path of pages) {
        const res = await request(portal.url)
          .get(path)
          .set('cookie', `${organizerCookie}; lang=${lang}`);
        expect([lang, path, res.status]).toEqual([lang, path, 200]);
        expect([
          lang,
          path,
          /\b(organizer|entryForm|contestStatus|status|roundModes|applicantTypes)\.[a-zA-Z_]+\b(?![/"-])/.exec(
            res.text,
          )?.[0],
        ]).toEqual([lang, path, undefined]);
      }
  });
});
