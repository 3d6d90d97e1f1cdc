import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { Award, AwardSlot } from '@app/results/awards/award.entity';
import { AwardWithdrawal } from '@app/results/awards/award-withdrawal.entity';
import { createAnnouncementContest } from '../support/announcement-factory';
import type { AnnouncementContest } from '../support/announcement-factory';
import { createUser, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { csrfOf } from '../support/page-forms';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';

/**
 * Withdrawing a prize from the organizers' awards page: the form with its reason, the
 * pending withdrawal as the proposer and as another organizer see it, cancel and confirm,
 * and the withdrawn prize kept on the page for the record.
 */
describe.each(PROFILES)('withdrawing a prize on the awards page (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let first: TestAgent;
  let second: TestAgent;
  let firstId: string;
  let fixture: AnnouncementContest;
  let award: Award;
  let awardsPath: string;

  const agentOf = async (userId: string, lang = 'vi') =>
    request.agent(portal.url).set('cookie', `${await webSessionCookie(db, userId)}; lang=${lang}`);
  /** GETs the awards page for its CSRF token, then posts the form to `action`. */
  const postForm = async (agent: TestAgent, action: string, fields: Record<string, string>) => {
    const html = (await agent.get(awardsPath).expect(200)).text;
    return agent
      .post(action)
      .type('form')
      .send(new URLSearchParams({ _csrf: csrfOf(html), ...fields }).toString());
  };
  const withdrawalPath = () => `${awardsPath}/${award.id}/withdrawal`;
  const pendingWithdrawal = () =>
    db.manager.findOneBy(AwardWithdrawal, { awardId: award.id, slot: 'pending' });

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    const [a, b] = await Promise.all([
      createUser(db, { role: Role.organizer, fullName: 'Phạm Quốc Bảo' }),
      createUser(db, { role: Role.organizer, fullName: 'Đỗ Thị Lan' }),
    ]);
    firstId = a.id;
    fixture = await createAnnouncementContest(db);
    [award] = await db.manager.findBy(Award, { contestId: fixture.contest.id });
    [first, second] = await Promise.all([agentOf(a.id), agentOf(b.id)]);
    awardsPath = `/organizer/contests/${fixture.contest.id}/awards`;
  });

  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('offers each confirmed award a withdrawal form with a reason, in both languages', async () => {
    const page = await first.get(awardsPath).expect(200);
    expect(page.text).toContain('Thu hồi giải');
    expect(page.text).toContain(`action="${withdrawalPath()}"`);
    expect(page.text).toContain(`id="withdraw-reason-${award.id}"`);
    const en = await (await agentOf(firstId, 'en')).get(awardsPath).expect(200);
    expect(en.text).toContain('Withdraw the prize');
    expect(en.text).toContain('Reason for the withdrawal');
  });

  it('refuses a withdrawal without a reason, in words, writing nothing', async () => {
    const res = await postForm(first, withdrawalPath(), { reason: '   ' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Hãy ghi lý do thu hồi giải.');
    expect(await db.manager.countBy(AwardWithdrawal, { awardId: award.id })).toBe(0);
  });

  it('shows the pending withdrawal: its proposer gets no confirm button, another organizer sees who and why', async () => {
    const res = await postForm(first, withdrawalPath(), {
      reason: 'Đội tự nguyện từ chối giải sau lễ trao giải.',
    });
    expect([res.status, res.headers.location]).toEqual([
      303,
      `${awardsPath}?outcome=withdrawalProposed`,
    ]);
    const mine = await first.get(`${awardsPath}?outcome=withdrawalProposed`).expect(200);
    expect(mine.text).toContain('Đã ghi nhận đề xuất thu hồi.');
    expect(mine.text).toContain('Đang chờ xác nhận thu hồi');
    expect(mine.text).toContain('Đội tự nguyện từ chối giải sau lễ trao giải.');
    expect(mine.text).toContain('Bạn đề xuất thu hồi');
    expect(mine.text).not.toContain(`${withdrawalPath()}/confirm`);
    expect(mine.text).toContain(`${withdrawalPath()}/cancel`);

    const theirs = await second.get(awardsPath).expect(200);
    expect(theirs.text).toContain('Phạm Quốc Bảo đề xuất thu hồi');
    expect(theirs.text).toContain(`${withdrawalPath()}/confirm`);
    expect(theirs.text).toContain(`${withdrawalPath()}/cancel`);
    expect(theirs.text).toContain('id="withdrawal-note"');

    // The proposer's own confirmation, posted by hand, is refused in words.
    const own = await postForm(first, `${withdrawalPath()}/confirm`, {});
    expect(own.status).toBe(403);
    expect(own.text).toContain('thành viên khác của Ban tổ chức');
    // A second proposal while one waits.
    const twice = await postForm(second, withdrawalPath(), { reason: 'Lần nữa' });
    expect(twice.status).toBe(409);
    expect(twice.text).toContain('đã có một đề xuất thu hồi đang chờ xác nhận');
  });

  it('cancels a pending withdrawal: the prize stands', async () => {
    const res = await postForm(second, `${withdrawalPath()}/cancel`, {});
    expect(res.headers.location).toBe(`${awardsPath}?outcome=withdrawalCancelled`);
    expect(await pendingWithdrawal()).toBeNull();
    const page = await first.get(awardsPath).expect(200);
    expect(page.text).not.toContain('Đang chờ xác nhận thu hồi');
    expect((await db.manager.findOneByOrFail(Award, { id: award.id })).slot).toBe(
      AwardSlot.confirmed,
    );
  });

  it('withdraws the prize once another organizer confirms, and keeps it on the page for the record', async () => {
    await postForm(first, withdrawalPath(), {
      reason: 'Đội không đủ điều kiện dự thi.',
    }).then((res) => expect(res.status).toBe(303));
    const res = await postForm(second, `${withdrawalPath()}/confirm`, {});
    expect(res.headers.location).toBe(`${awardsPath}?outcome=withdrawalConfirmed`);
    const row = await db.manager.findOneByOrFail(Award, { id: award.id });
    expect(row).toMatchObject({ slot: null, seat: null, supersededBy: award.id });

    const page = await first.get(`${awardsPath}?outcome=withdrawalConfirmed`).expect(200);
    expect(page.text).toContain('Đã thu hồi giải');
    expect(page.text).toContain('Giải đã thu hồi');
    expect(page.text).toContain(`data-award="${award.id}" data-state="withdrawn"`);
    expect(page.text).toContain('Đội không đủ điều kiện dự thi.');
    expect(page.text).not.toContain(`action="${withdrawalPath()}"`);
    const en = await (await agentOf(firstId, 'en')).get(awardsPath).expect(200);
    expect(en.text).toContain('Withdrawn prizes');
  });

  it('answers 404 for an award of another contest', async () => {
    const other = await createAnnouncementContest(db);
    const [foreign] = await db.manager.findBy(Award, { contestId: other.contest.id });
    const res = await postForm(first, `${awardsPath}/${foreign.id}/withdrawal`, {
      reason: 'Không thuộc cuộc thi này',
    });
    expect(res.status).toBe(404);
    expect(await db.manager.countBy(AwardWithdrawal, { awardId: foreign.id })).toBe(0);
  });
});
