import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Like } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { Contest, ContestStatus } from '@app/contests/contests/contest.entity';
import { ContestJudge, JudgeStatus } from '@app/judging/judges/contest-judge.entity';
import { Notification } from '@app/notifications/outbox/notification.entity';
import { Announcement } from '@app/results/announcement/announcement.entity';
import { Award, AwardSlot } from '@app/results/awards/award.entity';
import { confirmAward, createAnnouncementContest } from '../support/announcement-factory';
import type { AnnouncementContest } from '../support/announcement-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, RunningProcess, spawnApp, startPortal, waitFor } from '../support/portal';
import { csrfOf } from '../support/page-forms';
import { webSessionCookie } from '../support/sessions';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

const NIL = '00000000-0000-4000-8000-000000000000';

/**
 * The announcement of results through the real server, outbox and mail delivery: refused
 * while it cannot be right, previewed, sent once however often or concurrently asked,
 * corrected by mailing only the changed outcomes, and published at /results.
 */
describe.each(PROFILES)('the announcement of results (%s profile)', (profile) => {
  let portal: RunningPortal;
  let worker: RunningProcess | undefined;
  let sink: SmtpSink;
  let db: DataSource;
  let organizer: string;
  let applicant: string;
  let organizerId: string;
  let applicantId: string;

  const login = async (email: string) =>
    (
      await request(portal.url)
        .post('/api/v1/auth/login')
        .send({ email, password: FACTORY_PASSWORD })
        .expect(200)
    ).body.accessToken as string;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const get = (path: string, token = organizer) => request(portal.url).get(path).set(as(token));
  const post = (path: string, token = organizer) =>
    request(portal.url).post(path).set(as(token)).send({});
  const rowsOf = (contestId: string, version: number) =>
    db.manager.find(Notification, {
      where: { dedupeKey: Like(`results:${contestId}:${version}:%`) },
    });

  beforeAll(async () => {
    sink = await startSmtpSink();
    const env = await testEnvironment(profile, { SMTP_URL: sink.url });
    portal = await startPortal(env);
    if (profile === 'production') worker = spawnApp('worker', env);
    db = await openDatabase(env);
    const [a, b] = await Promise.all([
      createUser(db, { role: Role.organizer }),
      createUser(db, { role: Role.applicant }),
    ]);
    organizerId = a.id;
    applicantId = b.id;
    [organizer, applicant] = await Promise.all([login(a.email), login(b.email)]);
  });

  afterAll(async () => {
    await worker?.stop();
    await db?.destroy();
    await portal?.stop();
    await sink?.close();
  });

  it('refuses with coded errors, writing nothing, while the results cannot be right', async () => {
    const undecided = await createAnnouncementContest(db, { finalDecided: false });
    const res = await post(`/api/v1/contests/${undecided.contest.id}/announce`).expect(409);
    expect(res.body.code).toBe('ANNOUNCEMENT_ROUND_UNDECIDED');

    const pending = await createAnnouncementContest(db);
    await db.manager.insert(Award, {
      contestId: pending.contest.id,
      prizeId: pending.second.id,
      entryId: pending.finalists.idea[1].id,
      slot: AwardSlot.pending,
      seat: null,
      fromProposal: false,
      reason: 'Đổi giải',
      replacesAwardId: null,
      proposedBy: organizerId,
      confirmedBy: null,
      confirmedAt: null,
      supersededBy: null,
      supersededAt: null,
    });
    const refused = await post(`/api/v1/contests/${pending.contest.id}/announce`).expect(409);
    expect(refused.body.code).toBe('ANNOUNCEMENT_AWARDS_PENDING');
    // The preview says the same before anyone clicks.
    const preview = await get(`/api/v1/contests/${pending.contest.id}/announcement`).expect(200);
    expect(preview.body.blocker.code).toBe('ANNOUNCEMENT_AWARDS_PENDING');

    const open = await createAnnouncementContest(db);
    await db.manager.update(Contest, { id: open.contest.id }, { status: ContestStatus.closed });
    const notJudging = await post(`/api/v1/contests/${open.contest.id}/announce`).expect(409);
    expect(notJudging.body.code).toBe('ANNOUNCEMENT_NOT_JUDGING');

    await post('/api/v1/contests/not-a-uuid/announce').expect(400);
    expect((await post(`/api/v1/contests/${NIL}/announce`).expect(404)).body.code).toBe(
      'NOT_FOUND',
    );
    await post(`/api/v1/contests/${open.contest.id}/announce`, applicant).expect(403);
    await get(`/api/v1/contests/${open.contest.id}/announcement`, applicant).expect(403);

    for (const fixture of [undecided, pending, open]) {
      expect(await rowsOf(fixture.contest.id, 1)).toHaveLength(0);
      expect(await db.manager.countBy(Announcement, { contestId: fixture.contest.id })).toBe(0);
    }
    // A status change cannot reach announced either: only announcing does.
    const manual = await request(portal.url)
      .post(`/api/v1/contests/${pending.contest.id}/status`)
      .set(as(organizer))
      .send({ status: 'announced' });
    expect(manual.status).toBe(409);
    expect(manual.body.code).toBe('ANNOUNCED_BY_RESULTS');
  });

  describe('a contest announced and corrected', () => {
    let fixture: AnnouncementContest;
    let base: string;
    const judges: { userId: string }[] = [];

    beforeAll(async () => {
      fixture = await createAnnouncementContest(db);
      base = `/api/v1/contests/${fixture.contest.id}`;
      const judge = async (fullName: string, title: string, show: boolean) => {
        const user = await createUser(db, { role: Role.judge, fullName });
        await db.manager.update(User, { id: user.id }, { title });
        judges.push({ userId: user.id });
        await db.manager.insert(ContestJudge, {
          contestId: fixture.contest.id,
          userId: user.id,
          status: JudgeStatus.accepted,
          categoryKeys: null,
          fieldKeys: null,
          invitedBy: organizerId,
          respondedAt: new Date(),
          showNameOnResults: show,
        });
      };
      await judge('Nguyễn Văn Đồng Ý', 'PGS.TS.', true);
      await judge('Phạm Thị Không Muốn', 'TS.', false);
    });

    it('previews the count per outcome and each group’s mail for a real recipient in vi and en, sending nothing', async () => {
      const res = await get(`${base}/announcement`).expect(200);
      expect(res.body).toMatchObject({ version: 1, blocker: null, entries: 9, recipients: 11 });
      const group = (outcome: string) =>
        res.body.groups.find((g: { outcome: string }) => g.outcome === outcome);
      expect(group('prize')).toMatchObject({ entries: 1, recipients: 1 });
      expect(group('finalist')).toMatchObject({ entries: 6, recipients: 8 });
      expect(group('advanced')).toMatchObject({ entries: 0, recipients: 0, sample: null });
      expect(group('not_advanced')).toMatchObject({ entries: 1, recipients: 1 });
      expect(group('ineligible')).toMatchObject({ entries: 1, recipients: 1 });
      const [vi, en] = group('prize').sample.mails;
      expect(vi).toMatchObject({ locale: 'vi', template: 'results-prize' });
      expect(vi.subject).toContain('Giải Nhất');
      expect(vi.text).toContain(fixture.owners[0].fullName);
      expect(vi.text).toContain(`/results/${fixture.contest.slug}`);
      // Each member downloads their certificate from the entry's certificates page.
      expect(vi.text).toContain(`/entries/${fixture.finalists.idea[0].id}/certificates`);
      const [finalistVi] = group('finalist').sample.mails;
      expect(finalistVi.text).toMatch(/\/entries\/[0-9a-f-]{36}\/certificates/);
      expect(en.subject).toContain('Prize first');
      expect(en.text).toContain(fixture.contest.nameEn);
      expect(await rowsOf(fixture.contest.id, 1)).toHaveLength(0);
    });

    it('is public only once announced', async () => {
      await request(portal.url).get(`${base}/results`).expect(404);
      await request(portal.url).get(`/results/${fixture.contest.slug}`).expect(404);
      await request(portal.url).get(`/results/${fixture.contest.slug}/og/vi.png`).expect(404);
      await request(portal.url).get(`/api/v1/contests/${fixture.contest.slug}/results`).expect(404);
    });

    it('announces once under concurrent requests: every participant gets exactly the mail of their outcome', async () => {
      const answers = await Promise.all(Array.from({ length: 4 }, () => post(`${base}/announce`)));
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([201, 409, 409, 409]);
      for (const refused of answers.filter((a) => a.status === 409))
        expect(['ANNOUNCEMENT_CONCURRENT', 'ANNOUNCEMENT_UNCHANGED']).toContain(refused.body.code);
      expect(answers.find((a) => a.status === 201)?.body).toEqual({
        version: 1,
        changedEntries: 9,
        mails: 11,
      });

      const rows = await rowsOf(fixture.contest.id, 1);
      const byRecipient = Object.fromEntries(
        rows.map((row) => [row.recipientEmail, `${row.template}:${row.locale}`]),
      );
      expect(rows).toHaveLength(11);
      const [winner, ...others] = fixture.owners;
      expect(byRecipient[winner.email]).toBe('results-prize:vi');
      for (const owner of others.slice(0, 5))
        expect(byRecipient[owner.email]).toBe('results-finalist:vi');
      expect(byRecipient[others[5].email]).toBe('results-not-advanced:vi');
      expect(byRecipient[fixture.english.email]).toBe('results-finalist:en');
      expect(byRecipient[fixture.noAccount]).toBe('results-finalist:vi');
      expect(Object.values(byRecipient).filter((v) => v === 'results-ineligible:vi')).toHaveLength(
        1,
      );
      const contest = await db.manager.findOneByOrFail(Contest, { id: fixture.contest.id });
      expect(contest.status).toBe(ContestStatus.announced);

      // Delivered through the mail server: each row exactly once, then the progress says done.
      const progress = await waitFor(async () => {
        const res = await get(`${base}/announcement/progress`).expect(200);
        return res.body.done && res.body;
      }, 'the announcement to be delivered');
      expect(progress).toMatchObject({ version: 1, total: 11, sent: 11, failed: 0, queued: 0 });
      for (const row of rows)
        expect(sink.messages.filter((m) => m.messageId.startsWith(`<${row.id}@`))).toHaveLength(1);

      const again = await post(`${base}/announce`).expect(409);
      expect(again.body.code).toBe('ANNOUNCEMENT_UNCHANGED');
      expect(
        await db.manager.countBy(Notification, {
          dedupeKey: Like(`results:${fixture.contest.id}:%`),
        }),
      ).toBe(11);
    });

    it('publishes the prizes, finalists per category and the judges who agreed to be named', async () => {
      const res = await request(portal.url)
        .get(`/api/v1/contests/${fixture.contest.slug}/results`)
        .expect(200);
      expect(res.body.prizes).toHaveLength(1);
      expect(res.body.prizes[0]).toMatchObject({ nameVi: 'Giải Nhất' });
      expect(res.body.prizes[0].winners.map((w: { code: string }) => w.code)).toEqual([
        fixture.finalists.idea[0].code,
      ]);
      const finalists = res.body.finalists.flatMap((g: { entries: { code: string }[] }) =>
        g.entries.map((e) => e.code),
      );
      expect(finalists).toHaveLength(6);
      expect(finalists).toContain(fixture.team.code);
      expect(res.body.judges).toEqual([{ fullName: 'Nguyễn Văn Đồng Ý', title: 'PGS.TS.' }]);
      expect(res.body.corrections).toEqual([]);
      expect(JSON.stringify(res.body)).not.toContain('@');
    });

    it('names a judge on the results once they tick the box on their invitation page, and no longer once they untick it', async () => {
      const reluctant = judges[1].userId;
      const invitation = await db.manager.findOneByOrFail(ContestJudge, {
        contestId: fixture.contest.id,
        userId: reluctant,
      });
      const agent = request.agent(portal.url).set('cookie', await webSessionCookie(db, reluctant));
      const page = await agent.get(`/judging/invitations/${invitation.id}`).expect(200);
      expect(page.text).toContain('name="show"');
      const save = (show?: string) =>
        agent
          .post(`/judging/invitations/${invitation.id}/results-name`)
          .type('form')
          .send({ _csrf: csrfOf(page.text), ...(show ? { show } : {}) });
      await save('yes').expect(303);
      const panel = async () =>
        (await request(portal.url).get(`${base}/results`).expect(200)).body.judges.map(
          (j: { fullName: string }) => j.fullName,
        );
      expect(await panel()).toEqual(['Nguyễn Văn Đồng Ý', 'Phạm Thị Không Muốn']);
      await save().expect(303);
      expect(await panel()).toEqual(['Nguyễn Văn Đồng Ý']);
      // Another judge's invitation is not theirs to change.
      const other = await db.manager.findOneByOrFail(ContestJudge, {
        contestId: fixture.contest.id,
        userId: judges[0].userId,
      });
      await agent
        .post(`/judging/invitations/${other.id}/results-name`)
        .type('form')
        .send({ _csrf: csrfOf(page.text) })
        .expect(404);
      expect(
        (await db.manager.findOneByOrFail(ContestJudge, { id: other.id })).showNameOnResults,
      ).toBe(true);
    });

    it('shows the results page with its Open Graph tags and image, and the organizers’ page with the progress', async () => {
      const page = await request(portal.url).get(`/results/${fixture.contest.slug}`).expect(200);
      expect(page.text).toContain('property="og:title"');
      expect(page.text).toContain(`/results/${fixture.contest.slug}/og/vi.png`);
      expect(page.text).toContain(fixture.finalists.idea[0].title);
      expect(page.text).toContain('PGS.TS. Nguyễn Văn Đồng Ý');
      expect(page.text).not.toContain('Phạm Thị Không Muốn');
      const english = await request(portal.url)
        .get(`/results/${fixture.contest.slug}`)
        .set('cookie', 'lang=en')
        .expect(200);
      expect(english.text).toContain(`Results of ${fixture.contest.nameEn}`);
      const image = await request(portal.url)
        .get(`/results/${fixture.contest.slug}/og/en.png`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(image.headers['content-type']).toBe('image/png');
      const png = image.body as Buffer;
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBe(630);

      const cookie = await webSessionCookie(db, organizerId);
      const own = await request(portal.url)
        .get(`/organizer/contests/${fixture.contest.id}/announcement`)
        .set('cookie', cookie)
        .expect(200);
      expect(own.text).toContain('data-announcement-progress');
      expect(own.text).toContain('/static/announcement-progress.js');
      expect(own.text).toContain('id="announcement-bar"');
      const json = await request(portal.url)
        .get(`/organizer/contests/${fixture.contest.id}/announcement/progress.json`)
        .set('cookie', cookie)
        .expect(200);
      expect(json.body).toMatchObject({ version: 1, total: 11, sent: 11, done: true });
      await request(portal.url)
        .get(`/organizer/contests/${fixture.contest.id}/announcement/progress.json`)
        .set('cookie', await webSessionCookie(db, applicantId))
        .expect(403);
      await request(portal.url).get('/static/announcement-progress.js').expect(200);
    });

    it('corrects: a prize withdrawn and given to another entry mails only the two teams whose outcome changed', async () => {
      const [was, now] = fixture.finalists.idea;
      await db.manager.update(
        Award,
        { contestId: fixture.contest.id, entryId: was.id },
        { slot: null, seat: null, supersededAt: new Date() },
      );
      await confirmAward(db, fixture.second, now, organizerId);
      const preview = await get(`${base}/announcement`).expect(200);
      expect(preview.body).toMatchObject({ version: 2, entries: 2, recipients: 2 });

      const res = await post(`${base}/announce`).expect(201);
      expect(res.body).toEqual({ version: 2, changedEntries: 2, mails: 2 });
      const rows = await rowsOf(fixture.contest.id, 2);
      expect(rows.map((r) => r.recipientEmail).sort()).toEqual(
        [fixture.owners[0].email, fixture.owners[1].email].sort(),
      );
      expect(rows.every((r) => r.template === 'results-correction')).toBe(true);
      const outcomes = Object.fromEntries(rows.map((r) => [r.recipientEmail, r.data.outcome]));
      expect(outcomes[fixture.owners[0].email]).toBe('vào vòng chung kết');
      expect(outcomes[fixture.owners[1].email]).toBe('Giải Nhì');

      const results = await request(portal.url).get(`${base}/results`).expect(200);
      expect(results.body.corrections).toHaveLength(1);
      expect(results.body.prizes.map((p: { nameVi: string }) => p.nameVi)).toEqual(['Giải Nhì']);
      await waitFor(
        async () => (await get(`${base}/announcement/progress`).expect(200)).body.sent === 2,
        'the correction to be delivered',
      );
    });

    it('sends failed mails again on retry, once each', async () => {
      const rows = await rowsOf(fixture.contest.id, 2);
      await db.manager.update(
        Notification,
        { dedupeKey: Like(`results:${fixture.contest.id}:2:%`) },
        { status: 'failed' as never, lastError: '550 mailbox unavailable' },
      );
      const before = await get(`${base}/announcement/progress`).expect(200);
      expect(before.body).toMatchObject({ failed: 2, sent: 0, done: true });
      const retried = await post(`${base}/announcement/retry`).expect(200);
      expect(retried.body).toEqual({ retried: 2 });
      await waitFor(
        async () => (await get(`${base}/announcement/progress`).expect(200)).body.sent === 2,
        'the retried mails to be sent',
      );
      for (const row of rows)
        expect(sink.messages.filter((m) => m.messageId.startsWith(`<${row.id}@`))).toHaveLength(2);
      expect((await post(`${base}/announcement/retry`).expect(200)).body).toEqual({ retried: 0 });
    });
  });
});
