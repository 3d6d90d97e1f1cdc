import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { createContest } from '../support/contest-factory';
import { createUser, openDatabase } from '../support/database';
import { signIn, type SignedInUser } from '../support/entry-factory';
import { PROFILES, testEnvironment, type Profile } from '../support/environment';
import { type RunningPortal, startPortal } from '../support/portal';
import { reportContest, type ReportContestFixture } from '../support/report-factory';
import { confirmAward } from '../support/announcement-factory';
import { createPrize } from '../support/awards-factory';
import { binary, chartTable as tableOf, readWorkbook, rowsOf } from '../support/report-reading';
import { webSessionCookie } from '../support/sessions';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The statistics page, its API twin and the XLSX report on a contest whose every count is
 * known (test/support/report-factory.ts), on both databases.
 */
describe.each(PROFILES)('reports for the province (%s)', (profile: Profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let organizer: SignedInUser;
  let cookie: string;
  let seeded: ReportContestFixture;

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    organizer = await signIn(portal.url, db, { role: Role.organizer });
    cookie = await webSessionCookie(db, organizer.id);
    seeded = await reportContest(db);
    const first = await createPrize(db, seeded.contest.id, { nameVi: 'Giải Nhất' });
    await confirmAward(db, first, seeded.entries.a, organizer.id);
  });

  afterAll(async () => {
    await portal?.stop();
    await db?.destroy();
  });

  const contestId = () => seeded.contest.id;

  it('counts with GROUP BY what the entries and members hold (API)', async () => {
    const { body } = await request(portal.url)
      .get(`/api/v1/contests/${contestId()}/statistics`)
      .set(organizer.auth)
      .expect(200);
    const pairs = (list: { key: string | null; count: number }[]) =>
      Object.fromEntries(list.map((g) => [g.key ?? '(none)', g.count]));
    expect(body.received).toBe(5);
    expect(body.members).toBe(11);
    expect(pairs(body.byStatus)).toEqual({
      draft: 1,
      submitted: 1,
      eligible: 1,
      ineligible: 1,
      advanced: 1,
      eliminated: 1,
      withdrawn: 1,
    });
    expect(body.byCategory).toEqual([
      { key: 'y-tuong', nameVi: 'Ý tưởng', nameEn: 'Idea', count: 3 },
      { key: 'du-an', nameVi: 'Dự án', nameEn: 'Project', count: 2 },
    ]);
    expect(pairs(body.byField)).toEqual({ 'cong-nghe-so': 3, 'nong-nghiep': 1, '(none)': 1 });
    expect(body.byApplicantType).toEqual([
      { key: 'student', count: 3 },
      { key: 'individual', count: 0 },
      { key: 'team', count: 1 },
      { key: 'startup', count: 1 },
    ]);
    expect(body.byGender).toEqual([
      { key: 'female', count: 4 },
      { key: 'male', count: 2 },
      { key: null, count: 5 },
    ]);
    expect(pairs(body.byCommune)).toEqual({
      'Phường Cẩm Thành': 2,
      'Đặc khu Lý Sơn': 1,
      '(none)': 2,
    });
    expect(pairs(body.byDistrict)).toEqual({ 'Huyện Lý Sơn': 1, '(none)': 4 });
    // One school typed three ways is one group, named as most entries spell it.
    expect(body.bySchool).toEqual([
      { key: 'Trường THPT Lê Khiết', count: 3 },
      { key: 'Công ty Đông Hải', count: 1 },
      { key: null, count: 1 },
    ]);
    // C was submitted at 01:30 on the 29th in Vietnam, still the 28th in UTC.
    expect(body.submissionsByDay).toEqual([
      { day: '2026-11-20', count: 2, cumulative: 2 },
      { day: '2026-11-29', count: 3, cumulative: 5 },
    ]);
    const [one, two] = seeded.judges;
    expect(body.rounds).toHaveLength(1);
    expect(body.rounds[0].outcomes).toEqual({ advanced: 1, notAdvanced: 1, pending: 1 });
    expect(body.rounds[0].judges).toEqual([
      { judgeUserId: one.id, fullName: one.fullName, scored: 2, total: 3 },
      { judgeUserId: two.id, fullName: two.fullName, scored: 1, total: 2 },
    ]);
  });

  it('draws each count as an SVG chart with a table of the same numbers (page, vi and en)', async () => {
    const page = await request(portal.url)
      .get(`/organizer/contests/${contestId()}/statistics`)
      .set('cookie', cookie)
      .expect(200);
    const html = page.text;
    expect(html).toContain('<title id="chart-category-title">Bài dự thi theo bảng</title>');
    expect(tableOf(html, 'chart-category')).toEqual(['Ý tưởng=3', 'Dự án=2']);
    expect(tableOf(html, 'chart-status')).toContain('Đã nộp=1');
    expect(tableOf(html, 'chart-type')).toEqual([
      'Học sinh, sinh viên=3',
      'Cá nhân=0',
      'Nhóm=1',
      'Doanh nghiệp khởi nghiệp=1',
    ]);
    expect(tableOf(html, 'chart-gender')).toEqual(['Nữ=4', 'Nam=2', 'Không ghi=5']);
    expect(tableOf(html, 'chart-field')).toEqual([
      'Công nghệ số=3',
      'Nông nghiệp công nghệ cao=1',
      'Không ghi=1',
    ]);
    expect(tableOf(html, 'chart-round-1-outcomes')).toEqual([
      'Vào vòng trong=1',
      'Dừng bước=1',
      'Chưa quyết định=1',
    ]);
    expect(tableOf(html, 'chart-round-1-judges')).toEqual([
      `${seeded.judges[0].fullName}=2/3`,
      `${seeded.judges[1].fullName}=1/2`,
    ]);
    // The bars are drawn: the category chart's value labels, and a bar half as long for 1/2.
    const categorySvg = html.split('id="chart-category-title"')[0].split('<svg').pop()!;
    expect(categorySvg).toContain('role="img"');
    expect(html).toMatch(/<text class="chart__value"[^>]*>3<\/text>/);
    // Submissions: the running total by day, with the deadline marked.
    expect(html).toContain('Hạn nộp 30/11/2026');
    expect(html).toMatch(/<th scope="row">20\/11\/2026<\/th><td>2<\/td><td>2<\/td>/);
    expect(html).toMatch(/<th scope="row">29\/11\/2026<\/th><td>3<\/td><td>5<\/td>/);
    expect(html).toContain('class="chart__deadline"');
    expect(html).toContain(`/organizer/contests/${contestId()}/report.xlsx`);

    const english = await request(portal.url)
      .get(`/organizer/contests/${contestId()}/statistics`)
      .set('cookie', `${cookie}; lang=en`)
      .expect(200);
    expect(english.text).toContain('<title id="chart-category-title">Entries by category</title>');
    expect(tableOf(english.text, 'chart-category')).toEqual(['Idea=3', 'Project=2']);
    expect(english.text).toContain('Deadline 30/11/2026');
  });

  it('reports the whole contest as XLSX, one sheet per subject, streamed with the slug in its name', async () => {
    const res = await request(portal.url)
      .get(`/organizer/contests/${contestId()}/report.xlsx`)
      .set('cookie', cookie)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toMatch(
      new RegExp(
        `^attachment; filename="${seeded.contest.slug}-report-\\d{4}-\\d{2}-\\d{2}\\.xlsx"$`,
      ),
    );
    const workbook = await readWorkbook(res.body as Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Thống kê',
      'Bài dự thi và nhóm',
      'Điểm vòng 1',
      'Kết quả các vòng',
      'Giải thưởng',
    ]);
    // The awards sheet: each confirmed award, with its amount as a number to sum.
    expect(rowsOf(workbook, 'Giải thưởng').slice(1)).toEqual([
      [
        'Giải Nhất',
        'Giải Nhất',
        10_000_000,
        seeded.entries.a.code,
        seeded.entries.a.title,
        'Theo đề xuất',
        undefined,
        expect.stringMatching(/^lúc \d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}$/),
      ],
    ]);

    const stats = rowsOf(workbook, 'Thống kê');
    expect(stats[0]).toEqual(['Nội dung', 'Nhóm', 'Số lượng', 'Số bài dự thi được phân công']);
    expect(stats).toContainEqual(['Bài dự thi theo bảng', 'Ý tưởng', 3]);
    expect(stats).toContainEqual(['Thành viên các nhóm theo giới tính', 'Nữ', 4]);
    expect(stats).toContainEqual([
      'Tiến độ chấm của giám khảo',
      `Vòng 1: ${seeded.judges[0].fullName}`,
      2,
      3,
    ]);

    // Entries and teams: the entry export's columns, a row per member who is on the team.
    const entries = rowsOf(workbook, 'Bài dự thi và nhóm');
    expect(entries[0].slice(0, 3)).toEqual(['Mã bài dự thi', 'Trạng thái', 'Bảng']);
    expect(entries).toHaveLength(1 + 11);
    const codes = new Set(entries.slice(1).map((row) => row[0]));
    const { a, b, c, d, e, f, g } = seeded.entries;
    expect(codes).toEqual(new Set([a.code, b.code, c.code, d.code, e.code]));
    expect(codes.has(f.code) || codes.has(g.code)).toBe(false);
    expect(entries.flat()).not.toContain('Ngô Thị Declined');

    const scores = rowsOf(workbook, 'Điểm vòng 1');
    expect(scores[0]).toEqual([
      'Mã bài dự thi',
      'Tên ý tưởng / dự án',
      'Bảng',
      'Giám khảo',
      'Tính đổi mới (tối đa 40)',
      'Tính khả thi (tối đa 30)',
      'Đội ngũ (tối đa 30)',
      'Tổng điểm (thang 100)',
      'Thời điểm nộp phiếu chấm',
    ]);
    const [one, two] = seeded.judges;
    // Named, as the ranking page shows organizers; the draft score is not a verdict.
    expect(scores.slice(1).map((row) => row.slice(0, 1).concat(row.slice(3, 8)))).toEqual([
      [a.code, one.fullName, 30, 20, 25, 75],
      [a.code, two.fullName, 40, 30, 30, 100],
      [b.code, one.fullName, 20, 20, 20, 60],
    ]);

    const decisions = rowsOf(workbook, 'Kết quả các vòng');
    expect(decisions.slice(1).map((row) => [row[1], row[4]])).toEqual([
      [a.code, 'Chưa quyết định'],
      [b.code, 'Vào vòng trong'],
      [c.code, 'Dừng bước'],
    ]);
  });

  it('numbers the judges instead of naming them when asked, in English by the API', async () => {
    const res = await request(portal.url)
      .get(`/api/v1/contests/${contestId()}/report.xlsx?judges=anonymous&lang=en`)
      .set(organizer.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const workbook = await readWorkbook(res.body as Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Statistics',
      'Entries and teams',
      'Scores round 1',
      'Round results',
      'Awards',
    ]);
    const { a, b } = seeded.entries;
    const scores = rowsOf(workbook, 'Scores round 1');
    expect(scores.slice(1).map((row) => [row[0], row[3], row[7]])).toEqual([
      [a.code, 'Judge 1', 75],
      [a.code, 'Judge 2', 100],
      [b.code, 'Judge 1', 60],
    ]);
    const text = JSON.stringify(workbook.worksheets.map((s) => rowsOf(workbook, s.name)));
    for (const judge of seeded.judges) expect(text).not.toContain(judge.fullName);
  });

  it('is for organizers only: 403 for others, 404 for a contest that does not exist', async () => {
    const applicant = await signIn(portal.url, db, { role: Role.applicant });
    const judge = await signIn(portal.url, db, { role: Role.judge });
    const paths = [`statistics`, `report.xlsx`];
    for (const path of paths) {
      for (const who of [applicant, judge]) {
        const api = await request(portal.url)
          .get(`/api/v1/contests/${contestId()}/${path}`)
          .set(who.auth)
          .expect(403);
        expect(api.body.code).toBe('FORBIDDEN');
        await request(portal.url)
          .get(`/organizer/contests/${contestId()}/${path}`)
          .set('cookie', await webSessionCookie(db, who.id))
          .expect(403);
      }
      await request(portal.url).get(`/api/v1/contests/${contestId()}/${path}`).expect(401);
      const other = randomUUID();
      const missing = await request(portal.url)
        .get(`/api/v1/contests/${other}/${path}`)
        .set(organizer.auth)
        .expect(404);
      expect(missing.body.code).toBe('NOT_FOUND');
      await request(portal.url)
        .get(`/organizer/contests/${other}/${path}`)
        .set('cookie', cookie)
        .expect(404);
      await request(portal.url)
        .get(`/organizer/contests/not-an-id/${path}`)
        .set('cookie', cookie)
        .expect(404);
    }
    const bad = await request(portal.url)
      .get(`/api/v1/contests/${contestId()}/report.xlsx?judges=everyone`)
      .set(organizer.auth)
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    // An admin sees what organizers see.
    const admin = await createUser(db, { role: Role.admin });
    await request(portal.url)
      .get(`/organizer/contests/${contestId()}/statistics`)
      .set('cookie', await webSessionCookie(db, admin.id))
      .expect(200);
  });

  it('shows an empty contest without charts of nothing, and its report has headers only', async () => {
    const empty = (await createContest(db)).id;
    const page = await request(portal.url)
      .get(`/organizer/contests/${empty}/statistics`)
      .set('cookie', cookie)
      .expect(200);
    expect(page.text).toContain('Chưa có bài dự thi nào được nộp.');
    expect(page.text).toContain('Cuộc thi chưa có vòng nào.');
    const res = await request(portal.url)
      .get(`/api/v1/contests/${empty}/report.xlsx`)
      .set(organizer.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = await readWorkbook(res.body as Buffer);
    expect(rowsOf(workbook, 'Bài dự thi và nhóm')).toHaveLength(1);
  });
});
