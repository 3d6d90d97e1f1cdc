import { simpleParser } from 'mailparser';
import { PDFParse } from 'pdf-parse';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { AuditLog } from '@app/accounts/audit/audit-log.entity';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { Round } from '@app/contests/rounds/round.entity';
import { Entry, EntryStatus } from '@app/entries/entries/entry.entity';
import { RoundEntry } from '@app/judging/assignment/round-entry.entity';
import {
  AdvancementOverride,
  OverrideSlot,
} from '@app/judging/advancement/advancement-override.entity';
import { Notification } from '@app/notifications/outbox/notification.entity';
import { createContest, createRound } from '../support/contest-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { webSessionCookie } from '../support/sessions';
import { PROFILES, testEnvironment } from '../support/environment';
import {
  enterRound,
  scoreEntry,
  standing,
  storeRanking,
} from '../support/judging-factory-advancement';
import { createListedEntry } from '../support/listing-factory';
import { RunningPortal, RunningProcess, spawnApp, startPortal, waitFor } from '../support/portal';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { csrfOf } from '../support/page-forms';

const JUDGE_NAMES = ['Trần Văn Khoa', 'Lê Thị Hằng'];
const FARM_TITLE = 'Nông trại thông minh ứng dụng IoT';
const CHAIN = ['total', 'criterion:doi-moi', 'fewer_low_outliers'];

const binary = (res: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

async function pdfText(body: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(body) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describe.each(PROFILES)('advancement and paperwork (%s profile)', (profile) => {
  let sink: SmtpSink;
  let portal: RunningPortal;
  let worker: RunningProcess | undefined;
  let db: DataSource;
  let first: string;
  let second: string;
  let judgeToken: string;
  let judges: User[];
  let organizerIds: string[];
  let round: Round;
  let blindRound: Round;
  const entries: Record<string, Entry> = {};
  let blindEntry: Entry;

  const login = async (email: string) =>
    (
      await request(portal.url)
        .post('/api/v1/auth/login')
        .send({ email, password: FACTORY_PASSWORD })
        .expect(200)
    ).body.accessToken as string;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const get = (path: string, token = first) => request(portal.url).get(path).set(as(token));
  const post = (path: string, body: object = {}, token = first) =>
    request(portal.url).post(path).set(as(token)).send(body);
  type EntryView = { code: string; reasons: object[]; advances: boolean };
  const byCode = (body: { entries: EntryView[] }, entry: Entry) =>
    body.entries.find((e) => e.code === entry.code)!;

  beforeAll(async () => {
    sink = await startSmtpSink();
    const env = await testEnvironment(profile, { SMTP_URL: sink.url });
    portal = await startPortal(env);
    if (profile === 'production') worker = spawnApp('worker', env);
    db = await openDatabase(env);

    const [organizerA, organizerB, judgeUser] = await Promise.all([
      createUser(db, { role: Role.organizer, fullName: 'Phạm Quốc Bảo' }),
      createUser(db, { role: Role.organizer, fullName: 'Đỗ Thị Lan' }),
      createUser(db, { role: Role.judge }),
    ]);
    organizerIds = [organizerA.id, organizerB.id];
    [first, second, judgeToken] = await Promise.all(
      [organizerA, organizerB, judgeUser].map((u) => login(u.email)),
    );
    judges = await Promise.all(
      JUDGE_NAMES.map((fullName) => createUser(db, { role: Role.judge, fullName })),
    );

    const contest = await createContest(db, { shareJudgeComments: true });
    round = await createRound(db, contest, { nameVi: 'Vòng sơ khảo', nameEn: 'Screening round' });
    const specs: [string, string, string][] = [
      ['farm', FARM_TITLE, 'vi'],
      ['tied', 'Ứng dụng đặt lịch khám bệnh', 'en'],
      ['winner', 'Chuỗi cà phê sạch Ba Tơ', 'vi'],
      ['low', 'Trạm sạc xe điện', 'vi'],
      ['few', 'Du lịch cộng đồng Lý Sơn', 'vi'],
      ['zero', 'Gạch không nung', 'vi'],
    ];
    for (const [key, title, locale] of specs) {
      const leader = await createUser(db, { fullName: `Trưởng nhóm ${key}` });
      await db.manager.update(User, { id: leader.id }, { locale });
      entries[key] = await createListedEntry(db, contest, leader, {
        title,
        status: EntryStatus.eligible,
      });
    }
    await enterRound(db, round, Object.values(entries));
    await scoreEntry(db, round, entries.farm, judges[0].id, {
      values: { 'doi-moi': 32, 'kha-thi': 24, 'doi-ngu': 24 },
      commentForTeam: 'Mô hình kinh doanh rõ ràng.',
      noteForOrganizers: 'Đề nghị mời vào bán kết.',
    });
    await scoreEntry(db, round, entries.farm, judges[1].id, {
      values: { 'doi-moi': 30, 'kha-thi': 25, 'doi-ngu': 25 },
      commentForTeam: 'Cần làm rõ chi phí thiết bị.',
    });
    await scoreEntry(db, round, entries.tied, judges[0].id, {
      values: { 'doi-moi': 30, 'kha-thi': 20, 'doi-ngu': 25 },
    });
    const category = contest.category;
    await storeRanking(db, round, [
      standing(entries.farm, category, { total: 80 }),
      standing(entries.tied, category, { total: 75, criterionMeans: { 'doi-moi': 30 } }),
      standing(entries.winner, category, { total: 75, criterionMeans: { 'doi-moi': 32 } }),
      standing(entries.low, category, { total: 48.5 }),
      standing(entries.few, category, { total: 90, reviews: 1 }),
      standing(entries.zero, category, { total: 85, hasZeroScore: true }),
    ]);

    // A blind contest that keeps judges' comments from teams.
    const blind = await createContest(db, { blindJudging: true, shareJudgeComments: false });
    blindRound = await createRound(db, blind, { advancementRule: { minTotal: 50 } });
    const blindLeader = await createUser(db, { fullName: 'Trưởng nhóm ẩn danh' });
    blindEntry = await createListedEntry(db, blind, blindLeader, {
      title: 'Máy lọc nước nhiễm mặn',
      status: EntryStatus.eligible,
    });
    await enterRound(db, blindRound, [blindEntry]);
    await scoreEntry(db, blindRound, blindEntry, judges[0].id, {
      values: { 'doi-moi': 35, 'kha-thi': 25, 'doi-ngu': 25 },
      commentForTeam: 'Ý tưởng thiết thực.',
    });
    await storeRanking(db, blindRound, [standing(blindEntry, blind.category, { total: 85 })]);
  }, 60_000);

  afterAll(async () => {
    await db?.destroy();
    await worker?.stop();
    await portal?.stop();
    await sink?.close();
  });

  it('validates the rule against the rubric', async () => {
    const bad = await request(portal.url)
      .patch(`/api/v1/rounds/${round.id}`)
      .set(as(first))
      .send({ advancementRule: { tieBreak: ['total', 'criterion:khong-co', 'total'] } })
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const res = await request(portal.url)
      .patch(`/api/v1/rounds/${round.id}`)
      .set(as(first))
      .send({
        advancementRule: {
          topNPerCategory: 2,
          minTotal: 50,
          zeroVeto: true,
          minReviews: 2,
          tieBreak: CHAIN,
        },
      })
      .expect(200);
    expect(res.body.advancementRule).toMatchObject({ topNPerCategory: 2, tieBreak: CHAIN });
  });

  it('proposes the list with a reason for every entry and the tie-break trail', async () => {
    const res = await get(`/api/v1/rounds/${round.id}/advancement`).expect(200);
    expect(res.body).toMatchObject({
      rankingReady: true,
      decidedAt: null,
      method: 'weighted_mean',
    });
    expect(byCode(res.body, entries.farm).reasons).toEqual([
      { code: 'WITHIN_TOP_N', rank: 1, topN: 2, categoryKey: 'y-tuong' },
    ]);
    expect(byCode(res.body, entries.winner).reasons).toEqual([
      { code: 'WON_TIE_BREAK', step: 'criterion:doi-moi', categoryKey: 'y-tuong' },
    ]);
    expect(byCode(res.body, entries.tied)).toMatchObject({
      advances: false,
      reasons: [{ code: 'LOST_TIE_BREAK', step: 'criterion:doi-moi' }],
    });
    expect(byCode(res.body, entries.low).reasons).toEqual([
      { code: 'BELOW_MIN_TOTAL', total: 48.5, minTotal: 50 },
    ]);
    expect(byCode(res.body, entries.few).reasons).toEqual([
      { code: 'TOO_FEW_REVIEWS', reviews: 1, minReviews: 2 },
    ]);
    expect(byCode(res.body, entries.zero).reasons).toEqual([{ code: 'ZERO_VETO' }]);
    expect(res.body.trails).toHaveLength(1);
    expect(res.body.trails[0]).toMatchObject({ seats: 1, outcome: 'resolved' });
    await get(`/api/v1/rounds/${round.id}/advancement`, judgeToken).expect(403);
  });

  it('counts an override only once a second organizer confirms it', async () => {
    const empty = await post(`/api/v1/rounds/${round.id}/advancement/overrides`, {
      entryId: entries.tied.id,
      decision: 'advance',
      reason: '   ',
    }).expect(400);
    expect(empty.body.code).toBe('VALIDATION_FAILED');

    const proposed = await post(`/api/v1/rounds/${round.id}/advancement/overrides`, {
      entryId: entries.tied.id,
      decision: 'advance',
      reason: 'Giải pháp có tác động xã hội lớn, hội đồng thống nhất đề xuất.',
    }).expect(201);
    expect(proposed.body.state).toBe('pending');
    let view = await get(`/api/v1/rounds/${round.id}/advancement`).expect(200);
    expect(byCode(view.body, entries.tied).advances).toBe(false);

    const own = await post(`/api/v1/advancement/overrides/${proposed.body.id}/confirm`).expect(403);
    expect(own.body.code).toBe('SECOND_ORGANIZER_REQUIRED');
    await post(`/api/v1/advancement/overrides/${proposed.body.id}/confirm`, {}, judgeToken).expect(
      403,
    );
    const confirmed = await post(
      `/api/v1/advancement/overrides/${proposed.body.id}/confirm`,
      {},
      second,
    ).expect(200);
    expect(confirmed.body.state).toBe('confirmed');
    await post(`/api/v1/advancement/overrides/${proposed.body.id}/confirm`, {}, second).expect(409);

    view = await get(`/api/v1/rounds/${round.id}/advancement`).expect(200);
    expect(byCode(view.body, entries.tied).advances).toBe(true);
  });

  it('keeps one effective override per entry: a new proposal supersedes a pending one, a confirmation the confirmed one', async () => {
    const overridesUrl = `/api/v1/rounds/${round.id}/advancement/overrides`;
    const confirmUrl = (id: string) => `/api/v1/advancement/overrides/${id}/confirm`;
    const propose = (decision: string, token: string) =>
      post(overridesUrl, { entryId: entries.few.id, decision, reason: `Lý do ${decision}` }, token);
    const states = async () => {
      const view = await get(`/api/v1/rounds/${round.id}/advancement`).expect(200);
      const mine = view.body.overrides.filter(
        (o: { entryId: string }) => o.entryId === entries.few.id,
      );
      return {
        advances: byCode(view.body, entries.few).advances,
        states: Object.fromEntries(mine.map((o: { id: string; state: string }) => [o.id, o.state])),
      };
    };

    // Two organizers propose contradictory overrides and each confirms the other's.
    const p1 = (await propose('advance', first).expect(201)).body;
    const p2 = (await propose('advance', second).expect(201)).body;
    expect(p2.supersededPending).toMatchObject({ id: p1.id, state: 'superseded' });
    expect(p2.replacesOnConfirmation).toBeNull();
    const crossed = await post(confirmUrl(p1.id), {}, second).expect(409);
    expect(crossed.body.code).toBe('OVERRIDE_SUPERSEDED');
    const confirmed = (await post(confirmUrl(p2.id), {}, first).expect(200)).body;
    expect(confirmed).toMatchObject({ state: 'confirmed', superseded: null });
    expect(await states()).toEqual({
      advances: true,
      states: { [p1.id]: 'superseded', [p2.id]: 'confirmed' },
    });

    // A proposal against a confirmed override waits; the confirmed one counts meanwhile.
    const p3 = (await propose('eliminate', first).expect(201)).body;
    expect(p3.replacesOnConfirmation).toMatchObject({ id: p2.id, state: 'confirmed' });
    expect((await states()).advances).toBe(true);
    const replaced = (await post(confirmUrl(p3.id), {}, second).expect(200)).body;
    expect(replaced.superseded).toMatchObject({ id: p2.id, state: 'superseded' });
    expect((await post(confirmUrl(p2.id), {}, first).expect(409)).body.code).toBe(
      'OVERRIDE_SUPERSEDED',
    );
    expect(await states()).toEqual({
      advances: false,
      states: { [p1.id]: 'superseded', [p2.id]: 'superseded', [p3.id]: 'confirmed' },
    });
  });

  it('holds one pending and one confirmed override per entry under concurrent organizers, and says on the page what happened', async () => {
    const overridesUrl = `/api/v1/rounds/${round.id}/advancement/overrides`;
    const entryId = entries.zero.id;
    const proposals = await Promise.all(
      [first, second, first, second, first, second].map((token, i) =>
        post(
          overridesUrl,
          { entryId, decision: i % 2 ? 'eliminate' : 'advance', reason: `Đồng thời ${i}` },
          token,
        ),
      ),
    );
    expect(proposals.map((r) => r.status).every((s) => s === 201 || s === 409)).toBe(true);
    const made = proposals.filter((r) => r.status === 201).map((r) => r.body);
    const confirmations = await Promise.all(
      made.map((o) =>
        post(
          `/api/v1/advancement/overrides/${o.id}/confirm`,
          {},
          o.proposedBy === organizerIds[0] ? second : first,
        ),
      ),
    );
    expect(confirmations.map((r) => r.status).every((s) => s === 200 || s === 409)).toBe(true);
    const rows = await db.manager.findBy(AdvancementOverride, { roundId: round.id, entryId });
    expect(rows.filter((o) => o.slot === 'confirmed').length).toBeLessThanOrEqual(1);
    expect(rows.filter((o) => o.slot === 'pending').length).toBeLessThanOrEqual(1);
    expect(rows.filter((o) => o.slot === 'confirmed')).toHaveLength(
      confirmations.filter((r) => r.status === 200).length > 0 ? 1 : 0,
    );

    // Through the page: the organizer reads which override the new one replaced, and why.
    const agent = (userId: string) =>
      webSessionCookie(db, userId).then((cookie) =>
        request.agent(portal.url).set('cookie', cookie),
      );
    const [pageA, pageB] = await Promise.all([agent(organizerIds[0]), agent(organizerIds[1])]);
    const pageUrl = `/organizer/rounds/${round.id}/advancement`;
    const proposeByPage = async (page: typeof pageA, decision: string) => {
      const shown = await page.get(pageUrl).expect(200);
      const res = await page
        .post(`${pageUrl}/overrides`)
        .type('form')
        .send({ _csrf: csrfOf(shown.text), entryId, decision, reason: `Trang ${decision}` })
        .expect(303);
      return page.get(res.headers.location).expect(200);
    };
    const once = await proposeByPage(pageA, 'advance');
    const twice = await proposeByPage(pageB, 'eliminate');
    expect(twice.text).toContain(
      `Đã ghi đề xuất mới cho bài ${entries.zero.code}. Đề xuất đang chờ xác nhận trước đó của bài này đã bị thay thế`,
    );
    expect(once.text).toContain('Mỗi bài có tối đa một điều chỉnh có hiệu lực.');
    const pending = await db.manager.findOneByOrFail(AdvancementOverride, {
      roundId: round.id,
      entryId,
      slot: OverrideSlot.pending,
    });
    expect(pending.decision).toBe('eliminate');
    const superseded = await db.manager.findOneByOrFail(AdvancementOverride, {
      roundId: round.id,
      entryId,
      reason: 'Trang advance',
    });
    const stale = await pageB.get(pageUrl).expect(200);
    const refused = await pageB
      .post(`${pageUrl}/overrides/${superseded.id}/confirm`)
      .type('form')
      .send({ _csrf: csrfOf(stale.text) })
      .expect(409);
    expect(refused.text).toContain('Đề xuất này đã bị thay thế bằng một đề xuất mới hơn');
    const own = await pageA.get(pageUrl).expect(200);
    const done = await pageA
      .post(`${pageUrl}/overrides/${pending.id}/confirm`)
      .type('form')
      .send({ _csrf: csrfOf(own.text) })
      .expect(303);
    const after = await pageA.get(done.headers.location).expect(200);
    expect(after.text).toContain(`Đã xác nhận điều chỉnh cho bài ${entries.zero.code}`);
    // The entry stops either way (zero veto), so the decision below is unchanged.
    const view = await get(`/api/v1/rounds/${round.id}/advancement`).expect(200);
    expect(byCode(view.body, entries.zero).advances).toBe(false);
  });

  it('shows the page with reasons and the trail, and asks for a confirmation before deciding', async () => {
    const cookie = await webSessionCookie(db, organizerIds[0]);
    const agent = request.agent(portal.url).set('cookie', cookie);
    const page = await agent.get(`/organizer/rounds/${round.id}/advancement`).expect(200);
    for (const text of [
      'Xét chọn sau vòng 1',
      'Dưới điểm sàn: 48,5 &lt; 50',
      'Chưa đủ lượt chấm: 1 &lt; 2',
      'Có tiêu chí bị chấm 0 điểm',
      `${entries.tied.code}, ${entries.winner.code} cùng 75 điểm`,
      FARM_TITLE,
    ])
      expect(page.text).toContain(text);
    // The paperwork links work with the organizer's session, as the page's other links do.
    const links = [...page.text.matchAll(/href="([^"]+\.pdf)"/g)].map((m) => m[1]);
    expect([...links].sort()).toEqual(
      [
        `/organizer/rounds/${round.id}/advancement/minutes.pdf`,
        ...judges.map((j) => `/organizer/rounds/${round.id}/advancement/score-sheets/${j.id}.pdf`),
      ].sort(),
    );
    for (const link of links) {
      const pdf = await agent.get(link).buffer(true).parse(binary).expect(200);
      expect(pdf.headers['content-type']).toContain('application/pdf');
      expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    }
    const applicant = await createUser(db, { role: Role.applicant });
    const outsider = request
      .agent(portal.url)
      .set('cookie', await webSessionCookie(db, applicant.id));
    await outsider.get(links[0]).expect(403);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
    const refused = await agent
      .post(`/organizer/rounds/${round.id}/advancement/advance`)
      .type('form')
      .send(new URLSearchParams({ _csrf: csrf }).toString())
      .expect(400);
    expect(refused.text).toContain('Hãy đánh dấu ô xác nhận');
    expect(await db.manager.findOneByOrFail(Round, { id: round.id })).toMatchObject({
      decidedAt: null,
    });
  });

  it('advances once, writes statuses, audit rows and one mail per team', async () => {
    const res = await post(`/api/v1/rounds/${round.id}/advance`).expect(200);
    expect(res.body.decidedAt).toMatch(/\+07:00$/);
    const again = await post(`/api/v1/rounds/${round.id}/advance`, {}, second).expect(409);
    expect(again.body.code).toBe('ROUND_DECIDED');
    await post(`/api/v1/rounds/${round.id}/advancement/overrides`, {
      entryId: entries.low.id,
      decision: 'advance',
      reason: 'Quá muộn',
    }).expect(409);

    const advanced = ['farm', 'winner', 'tied'];
    for (const [key, entry] of Object.entries(entries)) {
      const status = advanced.includes(key) ? 'advanced' : 'eliminated';
      expect((await db.manager.findOneByOrFail(Entry, { id: entry.id })).status).toBe(status);
      const roundEntry = await db.manager.findOneByOrFail(RoundEntry, {
        roundId: round.id,
        entryId: entry.id,
      });
      expect(roundEntry.status).toBe(status);
      expect(roundEntry.decisionNote).toBeTruthy();
    }
    const low = await db.manager.findOneByOrFail(RoundEntry, { entryId: entries.low.id });
    expect(low.decisionNote).toContain('48,5 < 50');
    const tied = await db.manager.findOneByOrFail(RoundEntry, { entryId: entries.tied.id });
    expect(tied.decisionNote).toContain('tác động xã hội');

    const actions = (await db.manager.find(AuditLog)).map((row) => row.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'advancement.override_proposed',
        'advancement.override_confirmed',
        'round.decided',
      ]),
    );
    expect(actions.filter((a) => a.startsWith('round_entry.'))).toHaveLength(6);

    const mails = await db.manager.findBy(Notification, {});
    const decisionMails = mails.filter((m) =>
      m.dedupeKey.startsWith(`round-decision:${round.id}:`),
    );
    expect(decisionMails).toHaveLength(6);
    const farmMail = decisionMails.find((m) => m.data.code === entries.farm.code)!;
    expect(farmMail).toMatchObject({ template: 'round-advanced', locale: 'vi' });
    expect(farmMail.data.comments).toContain('Mô hình kinh doanh rõ ràng.');
    expect(farmMail.data.comments).not.toContain('Đề nghị mời vào bán kết');
    const tiedMail = decisionMails.find((m) => m.data.code === entries.tied.code)!;
    expect(tiedMail).toMatchObject({ template: 'round-advanced', locale: 'en' });
    const lowMail = decisionMails.find((m) => m.data.code === entries.low.code)!;
    expect(lowMail.template).toBe('round-not-advanced');
    for (const mail of decisionMails)
      for (const name of JUDGE_NAMES) expect(JSON.stringify(mail.data)).not.toContain(name);

    const delivered = await waitFor(
      async () => {
        for (const message of sink.messages) {
          const parsed = await simpleParser(message.raw);
          if ((parsed.text ?? '').includes(FARM_TITLE)) return parsed;
        }
        return undefined;
      },
      'the mail about the farm entry',
      40_000,
    );
    expect(delivered.text).toContain('Cần làm rõ chi phí thiết bị.');
    expect(delivered.text).toContain('Nhận xét 1:');
    for (const name of JUDGE_NAMES) expect(delivered.text).not.toContain(name);
  });

  it('keeps comments out of the mails when the contest does not share them', async () => {
    await post(`/api/v1/rounds/${blindRound.id}/advance`).expect(200);
    const mail = await db.manager.findOneByOrFail(Notification, {
      dedupeKey: `round-decision:${blindRound.id}:${blindEntry.id}`,
    });
    expect(mail.template).toBe('round-advanced');
    expect(mail.data.comments).toBeNull();
  });

  it('streams the score sheet and the minutes as PDFs with Vietnamese text', async () => {
    const sheet = await get(`/api/v1/rounds/${round.id}/score-sheets/${judges[0].id}.pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(sheet.headers['content-type']).toContain('application/pdf');
    const sheetText = await pdfText(sheet.body as Buffer);
    expect(sheetText).toContain('PHIẾU CHẤM ĐIỂM');
    expect(sheetText).toContain(JUDGE_NAMES[0]);
    expect(sheetText).toContain(FARM_TITLE);
    expect(sheetText).toContain('Mô hình kinh doanh rõ ràng.');

    const minutes = await get(`/api/v1/rounds/${round.id}/minutes.pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(minutes.headers['content-type']).toContain('application/pdf');
    const minutesText = (await pdfText(minutes.body as Buffer)).replace(/\s+/g, ' ');
    for (const text of [
      'BIÊN BẢN CHẤM',
      'Trung bình có trọng số',
      'Phạm Quốc Bảo',
      'Đỗ Thị Lan',
      'GMT+7',
      'Tính đổi mới',
      entries.winner.code,
    ])
      expect(minutesText).toContain(text);

    const blindSheet = await get(`/api/v1/rounds/${blindRound.id}/score-sheets/${judges[0].id}.pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const blindText = await pdfText(blindSheet.body as Buffer);
    expect(blindText).toContain(blindEntry.code);
    expect(blindText).not.toContain('Máy lọc nước nhiễm mặn');

    await get(`/api/v1/rounds/${round.id}/score-sheets/${judges[1].id}.pdf`, judgeToken).expect(
      403,
    );
    await get(`/api/v1/rounds/${round.id}/score-sheets/not-a-uuid.pdf`).expect(400);
    const stranger = await createUser(db, { role: Role.judge });
    await get(`/api/v1/rounds/${round.id}/score-sheets/${stranger.id}.pdf`).expect(404);
  });
});
