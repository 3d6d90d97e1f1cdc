import { simpleParser } from 'mailparser';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { createContest } from '../support/contest-factory';
import type { ContestFixture } from '../support/contest-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { createReadyEntry, signIn } from '../support/entry-factory';
import type { SignedInUser } from '../support/entry-factory';
import { PROFILES, testEnvironment } from '../support/environment';
import { addContestJudge } from '../support/judging-factory-judges';
import { RunningPortal, RunningProcess, spawnApp, startPortal, waitFor } from '../support/portal';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

const NEW_PASSWORD = 'giám-khảo-chọn-mật-khẩu-dài';

interface Pair {
  judgeUserId: string;
  entryId: string;
  reasons: { source: string; subject: string; value: string }[];
}

describe.each(PROFILES)('judges and conflicts of interest (%s profile)', (profile) => {
  let sink: SmtpSink;
  let portal: RunningPortal;
  let worker: RunningProcess | undefined;
  let db: DataSource;
  let contest: ContestFixture;
  let organizer: SignedInUser;
  let judge: SignedInUser;
  let applicant: SignedInUser;

  const api = () => request(portal.url);
  const as = (user: SignedInUser) => user.auth;
  const login = (email: string, password = FACTORY_PASSWORD) =>
    api().post('/api/v1/auth/login').send({ email, password });
  const mailTo = (email: string) =>
    waitFor(async () => {
      for (const message of sink.messages)
        if (message.to.includes(email)) return simpleParser(message.raw);
      return undefined;
    }, `a mail to ${email}`);
  const pairs = async (): Promise<Pair[]> =>
    (await api().get(`/api/v1/contests/${contest.id}/conflicts`).set(as(organizer)).expect(200))
      .body.pairs;
  let judges = 0;
  /** A judge account on a public mail provider, so only what a test sets can conflict. */
  const judgeAccount = async (organization: string | null, email?: string) => {
    const user = await createUser(db, {
      role: Role.judge,
      organization,
      email: email ?? `gk${Date.now()}-${++judges}@gmail.com`,
    });
    const res = await login(user.email).expect(200);
    return { ...user, token: '', auth: { authorization: `Bearer ${res.body.accessToken}` } };
  };
  const judgeFor = async (organization: string | null, email?: string) => {
    const user = await judgeAccount(organization, email);
    await addContestJudge(db, contest.id, user.id);
    return user;
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    const env = await testEnvironment(profile, { SMTP_URL: sink.url });
    portal = await startPortal(env);
    if (profile === 'production') worker = spawnApp('worker', env);
    db = await openDatabase(env);
    contest = await createContest(db);
    [organizer, judge, applicant] = await Promise.all([
      signIn(portal.url, db, { role: Role.organizer }),
      judgeAccount(null),
      signIn(portal.url, db, { role: Role.applicant, organization: 'Trường THPT Lê Khiết' }),
    ]);
  });

  afterAll(async () => {
    await db?.destroy();
    await worker?.stop();
    await portal?.stop();
    await sink?.close();
  });

  describe('invitations', () => {
    it('invites an existing judge with categories and fields, mailing a link to the invitation', async () => {
      const res = await api()
        .post(`/api/v1/contests/${contest.id}/judges`)
        .set(as(organizer))
        .send({ email: judge.email, categoryKeys: ['y-tuong'], fieldKeys: ['nong-nghiep'] })
        .expect(201);
      expect(res.body).toMatchObject({
        userId: judge.id,
        status: 'invited',
        categoryKeys: ['y-tuong'],
        fieldKeys: ['nong-nghiep'],
      });
      const mail = await mailTo(judge.email);
      expect(mail.subject).toContain(contest.nameVi);
      expect(mail.text).toContain(`/judging/invitations/${res.body.id}`);

      const unknown = await api()
        .post(`/api/v1/contests/${contest.id}/judges`)
        .set(as(organizer))
        .send({ email: judge.email, categoryKeys: ['khong-co'] })
        .expect(400);
      expect(unknown.body.details[0].field).toBe('categoryKeys');
    });

    it('creates an account for a new address; the judge chooses a password through the mailed link', async () => {
      const email = `gk-moi-${Date.now()}@vien.example.vn`;
      const invited = await api()
        .post(`/api/v1/contests/${contest.id}/judges`)
        .set(as(organizer))
        .send({ email, fullName: 'TS. Trần Minh Quân' })
        .expect(201);
      const user = await db.manager.findOneByOrFail(User, { email });
      expect(user).toMatchObject({ role: Role.judge, emailVerifiedAt: null });
      await login(email, 'đoán-bừa-một-mật-khẩu').expect(401);

      const mail = await mailTo(email);
      const link = /https?:\/\/\S*\/set-password\?token=([\w-]+)&invitation=([\w-]+)/.exec(
        mail.text ?? '',
      );
      expect(link?.[2]).toBe(invited.body.id);
      const path = `/set-password?token=${link![1]}&invitation=${link![2]}`;

      const agent = request.agent(portal.url);
      const page = await agent.get(path).expect(200);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
      const done = await agent
        .post('/set-password')
        .type('form')
        .send({
          _csrf: csrf,
          token: link![1],
          invitation: link![2],
          newPassword: NEW_PASSWORD,
          confirmPassword: NEW_PASSWORD,
        })
        .expect(200);
      expect(done.text).toContain(encodeURIComponent(`/judging/invitations/${invited.body.id}`));

      const signedIn = await login(email, NEW_PASSWORD).expect(200);
      expect(signedIn.body.user).toMatchObject({ role: 'judge', emailVerified: true });
      const again = await api()
        .post('/api/v1/judging/set-password')
        .send({ token: link![1], newPassword: NEW_PASSWORD })
        .expect(400);
      expect(again.body.code).toBe('INVALID_TOKEN');

      const auth = { authorization: `Bearer ${signedIn.body.accessToken}` };
      const mine = await api().get('/api/v1/judging/invitations').set(auth).expect(200);
      expect(mine.body).toEqual([
        expect.objectContaining({ id: invited.body.id, status: 'invited', contestId: contest.id }),
      ]);
      await api()
        .post(`/api/v1/judging/invitations/${invited.body.id}/accept`)
        .set(auth)
        .expect(200);
    });

    it('lets the invited judge accept or decline, only their own invitation', async () => {
      const list = await api()
        .get(`/api/v1/contests/${contest.id}/judges`)
        .set(as(organizer))
        .expect(200);
      const mine = list.body.find((j: { userId: string }) => j.userId === judge.id);
      const other = list.body.find((j: { userId: string }) => j.userId !== judge.id);
      expect(other.status).toBe('accepted');

      const declined = await api()
        .post(`/api/v1/judging/invitations/${mine.id}/decline`)
        .set(as(judge))
        .expect(200);
      expect(declined.body).toMatchObject({ status: 'declined' });
      await api().post(`/api/v1/judging/invitations/${mine.id}/accept`).set(as(judge)).expect(200);
      await api().post(`/api/v1/judging/invitations/${mine.id}/accept`).set(as(judge)).expect(200);
      const late = await api()
        .post(`/api/v1/judging/invitations/${mine.id}/decline`)
        .set(as(judge))
        .expect(409);
      expect(late.body.code).toBe('INVALID_STATUS_TRANSITION');
      await api()
        .post(`/api/v1/judging/invitations/${other.id}/decline`)
        .set(as(judge))
        .expect(404);
    });

    it('turns an applicant into a judge unless they take part; never an organizer', async () => {
      const bystander = await createUser(db, { role: Role.applicant });
      await api()
        .post(`/api/v1/contests/${contest.id}/judges`)
        .set(as(organizer))
        .send({ email: bystander.email })
        .expect(201);
      expect((await db.manager.findOneByOrFail(User, { id: bystander.id })).role).toBe('judge');

      const participant = await signIn(portal.url, db);
      await createReadyEntry(portal.url, db, participant, contest.id);
      const refused = await api()
        .post(`/api/v1/contests/${contest.id}/judges`)
        .set(as(organizer))
        .send({ email: participant.email })
        .expect(409);
      expect(refused.body.code).toBe('CANNOT_JUDGE');
      await api()
        .post(`/api/v1/contests/${contest.id}/judges`)
        .set(as(organizer))
        .send({ email: organizer.email })
        .expect(409);
    });
  });

  describe('conflicts', () => {
    let entryId: string;

    beforeAll(async () => {
      const entry = await createReadyEntry(portal.url, db, applicant, contest.id, {
        members: [
          {
            fullName: 'Trưởng nhóm',
            email: applicant.email,
            organization: 'Trường THPT Lê Khiết',
            role: 'leader',
          },
          {
            fullName: 'Cố vấn',
            email: 'co.van@truong-x.edu.vn',
            organization: 'Công ty ABC',
            role: 'member',
          },
          { fullName: 'Thành viên', email: 'tv@gmail.com', role: 'member' },
        ],
      });
      entryId = entry.id;
    });

    it('detects the organisation and the e-mail domain, never a public provider, and re-evaluates when the team changes', async () => {
      const sameSchool = await judgeFor('  trường thpt  LÊ KHIẾT ');
      const sameDomain = await judgeFor(null, `gk${Date.now()}@truong-x.edu.vn`);
      const publicMail = await judgeFor(null, `gk${Date.now()}@gmail.com`);
      const before = await pairs();
      const reasonsOf = (list: Pair[], judgeUserId: string) =>
        list.find((p) => p.judgeUserId === judgeUserId && p.entryId === entryId)?.reasons;
      expect(reasonsOf(before, sameSchool.id)).toEqual([
        expect.objectContaining({ source: 'detected', subject: 'organization' }),
      ]);
      expect(reasonsOf(before, sameDomain.id)).toEqual([
        expect.objectContaining({
          source: 'detected',
          subject: 'email_domain',
          value: 'truong-x.edu.vn',
        }),
      ]);
      expect(reasonsOf(before, publicMail.id)).toBeUndefined();

      await api()
        .patch(`/api/v1/entries/${entryId}`)
        .set(as(applicant))
        .send({
          members: [
            {
              fullName: 'Trưởng nhóm',
              email: applicant.email,
              organization: 'Trường khác',
              role: 'leader',
            },
            { fullName: 'Thành viên', email: 'tv@gmail.com', role: 'member' },
          ],
        })
        .expect(200);
      const after = await pairs();
      expect(reasonsOf(after, sameSchool.id)).toBeUndefined();
      expect(reasonsOf(after, sameDomain.id)).toBeUndefined();
    });

    it('keeps declared conflicts the judge may withdraw and recorded ones only organizers remove', async () => {
      const declared = await api()
        .post('/api/v1/judging/conflicts')
        .set(as(judge))
        .send({
          contestId: contest.id,
          subject: 'person',
          value: 'TV@gmail.com',
          reason: 'Họ hàng',
        })
        .expect(201);
      expect(declared.body).toMatchObject({
        source: 'declared',
        value: 'tv@gmail.com',
        removableByJudge: true,
      });
      for (const body of [
        { subject: 'email_domain', value: 'gmail.com' },
        { subject: 'person', value: 'không-phải-email' },
        { subject: 'entry', value: entryId },
      ])
        await api()
          .post('/api/v1/judging/conflicts')
          .set(as(judge))
          .send({ contestId: contest.id, ...body })
          .expect(400);
      const stranger = await judgeAccount(null);
      await api()
        .post('/api/v1/judging/conflicts')
        .set(as(stranger))
        .send({ contestId: contest.id, subject: 'organization', value: 'Công ty ABC' })
        .expect(404);

      const recorded = await api()
        .post(`/api/v1/contests/${contest.id}/conflicts`)
        .set(as(organizer))
        .send({ judgeUserId: judge.id, subject: 'entry', value: entryId, reason: 'Cố vấn của đội' })
        .expect(201);
      expect(recorded.body).toMatchObject({ source: 'recorded', removableByJudge: false });
      await api()
        .post(`/api/v1/contests/${contest.id}/conflicts`)
        .set(as(organizer))
        .send({ judgeUserId: stranger.id, subject: 'organization', value: 'X', reason: 'Y' })
        .expect(404);

      const reasons = (await pairs()).find((p) => p.judgeUserId === judge.id)?.reasons;
      expect(reasons?.map((r) => r.source).sort()).toEqual(['declared', 'recorded']);
      const own = await api().get('/api/v1/judging/conflicts').set(as(judge)).expect(200);
      expect(own.body).toHaveLength(2);

      const pinned = await api()
        .delete(`/api/v1/judging/conflicts/${recorded.body.id}`)
        .set(as(judge))
        .expect(403);
      expect(pinned.body.code).toBe('FORBIDDEN');
      await api()
        .delete(`/api/v1/judging/conflicts/${declared.body.id}`)
        .set(as(stranger))
        .expect(404);
      await api()
        .delete(`/api/v1/judging/conflicts/${declared.body.id}`)
        .set(as(organizer))
        .expect(403);
      await api()
        .delete(`/api/v1/judging/conflicts/${declared.body.id}`)
        .set(as(judge))
        .expect(204);
      await api()
        .delete(`/api/v1/judging/conflicts/${recorded.body.id}`)
        .set(as(organizer))
        .expect(204);
      expect((await pairs()).some((p) => p.judgeUserId === judge.id)).toBe(false);
    });

    it('refuses organizer routes to applicants and judges, and judge routes to applicants', async () => {
      const organizerRoutes: [string, string][] = [
        ['get', `/api/v1/contests/${contest.id}/judges`],
        ['post', `/api/v1/contests/${contest.id}/judges`],
        ['get', `/api/v1/contests/${contest.id}/conflicts`],
        ['post', `/api/v1/contests/${contest.id}/conflicts`],
      ];
      for (const user of [applicant, judge])
        for (const [method, path] of organizerRoutes) {
          const res = await (method === 'get' ? api().get(path) : api().post(path).send({})).set(
            as(user),
          );
          expect(res.status).toBe(403);
        }
      await api().get('/api/v1/judging/invitations').set(as(applicant)).expect(403);
      await api().get('/api/v1/judging/conflicts').set(as(applicant)).expect(403);
      await api().get(`/api/v1/contests/${contest.id}/conflicts`).expect(401);
    });
  });
});
