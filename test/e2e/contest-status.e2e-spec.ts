import request from 'supertest';
import { DataSource, Like } from 'typeorm';
import { AuditLog } from '@app/accounts/audit/audit-log.entity';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { Contest, ContestStatus } from '@app/contests/contests/contest.entity';
import { EntryStatus } from '@app/entries/entries/entry.entity';
import { Notification } from '@app/notifications/outbox/notification.entity';
import { createContest, ContestFixture } from '../support/contest-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { createListedEntry } from '../support/listing-factory';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';
import { csrfOf } from '../support/page-forms';

const api = (path: string) => `/api/v1${path}`;
const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(PROFILES)('contest status changes (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let organizerId: string;
  let organizerCookie: string;
  const tokens: Record<'organizer' | 'applicant', string> = { organizer: '', applicant: '' };
  const as = (who: keyof typeof tokens) => ({ authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    const env = await testEnvironment(profile, { AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    portal = await startPortal(env);
    db = await openDatabase(env);
    for (const who of ['organizer', 'applicant'] as const) {
      const user = await createUser(db, { role: Role[who] });
      const res = await request(portal.url)
        .post(api('/auth/login'))
        .send({ email: user.email, password: FACTORY_PASSWORD })
        .expect(200);
      tokens[who] = res.body.accessToken;
      if (who === 'organizer') {
        organizerId = user.id;
        organizerCookie = await webSessionCookie(db, user.id);
      }
    }
  });
  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  const move = (id: string, status: string, who: keyof typeof tokens = 'organizer') =>
    request(portal.url)
      .post(api(`/contests/${id}/status`))
      .set(as(who))
      .send({ status });
  const statusOf = async (id: string) => (await db.manager.findOneByOrFail(Contest, { id })).status;
  const mailsOf = (contest: Contest) =>
    db.manager.find(Notification, {
      where: { dedupeKey: Like(`%:${contest.id}:%`) },
      order: { recipientEmail: 'ASC' },
    });

  /** An open contest with a draft, a submitted and a withdrawn entry, each of its own team. */
  async function contestWithTeams(overrides: Partial<Contest> = {}) {
    // Whole seconds: MariaDB keeps no milliseconds, and the deadline is compared below.
    const deadline = new Date(Math.floor((Date.now() + 7 * DAY_MS) / 1000) * 1000);
    const contest = await createContest(db, { submissionDeadline: deadline, ...overrides });
    const owners: User[] = [];
    for (const [index, status] of [
      EntryStatus.draft,
      EntryStatus.submitted,
      EntryStatus.withdrawn,
    ].entries()) {
      const owner = await createUser(db, {
        email: `team${index}-${contest.codePrefix}@example.vn`,
      });
      owners.push(owner);
      await createListedEntry(db, contest, owner, {
        status,
        submittedAt: status === EntryStatus.draft ? null : new Date(),
        // The submitted entry's team has a second member, who is mailed as the leader is.
        members:
          status === EntryStatus.submitted
            ? [{ fullName: 'Trần Thị Bình', email: `member1-${contest.codePrefix}@example.vn` }]
            : [],
      });
    }
    return { contest, owners };
  }

  it('refuses a status in the general update: only the status route changes it', async () => {
    const contest = await createContest(db);
    const res = await request(portal.url)
      .patch(api(`/contests/${contest.id}`))
      .set(as('organizer'))
      .send({ status: 'closed' })
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(await statusOf(contest.id)).toBe(ContestStatus.open);
  });

  it('never reaches announced by a status change (409 ANNOUNCED_BY_RESULTS)', async () => {
    for (const status of [ContestStatus.open, ContestStatus.judging]) {
      const contest = await createContest(db, { status });
      const res = await move(contest.id, 'announced').expect(409);
      expect(res.body.code).toBe('ANNOUNCED_BY_RESULTS');
      expect(await statusOf(contest.id)).toBe(status);
    }
  });

  it('refuses a skipped step, and lets only organizers change a status', async () => {
    const contest = await createContest(db);
    const skipped = await move(contest.id, 'judging').expect(409);
    expect(skipped.body.code).toBe('INVALID_STATUS_TRANSITION');
    await move(contest.id, 'closed', 'applicant').expect(403);
    await request(portal.url)
      .get(api(`/contests/${contest.id}/status`))
      .set(as('applicant'))
      .expect(403);
    expect(await statusOf(contest.id)).toBe(ContestStatus.open);
  });

  it('states the consequences of each possible change before it is made', async () => {
    const { contest } = await contestWithTeams();
    const res = await request(portal.url)
      .get(api(`/contests/${contest.id}/status`))
      .set(as('organizer'))
      .expect(200);
    expect(res.body).toEqual({
      contestId: contest.id,
      status: 'open',
      transitions: [
        {
          to: 'closed',
          blockers: [],
          consequences: [
            {
              code: 'stopsEarly',
              params: { deadline: contest.submissionDeadline!.toISOString() },
            },
            { code: 'draftsStopped', params: { count: 1 } },
            { code: 'submittedFrozen', params: { count: 1 } },
            { code: 'mailsTeams', params: { count: 2 } },
          ],
        },
      ],
    });
    expect(await mailsOf(contest)).toEqual([]);
  });

  it('closing before the deadline mails the teams of drafts and submitted entries, and is audited', async () => {
    const { contest, owners } = await contestWithTeams();
    await db.manager.update(User, { id: owners[1].id }, { locale: 'en' });
    const res = await move(contest.id, 'closed').expect(200);
    expect(res.body).toMatchObject({ status: 'closed', allowedTransitions: ['judging', 'open'] });

    const mails = await mailsOf(contest);
    expect(mails.map((m) => [m.recipientEmail, m.template, m.locale])).toEqual([
      [`member1-${contest.codePrefix.toLowerCase()}@example.vn`, 'contest-closed-early', 'vi'],
      [owners[0].email, 'contest-closed-early', 'vi'],
      [owners[1].email, 'contest-closed-early', 'en'],
    ]);
    expect(mails[2].data).toMatchObject({
      contestName: contest.nameEn,
      deadline: contest.submissionDeadline!.toISOString(),
    });

    const audit = await db.manager.findOneByOrFail(AuditLog, {
      subjectId: contest.id,
      action: 'contest.status_changed',
    });
    expect(audit.actorId).toBe(organizerId);
    expect(audit.data).toMatchObject({ from: 'open', to: 'closed', mailed: 3 });
  });

  it('closing after the deadline mails nobody', async () => {
    const { contest } = await contestWithTeams({
      registrationOpensAt: new Date(Date.now() - 30 * DAY_MS),
      submissionDeadline: new Date(Date.now() - DAY_MS),
    });
    await move(contest.id, 'closed').expect(200);
    expect(await mailsOf(contest)).toEqual([]);
    const audit = await db.manager.findOneByOrFail(AuditLog, { subjectId: contest.id });
    expect(audit.data).toMatchObject({ from: 'open', to: 'closed', mailed: 0 });
  });

  it('reopening before the deadline mails the teams that they may act again', async () => {
    const { contest, owners } = await contestWithTeams({ status: ContestStatus.closed });
    await move(contest.id, 'open').expect(200);
    const mails = await mailsOf(contest);
    expect(mails.map((m) => [m.recipientEmail, m.template])).toEqual([
      [`member1-${contest.codePrefix.toLowerCase()}@example.vn`, 'contest-reopened'],
      [owners[0].email, 'contest-reopened'],
      [owners[1].email, 'contest-reopened'],
    ]);
    expect(String(mails[0].data.link)).toMatch(/\/entries\/[0-9a-f-]{36}$/);
  });

  describe('confirmation page', () => {
    let contest: ContestFixture;
    let page: string;
    const agent = () => request.agent(portal.url).set('cookie', organizerCookie);

    beforeAll(async () => {
      ({ contest } = await contestWithTeams());
      page = `/organizer/contests/${contest.id}/status/closed`;
    });

    it('states the consequences in plain words, in Vietnamese and English', async () => {
      const vi = await agent().get(page).expect(200);
      expect(vi.text).toContain('Từ “Đang mở” sang “Đã đóng”.');
      expect(vi.text).toMatch(
        /Dừng nhận bài dự thi ngay bây giờ, trước hạn nộp đã công bố \(lúc \d\d:\d\d, \d\d\/\d\d\/\d{4}\)\./,
      );
      expect(vi.text).toContain('1 bài dự thi đang là bản nháp sẽ không nộp được nữa');
      expect(vi.text).toContain('2 đội sẽ nhận email báo tin.');
      expect(vi.text).toContain('name="confirm" value="yes"');

      const en = await request(portal.url)
        .get(page)
        .set('cookie', `${organizerCookie}; lang=en`)
        .expect(200);
      expect(en.text).toContain('Entries stop now, before the published deadline');
      expect(en.text).toContain('2 teams will be told by e-mail.');
    });

    it('changes nothing without the confirmation or without the CSRF token', async () => {
      const session = agent();
      const form = await session.get(page).expect(200);
      const unconfirmed = await session
        .post(page)
        .type('form')
        .send({ _csrf: csrfOf(form.text) });
      expect(unconfirmed.status).toBe(200);
      expect(unconfirmed.text).toContain('Hãy bấm nút xác nhận để chuyển trạng thái.');
      const forged = await agent().post(page).type('form').send({ confirm: 'yes' });
      expect(forged.status).toBe(403);
      expect(await statusOf(contest.id)).toBe(ContestStatus.open);
      expect(await mailsOf(contest)).toEqual([]);
    });

    it('performs the change once confirmed, and offers the next ones', async () => {
      const session = agent();
      const form = await session.get(page).expect(200);
      const done = await session
        .post(page)
        .type('form')
        .send({ _csrf: csrfOf(form.text), confirm: 'yes' });
      expect([done.status, done.headers.location]).toEqual([
        303,
        `/organizer/contests/${contest.id}?moved=1`,
      ]);
      expect(await statusOf(contest.id)).toBe(ContestStatus.closed);
      expect(await mailsOf(contest)).toHaveLength(3);
      const settings = await agent().get(`/organizer/contests/${contest.id}?moved=1`).expect(200);
      expect(settings.text).toContain('Đã chuyển trạng thái cuộc thi.');
      expect(settings.text).toContain(`/organizer/contests/${contest.id}/status/judging`);
      expect(settings.text).toContain('sau bước này không mở lại việc nhận bài dự thi được nữa');
    });
  });
});
