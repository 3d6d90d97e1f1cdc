import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { Assignment, AssignmentStatus } from '@app/judging/assignment/assignment.entity';
import { RoundEntry, RoundEntryStatus } from '@app/judging/assignment/round-entry.entity';
import { TeamMember } from '@app/entries/members/team-member.entity';
import { Notification } from '@app/notifications/outbox/notification.entity';
import { openDatabase } from '../support/database';
import { PROFILES, Profile, testEnvironment } from '../support/environment';
import { RunningPortal, RunningProcess, spawnApp, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';
import {
  ScoringScenario,
  scoringScenario,
  SignedInJudge,
  signInWith,
} from '../support/judging-factory-scoring';

type Subject = 'organization' | 'email_domain' | 'person';

/**
 * Blind judging must not leak through conflict declarations: in a blind contest, nothing a
 * judge does tells them whether a person, school or domain belongs to a team they judge.
 * The judge-visible answers to a matching and a non-matching declaration (and to their
 * withdrawal) are compared byte for byte, apart from ids, times and the typed value.
 */
describe.each(PROFILES)('conflict declarations in a blind contest (%s)', (profile: Profile) => {
  let portal: RunningPortal;
  const others: RunningProcess[] = [];
  let db: DataSource;
  let env: Record<string, string>;
  let organizer: SignedInJudge;

  const api = () => request(portal.url);

  beforeAll(async () => {
    env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    if (profile === 'production') others.push(spawnApp('worker', env));
    organizer = await signInWith(portal.url, db, {
      role: Role.organizer,
      email: `btc.${randomBytes(3).toString('hex')}@gmail.com`,
      fullName: 'Ban tổ chức',
    });
  });

  afterAll(async () => {
    await Promise.all([portal?.stop(), ...others.map((proc) => proc.stop())]);
    await db?.destroy();
  });

  /**
   * A blind round: the first judge holds both entries, two spare judges can take over. The
   * first entry's team has a member of an institutional domain, so all three kinds of
   * declaration can match it.
   */
  async function blindRound(input: { blind?: boolean; assignedJudges?: number } = {}) {
    const s = await scoringScenario(portal.url, db, env, {
      blind: input.blind ?? true,
      judges: 3,
      assignedJudges: input.assignedJudges ?? 1,
      entries: 2,
    });
    const t = randomBytes(3).toString('hex');
    const insider = {
      email: `co.van.${t}@truong-bi-mat-${t}.edu.vn`,
      organization: `Trường THPT Bí Mật ${t}`,
    };
    await db.manager.insert(TeamMember, {
      entryId: s.entries[0].id,
      contestId: s.contest.id,
      fullName: `Cố vấn ${t}`,
      email: insider.email,
      organization: insider.organization,
      role: 'member',
      position: 9,
    } as Partial<TeamMember>);
    const matching: Record<Subject, string> = {
      organization: insider.organization,
      email_domain: `truong-bi-mat-${t}.edu.vn`,
      person: insider.email,
    };
    const unrelated: Record<Subject, string> = {
      organization: `Trường THPT Không Liên Quan ${t}`,
      email_domain: `khong-lien-quan-${t}.edu.vn`,
      person: `nguoi.la.${t}@khong-lien-quan-${t}.edu.vn`,
    };
    return { s, judge: s.judges[0], matching, unrelated };
  }

  /** Ids, instants, CSRF tokens and the declared value out; everything else must be equal. */
  const normalise = (text: string, value: string) =>
    text
      .split(value)
      .join('<value>')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>')
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)/g, '<time>')
      .replace(/name="_csrf" value="[^"]+"/g, 'name="_csrf" value="<csrf>"');

  /**
   * Everything the judge can look at, as text: `queue` does not depend on their own
   * declarations at all; `own` is their list of declarations (which shows the typed value).
   */
  async function judgeSees(s: ScoringScenario, judge: SignedInJudge) {
    const queue: string[] = [];
    const own: string[] = [];
    const text = (res: request.Response) =>
      `${res.status} ${res.headers['content-type'] ?? ''} ${res.text ?? ''}`;
    queue.push(text(await api().get('/api/v1/judging/queue').set(judge.auth)));
    own.push(text(await api().get('/api/v1/judging/conflicts').set(judge.auth)));
    for (let e = 0; e < s.entries.length; e++) {
      const id = s.assignment(0, e).id;
      queue.push(text(await api().get(`/api/v1/judging/assignments/${id}`).set(judge.auth)));
      const file = await api()
        .get(`/api/v1/judging/assignments/${id}/files/${s.attachmentOf(e).id}`)
        .set(judge.auth);
      queue.push(
        `${file.status} ${file.headers['content-length']} ${file.headers['content-disposition']}`,
      );
    }
    const agent = request.agent(portal.url).set('cookie', await webSessionCookie(db, judge.id));
    queue.push(text(await agent.get('/judging/queue')));
    own.push(text(await agent.get('/judging/conflicts')));
    queue.push(`mails: ${await db.manager.countBy(Notification, { recipientUserId: judge.id })}`);
    return { queue: normalise(queue.join('\n'), '\u0000'), own: own.join('\n') };
  }

  /** Declares `value` and withdraws it; what the judge saw at each step, with the value masked. */
  async function cycle(
    s: ScoringScenario,
    judge: SignedInJudge,
    subject: Subject,
    value: string,
    baseline: string,
  ): Promise<string> {
    const declared = await api()
      .post('/api/v1/judging/conflicts')
      .set(judge.auth)
      .send({ contestId: s.contest.id, subject, value, reason: 'Quan hệ công tác' });
    expect(declared.body.status).toBe('pending');
    const afterDeclaring = await judgeSees(s, judge);
    const withdrawn = await api()
      .delete(`/api/v1/judging/conflicts/${declared.body.id as string}`)
      .set(judge.auth);
    const afterWithdrawing = await judgeSees(s, judge);
    // The queue, every assignment, its files, the pages and the mails: as before anything.
    expect([subject, value, afterDeclaring.queue]).toEqual([subject, value, baseline]);
    expect([subject, value, afterWithdrawing.queue]).toEqual([subject, value, baseline]);
    return normalise(
      [
        `${declared.status} ${declared.text}`,
        afterDeclaring.own,
        `${withdrawn.status} ${withdrawn.text}`,
        afterWithdrawing.own,
      ].join('\n'),
      value,
    );
  }

  it('answers a matching and an unrelated declaration, and their withdrawal, identically, and changes no queue', async () => {
    const { s, judge, matching, unrelated } = await blindRound();
    const { queue: baseline } = await judgeSees(s, judge);
    for (const subject of ['organization', 'email_domain', 'person'] as const) {
      const hit = await cycle(s, judge, subject, matching[subject], baseline);
      const miss = await cycle(s, judge, subject, unrelated[subject], baseline);
      expect([subject, hit]).toEqual([subject, miss]);
    }
    const queue = await api().get('/api/v1/judging/queue').set(judge.auth).expect(200);
    expect(queue.body.progress).toEqual({ scored: 0, total: 2 });
    const active = await db.manager.findBy(Assignment, { judgeUserId: judge.id });
    expect(active.map((a) => a.status)).toEqual([
      AssignmentStatus.assigned,
      AssignmentStatus.assigned,
    ]);
  });

  it('lets organizers see what a pending declaration matches, accept it (the entry goes to another judge) or reject it; withdrawing never brings an entry back', async () => {
    const { s, judge, matching, unrelated } = await blindRound();
    const declare = async (subject: Subject, value: string) =>
      (
        await api()
          .post('/api/v1/judging/conflicts')
          .set(judge.auth)
          .send({ contestId: s.contest.id, subject, value, reason: 'Từng công tác' })
          .expect(201)
      ).body;
    const hit = await declare('organization', matching.organization);
    const miss = await declare('email_domain', unrelated.email_domain);
    await api().post(`/api/v1/conflicts/${hit.id}/accept`).set(judge.auth).expect(403);

    const listing = await api()
      .get(`/api/v1/contests/${s.contest.id}/conflicts`)
      .set(organizer.auth)
      .expect(200);
    const review = (id: string) =>
      listing.body.reviews.find((r: { conflict: { id: string } }) => r.conflict.id === id);
    expect(review(hit.id).matches).toEqual([
      expect.objectContaining({
        entryId: s.entries[0].id,
        entryCode: s.entries[0].code,
        assignmentIds: [s.assignment(0, 0).id],
      }),
    ]);
    expect(review(miss.id).matches).toEqual([]);
    // Pending declarations do not count yet: no pair, no hidden assignment.
    expect(listing.body.pairs).toEqual([]);

    const organizerPages = request
      .agent(portal.url)
      .set('cookie', await webSessionCookie(db, organizer.id));
    const page = await organizerPages.get(`/organizer/contests/${s.contest.id}/judges`).expect(200);
    expect(page.text).toContain('Khai báo chờ xem xét');
    expect(page.text).toContain(`${s.entries[0].code} · ${s.entries[0].title}`);
    expect(page.text).toContain(`/judges/conflicts/${hit.id}/accept`);

    const accepted = await api()
      .post(`/api/v1/conflicts/${hit.id}/accept`)
      .set(organizer.auth)
      .expect(200);
    expect(accepted.body.conflict.status).toBe('effective');
    expect(accepted.body.released).toEqual([
      {
        assignmentId: s.assignment(0, 0).id,
        entryId: s.entries[0].id,
        replacementJudgeUserId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      },
    ]);
    const replacement = s.judges.find(
      (j) => j.id === accepted.body.released[0].replacementJudgeUserId,
    )!;
    const theirs = await api().get('/api/v1/judging/queue').set(replacement.auth).expect(200);
    expect(theirs.body.items.map((i: { entry: { code: string } }) => i.entry.code)).toEqual([
      s.entries[0].code,
    ]);
    await api().post(`/api/v1/conflicts/${hit.id}/accept`).set(organizer.auth).expect(409);

    const codesOf = async () =>
      (await api().get('/api/v1/judging/queue').set(judge.auth).expect(200)).body.items.map(
        (i: { entry: { code: string } }) => i.entry.code,
      );
    expect(await codesOf()).toEqual([s.entries[1].code]);
    await api()
      .get(`/api/v1/judging/assignments/${s.assignment(0, 0).id}`)
      .set(judge.auth)
      .expect(404);

    // Withdrawn after acceptance: the entry stays with the other judge.
    await api().delete(`/api/v1/judging/conflicts/${hit.id}`).set(judge.auth).expect(204);
    expect(await codesOf()).toEqual([s.entries[1].code]);
    expect(
      (await db.manager.findOneByOrFail(Assignment, { id: s.assignment(0, 0).id })).status,
    ).toBe(AssignmentStatus.released);

    // Rejected through the page's form.
    const rejected = await organizerPages
      .post(`/organizer/contests/${s.contest.id}/judges/conflicts/${miss.id}/reject`)
      .type('form')
      .send({ _csrf: /name="_csrf" value="([^"]+)"/.exec(page.text)![1] })
      .expect(303);
    const after = await organizerPages.get(rejected.headers.location).expect(200);
    expect(after.text).toContain('Đã ghi nhận: không chấp nhận khai báo.');
    expect(after.text).not.toContain('Khai báo chờ xem xét');
    const own = await api().get('/api/v1/judging/conflicts').set(judge.auth).expect(200);
    expect(own.body).toEqual([expect.objectContaining({ id: miss.id, status: 'rejected' })]);
    expect(await codesOf()).toEqual([s.entries[1].code]);
    expect(await db.manager.countBy(Notification, { recipientUserId: judge.id })).toBe(0);
  });

  it('applies a declaration made before any assignment at once: the assignment leaves the matching entry out', async () => {
    const { s, judge, matching } = await blindRound({ assignedJudges: 0 });
    const declared = await api()
      .post('/api/v1/judging/conflicts')
      .set(judge.auth)
      .send({ contestId: s.contest.id, subject: 'email_domain', value: matching.email_domain })
      .expect(201);
    expect(declared.body.status).toBe('effective');
    for (const entry of s.entries)
      await db.manager.insert(RoundEntry, {
        roundId: s.round.id,
        entryId: entry.id,
        status: RoundEntryStatus.inRound,
      });
    await api()
      .post(`/api/v1/rounds/${s.round.id}/assignments/auto`)
      .set(organizer.auth)
      .expect(200);
    const mine = await db.manager.findBy(Assignment, {
      roundId: s.round.id,
      judgeUserId: judge.id,
    });
    expect(mine.map((a) => a.entryId)).toEqual([s.entries[1].id]);

    // A team change brings the domain into the other entry: the declaration hides it. Its
    // withdrawal must not bring it back; the hidden assignment is released instead.
    await db.manager.insert(TeamMember, {
      entryId: s.entries[1].id,
      contestId: s.contest.id,
      fullName: 'Thành viên mới',
      email: `moi@${matching.email_domain}`,
      role: 'member',
      position: 9,
    } as Partial<TeamMember>);
    const total = async () =>
      (await api().get('/api/v1/judging/queue').set(judge.auth).expect(200)).body.progress.total;
    expect(await total()).toBe(0);
    await api().delete(`/api/v1/judging/conflicts/${declared.body.id}`).set(judge.auth).expect(204);
    expect(await total()).toBe(0);
    expect((await db.manager.findOneByOrFail(Assignment, { id: mine[0].id })).status).toBe(
      AssignmentStatus.released,
    );
  });

  it('keeps today’s behaviour when judging is not blind: a declaration applies at once, its withdrawal lifts it', async () => {
    const { s, judge, matching } = await blindRound({ blind: false });
    const declared = await api()
      .post('/api/v1/judging/conflicts')
      .set(judge.auth)
      .send({ contestId: s.contest.id, subject: 'person', value: matching.person })
      .expect(201);
    expect(declared.body.status).toBe('effective');
    const queue = async () =>
      (await api().get('/api/v1/judging/queue').set(judge.auth).expect(200)).body.progress;
    expect(await queue()).toEqual({ scored: 0, total: 1 });
    await api().delete(`/api/v1/judging/conflicts/${declared.body.id}`).set(judge.auth).expect(204);
    expect(await queue()).toEqual({ scored: 0, total: 2 });
  });
});
