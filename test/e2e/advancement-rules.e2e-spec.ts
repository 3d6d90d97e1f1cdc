import { PDFParse } from 'pdf-parse';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import type { User } from '@app/accounts/users/user.entity';
import { Round } from '@app/contests/rounds/round.entity';
import type { Entry } from '@app/entries/entries/entry.entity';
import { EntryStatus } from '@app/entries/entries/entry.entity';
import { RoundEntry } from '@app/judging/assignment/round-entry.entity';
import { createContest, createRound } from '../support/contest-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { enterRound, standing, storeRanking } from '../support/judging-factory-advancement';
import { createListedEntry } from '../support/listing-factory';
import { webSessionCookie } from '../support/sessions';
import { RunningPortal, startPortal } from '../support/portal';
import { csrfOf } from '../support/page-forms';

const binary = (res: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

async function pdfText(body: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(body) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

const count = (text: string, part: string) => text.split(part).length - 1;
/** An ISO timestamp, as the page used to print decision and override times. */
const ISO_MOMENT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * The advancement rules an organizer meets on the page: no decision without a cut-off,
 * entries short of reviews flagged, the tie-break chain chosen from selects, times and
 * totals written the Vietnamese way, overrides shown as pending until confirmed.
 */
describe.each(PROFILES)('advancement rules on the page (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let round: Round;
  let first: User;
  let second: User;
  let token: string;
  const entries: Record<'top' | 'short' | 'third', Entry> = {} as never;

  const api = (method: 'get' | 'post' | 'patch', path: string) =>
    request(portal.url)[method](`/api/v1${path}`).set('authorization', `Bearer ${token}`);
  const pageAs = async (user: User) =>
    request.agent(portal.url).set('cookie', await webSessionCookie(db, user.id));
  const pageUrl = () => `/organizer/rounds/${round.id}/advancement`;
  type Row = { code: string; advances: boolean; reasons: { code: string }[] };
  const row = (body: { entries: Row[] }, entry: Entry) =>
    body.entries.find((e) => e.code === entry.code)!;

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    [first, second] = await Promise.all([
      createUser(db, { role: Role.organizer, fullName: 'Phạm Quốc Bảo' }),
      createUser(db, { role: Role.organizer, fullName: 'Đỗ Thị Lan' }),
    ]);
    token = (
      await request(portal.url)
        .post('/api/v1/auth/login')
        .send({ email: first.email, password: FACTORY_PASSWORD })
        .expect(200)
    ).body.accessToken;
    const contest = await createContest(db);
    // Three reviews per entry asked; no advancement rule yet.
    round = await createRound(db, contest, { reviewsPerEntry: 3, advancementRule: null });
    for (const key of ['top', 'short', 'third'] as const) {
      const leader = await createUser(db, { fullName: `Trưởng nhóm ${key}` });
      entries[key] = await createListedEntry(db, contest, leader, {
        title: `Bài ${key}`,
        status: EntryStatus.eligible,
      });
    }
    await enterRound(db, round, Object.values(entries));
    await storeRanking(db, round, [
      standing(entries.top, contest.category, { total: 212 / 3 }),
      standing(entries.short, contest.category, { total: 60, reviews: 1 }),
      standing(entries.third, contest.category, { total: 50 }),
    ]);
  }, 60_000);

  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('proposes nobody and refuses to decide while the rule names no cut-off', async () => {
    const view = await api('get', `/rounds/${round.id}/advancement`).expect(200);
    expect(view.body.ruleMissing).toBe(true);
    for (const entry of Object.values(entries))
      expect(row(view.body, entry)).toMatchObject({
        advances: false,
        reasons: expect.arrayContaining([{ code: 'NO_RULE' }]),
      });
    const refused = await api('post', `/rounds/${round.id}/advance`).expect(409);
    expect(refused.body.code).toBe('ADVANCEMENT_RULE_MISSING');

    // Gates alone are no rule either: they would pass nearly everyone.
    await api('patch', `/rounds/${round.id}`)
      .send({ advancementRule: { zeroVeto: true, minReviews: 1 } })
      .expect(200);
    const gates = await api('post', `/rounds/${round.id}/advance`).expect(409);
    expect(gates.body.code).toBe('ADVANCEMENT_RULE_MISSING');

    const page = await pageAs(first);
    const shown = await page.get(pageUrl()).expect(200);
    expect(shown.text).toContain('Vòng chưa có quy tắc xét chọn, nên chưa bài nào được đề xuất');
    expect(shown.text).toContain('<a href="#rule-title">Đặt quy tắc xét chọn</a>');
    expect(shown.text).not.toContain(`action="${pageUrl()}/advance"`);
    const byPage = await page
      .post(`${pageUrl()}/advance`)
      .type('form')
      .send({ _csrf: csrfOf(shown.text), confirm: 'yes' })
      .expect(409);
    expect(byPage.text).toContain('Chưa thể quyết định: hãy đặt quy tắc xét chọn');
    expect(await db.manager.findOneByOrFail(Round, { id: round.id })).toMatchObject({
      decidedAt: null,
    });
    const statuses = await db.manager.findBy(RoundEntry, { roundId: round.id });
    expect(statuses.map((r) => r.status)).toEqual(['in_round', 'in_round', 'in_round']);
  });

  it('builds the tie-break chain from selects labelled in words, stored as codes', async () => {
    const page = await pageAs(first);
    const shown = await page.get(pageUrl()).expect(200);
    // One select per possible step: fewer low outliers and the three criteria.
    expect(count(shown.text, 'name="tieBreak"')).toBe(4);
    expect(shown.text).toContain('<label for="tie-break-1">Bước 1</label>');
    expect(shown.text).toContain(
      '<option value="criterion:kha-thi">Điểm trung bình tiêu chí &quot;Tính khả thi&quot;</option>',
    );
    expect(shown.text).toContain(
      '<option value="fewer_low_outliers">Ít điểm thấp bất thường hơn</option>',
    );
    expect(shown.text).not.toMatch(/>[^<]*(fewer_low_outliers|criterion:)/);

    const form = (steps: string[]) => {
      const body = new URLSearchParams({ _csrf: csrfOf(shown.text), topNPerCategory: '2' });
      body.append('method', 'weighted_mean');
      for (const step of steps) body.append('tieBreak', step);
      return body.toString();
    };
    await page
      .post(`${pageUrl()}/rule`)
      .type('form')
      .send(form(['criterion:kha-thi', '', 'fewer_low_outliers', '']))
      .expect(303);
    const stored = await db.manager.findOneByOrFail(Round, { id: round.id });
    expect(stored.advancementRule).toMatchObject({
      topNPerCategory: 2,
      tieBreak: ['criterion:kha-thi', 'fewer_low_outliers'],
    });
    const again = await page.get(pageUrl()).expect(200);
    expect(again.text).toMatch(
      /id="tie-break-1" name="tieBreak">[\s\S]*?<option value="criterion:kha-thi" selected>/,
    );
    expect(again.text).toMatch(
      /id="tie-break-2" name="tieBreak">[\s\S]*?<option value="fewer_low_outliers" selected>/,
    );

    const repeated = await page
      .post(`${pageUrl()}/rule`)
      .type('form')
      .send(form(['fewer_low_outliers', 'fewer_low_outliers']))
      .expect(400);
    expect(repeated.text).toContain('Mỗi bước phân định chỉ được chọn một lần');
    const unchanged = await db.manager.findOneByOrFail(Round, { id: round.id });
    expect(unchanged.advancementRule?.tieBreak).toEqual([
      'criterion:kha-thi',
      'fewer_low_outliers',
    ]);
  });

  it('flags the entry short of reviews in the API and on both pages, with an explanation', async () => {
    const view = await api('get', `/rounds/${round.id}/advancement`).expect(200);
    expect(view.body.reviewsRequired).toBe(3);
    expect(view.body.entries.find((e: Row) => e.code === entries.short.code)).toMatchObject({
      reviewsDone: 1,
      reviewsRequired: 3,
      underReview: true,
    });
    expect(view.body.entries.find((e: Row) => e.code === entries.top.code)).toMatchObject({
      reviewsDone: 3,
      underReview: false,
    });
    const ranking = await api('get', `/rounds/${round.id}/ranking`).expect(200);
    expect(
      ranking.body.entries.map((e: Row & { underReview: boolean }) => [e.code, e.underReview]),
    ).toEqual(
      expect.arrayContaining([
        [entries.short.code, true],
        [entries.top.code, false],
      ]),
    );

    const page = await pageAs(first);
    const advancement = await page.get(pageUrl()).expect(200);
    expect(count(advancement.text, 'data-under-review')).toBe(1);
    expect(advancement.text).toContain('1 bài chưa đủ 3 lượt chấm mà vòng yêu cầu');
    expect(advancement.text).toContain('1 bài chưa đủ lượt chấm. Nếu quyết định bây giờ');
    const rankingPage = await page.get(`/organizer/rounds/${round.id}/ranking`).expect(200);
    expect(count(rankingPage.text, 'data-under-review')).toBe(1);
    expect(rankingPage.text).toContain('Chưa đủ lượt chấm (1/3)');
    expect(rankingPage.text).toContain('1 bài dự thi chưa đủ 3 lượt chấm mà vòng yêu cầu');
  });

  it('rounds totals one way on both pages and in the minutes: 70,67', async () => {
    const page = await pageAs(first);
    const advancement = await page.get(pageUrl()).expect(200);
    const rankingPage = await page.get(`/organizer/rounds/${round.id}/ranking`).expect(200);
    for (const html of [advancement.text, rankingPage.text]) {
      expect(html).toContain('70,67');
      expect(html).not.toContain('70,667');
    }
    const minutes = await page.get(`${pageUrl()}/minutes.pdf`).buffer(true).parse(binary);
    expect(minutes.status).toBe(200);
    const text = await pdfText(minutes.body as Buffer);
    expect(text).toContain('70,67');
    expect(text).toContain('1/3 *');
    expect(text).toMatch(/Biên bản lập lúc \d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}/);
  });

  it('writes the same page the English way for an English reader', async () => {
    const cookie = `${await webSessionCookie(db, first.id)}; lang=en`;
    const en = await request(portal.url).get(pageUrl()).set('cookie', cookie).expect(200);
    expect(en.text).toContain('70.67');
    expect(en.text).toContain('<label for="tie-break-1">Step 1</label>');
    expect(en.text).toContain('>Mean of criterion &quot;Feasibility&quot;</option>');
    expect(en.text).toContain('Entries with fewer than the 3 reviews the round requires: 1');
    expect(en.text).toContain('>Under review</span>');
  });

  it('shows an unconfirmed override as pending, never as taking effect, and dates in words', async () => {
    const proposer = await pageAs(first);
    const before = await proposer.get(pageUrl()).expect(200);
    await proposer
      .post(`${pageUrl()}/overrides`)
      .type('form')
      .send({
        _csrf: csrfOf(before.text),
        entryId: entries.third.id,
        decision: 'advance',
        reason: 'Tiềm năng thương mại rõ.',
      })
      .expect(303);
    const mine = await proposer.get(pageUrl()).expect(200);
    expect(mine.text).toContain('Điều chỉnh chờ xác nhận: Đi tiếp (chưa tính)');
    expect(mine.text).toContain('Chờ thành viên Ban tổ chức thứ hai xác nhận: chưa có hiệu lực');
    expect(mine.text).toContain('Bạn không thể tự xác nhận đề xuất của mình');
    expect(mine.text).not.toContain(`Xác nhận điều chỉnh cho bài ${entries.third.code}`);
    expect(mine.text).toMatch(/Bạn đề xuất lúc \d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}\./);
    const view = await api('get', `/rounds/${round.id}/advancement`).expect(200);
    expect(row(view.body, entries.third).advances).toBe(false);
    const other = await (await pageAs(second)).get(pageUrl()).expect(200);
    expect(other.text).toContain(`Xác nhận điều chỉnh cho bài ${entries.third.code}`);

    await api('post', `/rounds/${round.id}/advance`).expect(200);
    const decided = await proposer.get(pageUrl()).expect(200);
    expect(decided.text).toMatch(
      /Vòng đã được quyết định lúc \d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}; kết quả là chính thức\./,
    );
    expect(decided.text).not.toMatch(ISO_MOMENT);
    expect(decided.text).toContain(
      'Không được xác nhận trước khi vòng được quyết định: không có hiệu lực',
    );
    // Each reason once: the stored decision note no longer repeats it.
    expect(count(decided.text, 'Hạng 3 &gt; 2 trong bảng')).toBe(1);
    const third = await db.manager.findOneByOrFail(RoundEntry, { entryId: entries.third.id });
    expect(third.status).toBe('eliminated');
  });
});
