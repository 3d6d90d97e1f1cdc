import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource, Like } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import type { EligibilityRules } from '@app/contests/eligibility/eligibility-rules';
import { EntryEvent } from '@app/entries/history/entry-event.entity';
import { MemberConfirmation, TeamMember } from '@app/entries/members/team-member.entity';
import { Notification } from '@app/notifications/outbox/notification.entity';
import { createContest } from '../support/contest-factory';
import type { ContestFixture } from '../support/contest-factory';
import { createUser, openDatabase } from '../support/database';
import { createReadyEntry, signIn } from '../support/entry-factory';
import type { SignedInUser } from '../support/entry-factory';
import { PROFILES, testEnvironment } from '../support/environment';
import { addContestJudge } from '../support/judging-factory-judges';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';

interface Member {
  id: string;
  email: string;
  confirmation: string;
  respondedAt: string | null;
  invitedAt: string | null;
}

const COOL_DOWN_MS = 15 * 60 * 1000;

/**
 * Listing someone's address on a team asks them; it takes nothing from them. Members
 * confirm by a mailed single-use link; only confirmed members count as taking part.
 */
describe.each(PROFILES)('team members confirm their place (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let organizer: SignedInUser;

  const api = () => request(portal.url);
  const contest = (eligibility: EligibilityRules = {}) =>
    createContest(db, {
      codePrefix: `M${randomBytes(3).toString('hex').toUpperCase()}`,
      eligibility,
    });
  const address = (name: string) => `${name}.${randomBytes(3).toString('hex')}@truong.edu.vn`;
  const member = (email: string, fullName = 'Thành viên') => ({ fullName, email, role: 'member' });
  const leader = (owner: SignedInUser) => ({
    fullName: 'Trưởng nhóm',
    email: owner.email,
    role: 'leader',
  });
  /** A draft ready to submit, whose team is the owner and these addresses. */
  const entryOf = (owner: SignedInUser, c: ContestFixture, emails: string[] = []) =>
    createReadyEntry(portal.url, db, owner, c.id, {
      members: [leader(owner), ...emails.map((email) => member(email))],
    });
  const read = async (owner: SignedInUser, id: string) =>
    (await api().get(`/api/v1/entries/${id}`).set(owner.auth).expect(200)).body;
  const stateOf = async (owner: SignedInUser, id: string, email: string): Promise<Member> =>
    (await read(owner, id)).members.find((m: Member) => m.email === email);
  /** The secret of the last confirmation link mailed to `email` about the entry (from the outbox). */
  const tokenFor = async (entryId: string, email: string): Promise<string> => {
    const rows = await db.manager.find(Notification, {
      where: { template: 'team-membership', recipientEmail: email },
    });
    const mine = rows
      .filter((row) => row.dedupeKey.startsWith(`team-membership:${entryId}:`))
      .sort((a, b) => (a.dedupeKey < b.dedupeKey ? 1 : -1));
    expect(mine.length).toBeGreaterThan(0);
    return new URL(mine[0].data.link as string).searchParams.get('token') as string;
  };
  const mailsAbout = (entryId: string) =>
    db.manager.count(Notification, {
      where: { dedupeKey: Like(`team-membership:${entryId}:%`) },
    });
  /** Moves the entry's confirmation mails back past the cool-down, as time passing would. */
  const coolDownPassed = async (entryId: string) => {
    const rows = await db.manager.find(Notification, {
      where: { dedupeKey: Like(`team-membership:${entryId}:%`) },
    });
    for (const row of rows) {
      const at = row.dedupeKey.lastIndexOf(':') + 1;
      const earlier = Number(row.dedupeKey.slice(at)) - COOL_DOWN_MS - 1000;
      await db.manager.update(
        Notification,
        { id: row.id },
        { dedupeKey: `${row.dedupeKey.slice(0, at)}${earlier}` },
      );
    }
  };
  const confirm = (token: string) => api().post('/api/v1/memberships/confirm').send({ token });
  const decline = (token: string) => api().post('/api/v1/memberships/decline').send({ token });
  const submit = (owner: SignedInUser, id: string) =>
    api().post(`/api/v1/entries/${id}/submit`).set(owner.auth);
  const create = (who: SignedInUser, c: ContestFixture) =>
    api()
      .post(`/api/v1/contests/${c.id}/entries`)
      .set(who.auth)
      .send({ categoryKey: 'y-tuong', applicantType: 'team', title: 'Đội của tôi' });

  beforeAll(async () => {
    const env = await testEnvironment(profile, {
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      AUTH_IP_RATE_LIMIT_PER_MINUTE: '1000',
    });
    portal = await startPortal(env);
    db = await openDatabase(env);
    organizer = await signIn(portal.url, db, { role: Role.organizer });
  });
  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('lets a person listed on someone else`s draft enter on their own, and be invited to judge', async () => {
    const c = await contest({ onePersonOneEntry: true });
    const [a, b] = [await signIn(portal.url, db), await signIn(portal.url, db)];
    const judge = await createUser(db, { role: Role.applicant });
    await entryOf(a, c, [b.email, judge.email]);
    const own = await create(b, c);
    expect([own.status, own.body.status]).toEqual([201, 'draft']);
    const invited = await api()
      .post(`/api/v1/contests/${c.id}/judges`)
      .set(organizer.auth)
      .send({ email: judge.email });
    expect([invited.status, invited.body.code]).toEqual([201, undefined]);
  });

  it('lets B, listed on A`s draft, create an entry of their own; a confirmed member blocks, a declined one does not', async () => {
    const c = await contest({ onePersonOneEntry: true });
    const [a, b, d] = await Promise.all([
      signIn(portal.url, db),
      signIn(portal.url, db),
      signIn(portal.url, db),
    ]);
    const { id } = await entryOf(a, c, [b.email, d.email]);

    const listed = await read(a, id);
    expect(listed.members.map((m: Member) => [m.email, m.confirmation])).toEqual([
      [a.email, 'confirmed'],
      [b.email, 'pending'],
      [d.email, 'pending'],
    ]);
    expect(listed.members[1].invitedAt).toMatch(/\+07:00$/);
    expect(listed.memberConfirmation).toEqual({
      rule: 'before_submission',
      unconfirmed: [
        expect.objectContaining({ position: 1, email: b.email, confirmation: 'pending' }),
        expect.objectContaining({ position: 2, email: d.email, confirmation: 'pending' }),
      ],
      blocksSubmission: true,
    });
    expect(await mailsAbout(id)).toBe(2);

    // Being typed into A's team takes nothing from B.
    const own = await create(b, c).expect(201);
    // Now B leads another entry: confirming a place on A's is refused, and the link stays usable.
    const bToken = await tokenFor(id, b.email);
    const refused = await confirm(bToken).expect(409);
    expect(refused.body.code).toBe('ALREADY_IN_ANOTHER_ENTRY');
    expect((await stateOf(a, id, b.email)).confirmation).toBe('pending');
    await api().post(`/api/v1/entries/${own.body.id}/withdraw`).set(b.auth).expect(200);
    const confirmed = await confirm(bToken).expect(200);
    expect(confirmed.body).toMatchObject({
      confirmation: 'confirmed',
      entry: { title: listed.title, code: listed.code },
      contest: { slug: c.slug },
    });
    expect((await stateOf(a, id, b.email)).respondedAt).toMatch(/\+07:00$/);
    // Confirmed, B takes part: a second entry of B's own is refused.
    const blocked = await create(b, c).expect(403);
    expect(blocked.body.details).toEqual([
      expect.objectContaining({ code: 'ALREADY_IN_ANOTHER_ENTRY', memberIndex: 0 }),
    ]);
    // The link answered once.
    expect((await confirm(bToken).expect(400)).body.code).toBe('INVALID_TOKEN');

    // D declines: D is free, and A's entry shows it.
    await decline(await tokenFor(id, d.email)).expect(200);
    expect(await stateOf(a, id, d.email)).toMatchObject({ confirmation: 'declined' });
    await create(d, c).expect(201);
    const history = await db.manager.find(EntryEvent, { where: { entryId: id } });
    expect(history.map((e) => e.type).sort()).toEqual(
      ['created', 'member_confirmed', 'member_declined'].sort(),
    );
  });

  it('keeps the answers of members whose address did not change when the team is edited', async () => {
    const c = await contest();
    const a = await signIn(portal.url, db);
    const [b, d] = [address('binh'), address('dung')];
    const { id } = await entryOf(a, c, [b, d]);
    await confirm(await tokenFor(id, b)).expect(200);
    const dToken = await tokenFor(id, d);

    const e = address('em');
    const edited = await api()
      .patch(`/api/v1/entries/${id}`)
      .set(a.auth)
      .send({
        members: [
          leader(a),
          member(e, 'Em mới'),
          member(b.toUpperCase(), 'Bình (đổi tên)'),
          member(address('dung-moi')),
        ],
      })
      .expect(200);
    expect(
      edited.body.members.map((m: Member & { fullName: string }) => [m.fullName, m.confirmation]),
    ).toEqual([
      ['Trưởng nhóm', 'confirmed'],
      ['Em mới', 'pending'],
      ['Bình (đổi tên)', 'confirmed'],
      ['Thành viên', 'pending'],
    ]);
    // D's address changed: D's row and link are gone; the new address was mailed.
    expect((await confirm(dToken).expect(400)).body.code).toBe('INVALID_TOKEN');
    expect(await mailsAbout(id)).toBe(4);
  });

  it('refuses or annotates a submission with unconfirmed members as the contest`s rule says', async () => {
    const strict = await contest();
    const a = await signIn(portal.url, db);
    const m = address('minh');
    const { id } = await entryOf(a, strict, [m]);
    const waiting = await submit(a, id).expect(403);
    expect(waiting.body.code).toBe('NOT_ELIGIBLE');
    expect(waiting.body.details).toEqual([
      expect.objectContaining({
        field: 'members[1].email',
        code: 'MEMBER_NOT_CONFIRMED',
        memberIndex: 1,
        requirement: 'before_submission',
      }),
    ]);
    await decline(await tokenFor(id, m)).expect(200);
    const declined = await submit(a, id).expect(403);
    expect(declined.body.details).toEqual([
      expect.objectContaining({ code: 'MEMBER_DECLINED', memberIndex: 1 }),
    ]);

    // Asking again: not within the cool-down of the last mail; after it, a new link.
    const memberId = (await stateOf(a, id, m)).id;
    const resend = () =>
      api().post(`/api/v1/entries/${id}/members/${memberId}/invitation`).set(a.auth);
    const tooSoon = await resend().expect(429);
    expect(tooSoon.body).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      details: [expect.objectContaining({ field: 'memberId', retryAt: expect.any(String) })],
    });
    await coolDownPassed(id);
    expect((await resend().expect(202)).body).toMatchObject({ memberId, confirmation: 'pending' });
    expect(await stateOf(a, id, m)).toMatchObject({ confirmation: 'pending', respondedAt: null });
    await confirm(await tokenFor(id, m)).expect(200);
    expect((await resend().expect(409)).body.code).toBe('INVALID_STATUS_TRANSITION');
    const done = await submit(a, id).expect(200);
    expect(done.body.memberConfirmation).toEqual({
      rule: 'before_submission',
      unconfirmed: [],
      blocksSubmission: false,
    });
    // Someone else's entry or member is not found.
    const other = await signIn(portal.url, db);
    await api()
      .post(`/api/v1/entries/${id}/members/${memberId}/invitation`)
      .set(other.auth)
      .expect(404);

    // The organizers say what their contest requires.
    const lenient = await contest();
    const setRule = (memberConfirmation: string) =>
      api()
        .patch(`/api/v1/contests/${lenient.id}`)
        .set(organizer.auth)
        .send({ eligibility: { memberConfirmation } });
    expect((await setRule('sometimes').expect(400)).body.code).toBe('VALIDATION_FAILED');
    const configured = await setRule('not_required').expect(200);
    expect(configured.body.eligibility).toEqual({ memberConfirmation: 'not_required' });
    const n = address('nam');
    const second = await entryOf(a, lenient, [n]);
    const submitted = await submit(a, second.id).expect(200);
    expect(submitted.body).toMatchObject({
      status: 'submitted',
      memberConfirmation: {
        rule: 'not_required',
        unconfirmed: [{ position: 1, fullName: 'Thành viên', email: n, confirmation: 'pending' }],
        blocksSubmission: false,
      },
    });
  });

  it('lets exactly one of many parallel answers with one link win, and one of two confirmations of one person in a contest', async () => {
    const c = await contest({ onePersonOneEntry: true });
    const [a, b] = [await signIn(portal.url, db), await signIn(portal.url, db)];
    const p = address('phuong');
    const first = await entryOf(a, c, [p]);
    const token = await tokenFor(first.id, p);
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? confirm(token) : decline(token))),
    );
    const outcomes = answers.map((r) => `${r.status} ${r.body.code ?? ''}`.trim()).sort();
    expect(outcomes).toEqual(['200', ...Array(7).fill('400 INVALID_TOKEN')]);
    const events = await db.manager.find(EntryEvent, { where: { entryId: first.id } });
    expect(events.filter((e) => e.type.startsWith('member_'))).toHaveLength(1);

    // One person listed on two teams of a one-entry-per-person contest, confirming both at once.
    const q = address('quang');
    const teamA = await entryOf(b, c, [q]);
    const third = await signIn(portal.url, db);
    const teamB = await entryOf(third, c, [q]);
    const both = await Promise.all([
      confirm(await tokenFor(teamA.id, q)),
      confirm(await tokenFor(teamB.id, q)),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(both.find((r) => r.status === 409)?.body.code).toBe('ALREADY_IN_ANOTHER_ENTRY');
    expect(
      await db.manager.count(TeamMember, {
        where: { contestId: c.id, email: q, confirmation: MemberConfirmation.confirmed },
      }),
    ).toBe(1);
  });

  it('lets an organizer invite as a judge someone only listed on a draft; a confirmed member cannot judge, a judge cannot confirm', async () => {
    const c = await contest();
    const a = await signIn(portal.url, db);
    const judge = await createUser(db, { role: Role.applicant });
    const k = await createUser(db, { role: Role.applicant });
    const noAccount = address('khach');
    const { id } = await entryOf(a, c, [judge.email, k.email, noAccount]);
    const invite = (email: string) =>
      api().post(`/api/v1/contests/${c.id}/judges`).set(organizer.auth).send({ email });

    await invite(judge.email).expect(201);
    const refused = await confirm(await tokenFor(id, judge.email)).expect(409);
    expect(refused.body.code).toBe('JUDGE_OF_CONTEST');
    expect((await stateOf(a, id, judge.email)).confirmation).toBe('pending');

    await confirm(await tokenFor(id, k.email)).expect(200);
    expect((await invite(k.email).expect(409)).body.code).toBe('CANNOT_JUDGE');
    // A member confirms without an account; the address still cannot be made a judge.
    await confirm(await tokenFor(id, noAccount)).expect(200);
    expect((await invite(noAccount).expect(409)).body.code).toBe('CANNOT_JUDGE');
    expect(await db.manager.count(User, { where: { email: noAccount } })).toBe(0);
  });

  it('detects conflicts of interest from the whole team, members who have not confirmed included', async () => {
    const c = await contest();
    const a = await signIn(portal.url, db, { organization: 'Trường THPT Số 1' });
    const domain = `doanh-nghiep-${randomBytes(3).toString('hex')}.vn`;
    const judge = await createUser(db, { role: Role.judge, email: `gk@${domain}` });
    await addContestJudge(db, c.id, judge.id);
    const { id } = await api()
      .post(`/api/v1/contests/${c.id}/entries`)
      .set(a.auth)
      .send({
        categoryKey: 'y-tuong',
        applicantType: 'team',
        title: 'Xung đột',
        members: [
          leader(a),
          {
            fullName: 'Cố vấn',
            email: `co.van@${domain}`,
            organization: 'Công ty Số Hai',
            role: 'member',
          },
        ],
      })
      .expect(201)
      .then((res) => res.body);
    expect((await stateOf(a, id, `co.van@${domain}`)).confirmation).toBe('pending');
    const pairs = (
      await api().get(`/api/v1/contests/${c.id}/conflicts`).set(organizer.auth).expect(200)
    ).body.pairs as { judgeUserId: string; entryId: string; reasons: { subject: string }[] }[];
    expect(
      pairs.find((pair) => pair.judgeUserId === judge.id && pair.entryId === id)?.reasons,
    ).toEqual([
      expect.objectContaining({ source: 'detected', subject: 'email_domain', value: domain }),
    ]);
  });

  it('asks on a page that does not act on GET, answers by a form with CSRF, and shows states to the leader', async () => {
    const c = await contest();
    const a = await signIn(portal.url, db);
    await db.manager.update(User, { id: a.id }, { fullName: 'Lan <script>alert(1)</script>' });
    const m = address('mai');
    const { id } = await createReadyEntry(portal.url, db, a, c.id, {
      title: 'Nông sản <img src=x onerror=alert(1)>',
      members: [{ ...leader(a), fullName: 'Lan <script>alert(1)</script>' }, member(m, 'Mai')],
    });
    const token = await tokenFor(id, m);

    const visitor = request.agent(portal.url);
    const page = await visitor.get(`/membership?token=${token}`).expect(200);
    expect(page.text).toContain('Nông sản &lt;img src=x onerror=alert(1)&gt;');
    expect(page.text).toContain('Lan &lt;script&gt;');
    expect(page.text).toContain(c.nameVi);
    expect(page.text).not.toMatch(/<script>alert|<img src=x/);
    // Fetching the link (as a mail scanner does) answered nothing.
    expect((await stateOf(a, id, m)).confirmation).toBe('pending');
    const english = await request
      .agent(portal.url)
      .get(`/membership?token=${token}&answer=decline&lang=en`)
      .redirects(1)
      .expect(200);
    expect(english.text).toContain('I am not on this team');
    // Without the form's token, nothing happens.
    await visitor.post('/membership/confirm').type('form').send({ token }).expect(403);
    expect((await stateOf(a, id, m)).confirmation).toBe('pending');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] as string;
    const done = await visitor
      .post('/membership/confirm')
      .type('form')
      .send({ _csrf: csrf, token })
      .expect(200);
    expect(done.text).toContain('Bạn đã xác nhận là thành viên');
    const again = await visitor.get(`/membership?token=${token}`).expect(400);
    expect(again.text).toContain('Liên kết không hợp lệ hoặc đã được sử dụng.');

    // The leader's form and confirm-and-submit page show each member's state.
    const n = address('nga');
    await api()
      .patch(`/api/v1/entries/${id}`)
      .set(a.auth)
      .send({ members: [leader(a), member(m, 'Mai'), member(n, 'Nga')] })
      .expect(200);
    const leaderAgent = request.agent(portal.url);
    leaderAgent.set('cookie', await webSessionCookie(db, a.id));
    const form = await leaderAgent.get(`/entries/${id}/edit`).expect(200);
    expect(form.text).toContain('Đã xác nhận');
    expect(form.text).toContain('Chờ xác nhận');
    const nId = (await stateOf(a, id, n)).id;
    expect(form.text).toContain(`form="resend-${nId}"`);
    expect(form.text).toContain(`action="/entries/${id}/members/${nId}/resend"`);
    const confirmPage = await leaderAgent.get(`/entries/${id}/submit`).expect(200);
    expect(confirmPage.text).toContain(
      'Cuộc thi yêu cầu mọi thành viên xác nhận trước khi nộp bài dự thi.',
    );
    expect(confirmPage.text).toContain(`Nga (${n}): Chờ xác nhận`);
    const formCsrf = /name="_csrf" value="([^"]+)"/.exec(form.text)?.[1] as string;
    const tooSoon = await leaderAgent
      .post(`/entries/${id}/members/${nId}/resend`)
      .type('form')
      .send({ _csrf: formCsrf })
      .expect(429);
    expect(tooSoon.text).toContain('Một thư xác nhận vừa được gửi tới địa chỉ này.');
    await coolDownPassed(id);
    const resent = await leaderAgent
      .post(`/entries/${id}/members/${nId}/resend`)
      .type('form')
      .send({ _csrf: formCsrf })
      .expect(303);
    expect(resent.headers.location).toBe(`/entries/${id}/edit?resent=1#team`);

    // Organizers choose the rule on the contest's settings page; a category may differ.
    const organizerAgent = request.agent(portal.url);
    organizerAgent.set('cookie', await webSessionCookie(db, organizer.id));
    const settings = await organizerAgent.get(`/organizer/contests/${c.id}`).expect(200);
    expect(settings.text).toContain('<select id="memberConfirmation" name="memberConfirmation">');
    expect(settings.text).toContain('<option value="not_required">');
    const category = await organizerAgent
      .get(`/organizer/contests/${c.id}/categories/${c.category.id}`)
      .expect(200);
    expect(category.text).toContain('Như cuộc thi');
  });
});
