import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { Award, AwardSlot } from '@app/results/awards/award.entity';
import { Prize } from '@app/contests/prizes/prize.entity';
import { createAwardsContest, createPrize } from '../support/awards-factory';
import type { AwardsContest } from '../support/awards-factory';
import { createUser, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { scoreEntry } from '../support/judging-factory-advancement';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';

const csrfOf = (html: string): string => {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('the page has no CSRF field');
  return match[1];
};

describe.each(PROFILES)('prizes and awards pages (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let first: TestAgent;
  let second: TestAgent;
  let team: TestAgent;
  let fixture: AwardsContest;
  let awardsPath: string;
  let prizesPath: string;

  const agentOf = async (userId: string, lang = 'vi') =>
    request.agent(portal.url).set('cookie', `${await webSessionCookie(db, userId)}; lang=${lang}`);
  let firstUserId: string;
  /** GETs `page` for its CSRF token, then posts the form to `action`. */
  const postForm = async (
    agent: TestAgent,
    page: string,
    action: string,
    fields: Record<string, string>,
  ) => {
    const html = (await agent.get(page).expect(200)).text;
    return agent
      .post(action)
      .type('form')
      .send(new URLSearchParams({ _csrf: csrfOf(html), ...fields }).toString());
  };

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    const [a, b] = await Promise.all([
      createUser(db, { role: Role.organizer }),
      createUser(db, { role: Role.organizer }),
    ]);
    fixture = await createAwardsContest(db);
    firstUserId = a.id;
    [first, second, team] = await Promise.all(
      [a.id, b.id, fixture.owners[0].id].map((id) => agentOf(id)),
    );
    awardsPath = `/organizer/contests/${fixture.contest.id}/awards`;
    prizesPath = `/organizer/contests/${fixture.contest.id}/prizes`;
  });

  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('adds a prize from the form, its amount written the Vietnamese way', async () => {
    const res = await postForm(first, `${prizesPath}/new`, `${prizesPath}/new`, {
      kind: 'first',
      nameVi: 'Giải Nhất',
      nameEn: 'First prize',
      amount: '50.000.000',
      quantity: '1',
      categoryId: '',
      position: '',
    });
    expect([res.status, res.headers.location]).toEqual([303, `${prizesPath}?saved=1`]);
    const prize = await db.manager.findOneByOrFail(Prize, { contestId: fixture.contest.id });
    expect(prize).toMatchObject({ kind: 'first', amount: 50_000_000, quantity: 1 });
    const list = await first.get(prizesPath).expect(200);
    expect(list.text).toContain('50.000.000 ₫');
    const en = await (await agentOf(firstUserId, 'en')).get(prizesPath).expect(200);
    expect(en.text).toContain('50,000,000 VND');
  });

  it('says what is wrong on the form', async () => {
    const res = await postForm(first, `${prizesPath}/new`, `${prizesPath}/new`, {
      kind: 'special',
      nameVi: '',
      nameEn: 'Special',
      amount: '-5',
      quantity: '0',
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain('aria-invalid="true"');
    expect(await db.manager.countBy(Prize, { contestId: fixture.contest.id })).toBe(1);
  });

  it('shows the proposal beside the ranking and confirms it', async () => {
    const page = await first.get(awardsPath).expect(200);
    const [best] = fixture.finalists.idea;
    expect(page.text).toContain('Đề xuất của hệ thống');
    expect(page.text).toContain('Xếp hạng vòng chung kết');
    expect(page.text).toContain(best.code);
    const res = await postForm(first, awardsPath, `${awardsPath}/confirm-proposal`, {});
    expect([res.status, res.headers.location]).toEqual([
      303,
      `${awardsPath}?outcome=proposalConfirmed`,
    ]);
    const [award] = await db.manager.findBy(Award, {
      contestId: fixture.contest.id,
      slot: AwardSlot.confirmed,
    });
    expect(award.entryId).toBe(best.id);
  });

  it('refuses a change without a reason, in words', async () => {
    const prize = await db.manager.findOneByOrFail(Prize, { contestId: fixture.contest.id });
    const res = await postForm(first, awardsPath, `${awardsPath}/changes`, {
      prizeId: prize.id,
      entryId: fixture.finalists.idea[1].id,
      replacesAwardId: '',
      reason: '  ',
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Hãy ghi lý do của thay đổi.');
  });

  it('marks a change as not in effect until a second organizer confirms it', async () => {
    const prize = await db.manager.findOneByOrFail(Prize, { contestId: fixture.contest.id });
    const [held] = await db.manager.findBy(Award, { prizeId: prize.id, slot: AwardSlot.confirmed });
    const proposed = await postForm(first, awardsPath, `${awardsPath}/changes`, {
      prizeId: prize.id,
      entryId: fixture.finalists.idea[1].id,
      replacesAwardId: held.id,
      reason: 'Hội đồng chung kết thống nhất đổi giải.',
    });
    expect(proposed.headers.location).toBe(`${awardsPath}?outcome=changeProposed`);
    const mine = await first.get(awardsPath).expect(200);
    expect(mine.text).toContain('Chưa có hiệu lực');
    expect(mine.text).not.toContain(`/confirm" class="inline-form"`);
    const [pending] = await db.manager.findBy(Award, {
      prizeId: prize.id,
      slot: AwardSlot.pending,
    });
    const confirmed = await postForm(second, awardsPath, `${awardsPath}/${pending.id}/confirm`, {});
    expect(confirmed.headers.location).toBe(`${awardsPath}?outcome=changeConfirmed`);
    const holders = await db.manager.findBy(Award, {
      prizeId: prize.id,
      slot: AwardSlot.confirmed,
    });
    expect(holders.map((a) => a.entryId)).toEqual([fixture.finalists.idea[1].id]);
  });

  it('keeps an awarded prize and says why on its form', async () => {
    const prize = await db.manager.findOneByOrFail(Prize, { contestId: fixture.contest.id });
    const res = await postForm(
      first,
      `${prizesPath}/${prize.id}`,
      `${prizesPath}/${prize.id}/delete`,
      {},
    );
    expect(res.status).toBe(409);
    expect(res.text).toContain('Giải này đã được trao');
  });

  it('shows released judges’ scores and comments on the team’s entry page, anonymised', async () => {
    const [entry] = fixture.finalists.idea;
    const judge = await createUser(db, { role: Role.judge, fullName: 'Trần Văn Khoa' });
    await scoreEntry(db, fixture.final, entry, judge.id, {
      values: { 'doi-moi': 30, 'kha-thi': 25, 'doi-ngu': 25 },
      commentForTeam: 'Mô hình kinh doanh rõ ràng.',
    });
    const before = await team.get(`/entries/${entry.id}`).expect(200);
    expect(before.text).not.toContain('Mô hình kinh doanh rõ ràng.');
    const res = await postForm(first, awardsPath, `${awardsPath}/feedback/${fixture.final.id}`, {
      released: 'true',
    });
    expect(res.headers.location).toBe(`${awardsPath}?outcome=feedbackReleased`);
    const after = await team.get(`/entries/${entry.id}`).expect(200);
    expect(after.text).toContain('Giám khảo 1');
    expect(after.text).toContain('Mô hình kinh doanh rõ ràng.');
    expect(after.text).not.toContain('Trần Văn Khoa');
    const en = await (
      await agentOf(fixture.owners[0].id, 'en')
    )
      .get(`/entries/${entry.id}`)
      .expect(200);
    expect(en.text).toContain('Judge 1');
  });

  it('is for organizers only', async () => {
    expect((await team.get(awardsPath)).status).toBe(403);
    expect((await team.get(prizesPath)).status).toBe(403);
  });

  it('answers 404 for a prize of another contest', async () => {
    const other = await createAwardsContest(db);
    const prize = await createPrize(db, other.contest.id);
    expect((await first.get(`${prizesPath}/${prize.id}`)).status).toBe(404);
  });
});
