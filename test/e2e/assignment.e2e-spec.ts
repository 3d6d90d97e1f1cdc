import request from 'supertest';
import type { DataSource } from 'typeorm';
import { AuditLog } from '@app/accounts/audit/audit-log.entity';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { Entry, EntryStatus } from '@app/entries/entries/entry.entity';
import { Assignment, AssignmentStatus } from '@app/judging/assignment/assignment.entity';
import { RoundEntry, RoundEntryStatus } from '@app/judging/assignment/round-entry.entity';
import { Notification } from '@app/notifications/outbox/notification.entity';
import { Round as RoundRow } from '@app/contests/rounds/round.entity';
import type { Round } from '@app/contests/rounds/round.entity';
import { createContest, createRound } from '../support/contest-factory';
import type { ContestFixture } from '../support/contest-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import {
  acceptedJudges,
  entriesWithStatus,
  recordEntryConflict,
} from '../support/judging-factory-assignment';
import { signIn } from '../support/entry-factory';
import type { SignedInUser } from '../support/entry-factory';
import { RunningPortal, RunningProcess, spawnApp, startPortal, waitFor } from '../support/portal';
import { webSessionCookie } from '../support/sessions';

/** Rounds above this many entries are assigned by a queued job. */
const JOB_THRESHOLD = 5;

interface MatrixBody {
  judges: Array<{ judgeUserId: string; load: number }>;
  entries: Array<{ entryId: string; assignments: number }>;
  assignments: Array<{
    id: string;
    entryId: string;
    judgeUserId: string;
    status: string;
    source: string;
  }>;
  loads: { min: number; max: number; spread: number };
}

describe.each(PROFILES)('assignment of judges (%s profile)', (profile) => {
  let portal: RunningPortal;
  let worker: RunningProcess | undefined;
  let db: DataSource;
  let organizer: SignedInUser;
  let applicant: SignedInUser;
  let judgeUser: SignedInUser;
  let contest: ContestFixture;
  let round1: Round;
  let round2: Round;
  let eligible: Entry[];
  let judges: User[];

  const as = (who: SignedInUser) => ({
    get: (path: string) => request(portal.url).get(path).set(who.auth),
    post: (path: string, body: object = {}) =>
      request(portal.url).post(path).set(who.auth).send(body),
    patch: (path: string, body: object) => request(portal.url).patch(path).set(who.auth).send(body),
    delete: (path: string) => request(portal.url).delete(path).set(who.auth),
  });
  const matrix = async (roundId: string): Promise<MatrixBody> =>
    (await as(organizer).get(`/api/v1/rounds/${roundId}/assignments`).expect(200)).body;

  beforeAll(async () => {
    const env = await testEnvironment(profile, { ASSIGNMENT_JOB_THRESHOLD: String(JOB_THRESHOLD) });
    portal = await startPortal(env);
    if (profile === 'production') worker = spawnApp('worker', env);
    db = await openDatabase(env);
    organizer = await signIn(portal.url, db, { role: Role.organizer });
    applicant = await signIn(portal.url, db, { role: Role.applicant });
    judgeUser = await signIn(portal.url, db, { role: Role.judge });

    contest = await createContest(db);
    round1 = await createRound(db, contest, {
      position: 1,
      reviewsPerEntry: 2,
      judgingClosesAt: new Date(Date.now() + 14 * 86400_000),
    });
    round2 = await createRound(db, contest, { position: 2, reviewsPerEntry: 2 });
    eligible = await entriesWithStatus(db, contest, 4);
    await entriesWithStatus(db, contest, 1, EntryStatus.submitted);
    judges = await acceptedJudges(db, contest, [
      { organization: 'Trường Đại học Phạm Văn Đồng', fullName: 'GK An' },
      { organization: 'trường đại học  Phạm Văn Đồng', fullName: 'GK Bình' },
      { organization: 'Sở Khoa học và Công nghệ', fullName: 'GK Cường' },
      { organization: null, fullName: 'GK Dung' },
    ]);
    await recordEntryConflict(db, contest.id, judges[2].id, eligible[0].id, organizer.id);
  });

  afterAll(async () => {
    await worker?.stop();
    await portal?.stop();
    await db?.destroy();
  });

  it('is for organizers only', async () => {
    for (const who of [applicant, judgeUser]) {
      await as(who).post(`/api/v1/rounds/${round1.id}/entries/intake`).expect(403);
      await as(who).get(`/api/v1/rounds/${round1.id}/assignments`).expect(403);
      await as(who).post(`/api/v1/rounds/${round1.id}/assignments/auto`).expect(403);
    }
    await request(portal.url).get(`/api/v1/rounds/${round1.id}/entries`).expect(401);
  });

  it('takes the eligible entries into round 1, once', async () => {
    const first = await as(organizer)
      .post(`/api/v1/rounds/${round1.id}/entries/intake`)
      .expect(200);
    expect(first.body).toEqual({ roundId: round1.id, added: 4, total: 4 });
    const again = await as(organizer)
      .post(`/api/v1/rounds/${round1.id}/entries/intake`)
      .expect(200);
    expect(again.body).toMatchObject({ added: 0, total: 4 });
    const listed = await as(organizer).get(`/api/v1/rounds/${round1.id}/entries`).expect(200);
    expect((listed.body as Array<{ entryId: string }>).map((e) => e.entryId).sort()).toEqual(
      eligible.map((e) => e.id).sort(),
    );
  });

  it('takes the entries advanced from round 1 into round 2', async () => {
    await db.manager.update(
      RoundEntry,
      { roundId: round1.id, entryId: eligible[1].id },
      { status: RoundEntryStatus.advanced },
    );
    const res = await as(organizer).post(`/api/v1/rounds/${round2.id}/entries/intake`).expect(200);
    expect(res.body).toMatchObject({ added: 1, total: 1 });
    await db.manager.update(
      RoundEntry,
      { roundId: round1.id, entryId: eligible[1].id },
      { status: RoundEntryStatus.inRound },
    );
  });

  it('assigns automatically: balanced, no conflict, one judge per organisation, digest mails', async () => {
    const res = await as(organizer)
      .post(`/api/v1/rounds/${round1.id}/assignments/auto`)
      .expect(200);
    expect(res.body).toMatchObject({ queued: false, created: 8 });
    expect(res.body.loads).toMatchObject({ min: 2, max: 2, spread: 0, balanced: true });
    expect(res.body.unfilled).toEqual([]);

    const rows = await db.manager.findBy(Assignment, { roundId: round1.id });
    expect(rows).toHaveLength(8);
    expect(rows.some((a) => a.judgeUserId === judges[2].id && a.entryId === eligible[0].id)).toBe(
      false,
    );
    for (const entry of eligible) {
      const on = rows.filter((a) => a.entryId === entry.id).map((a) => a.judgeUserId);
      expect(on).toHaveLength(2);
      // GK An and GK Bình write their university differently but it is one organisation.
      expect(on.includes(judges[0].id) && on.includes(judges[1].id)).toBe(false);
    }
    // Compared with the stored value: MySQL keeps whole seconds of the round's deadline.
    const stored = await db.manager.findOneByOrFail(RoundRow, { id: round1.id });
    for (const a of rows) {
      expect(a.source).toBe('auto');
      expect(a.dueAt?.getTime()).toBe(stored.judgingClosesAt?.getTime());
    }

    const mails = await db.manager.findBy(Notification, { template: 'judging-assignments-digest' });
    expect(mails).toHaveLength(4);
    expect(new Set(mails.map((m) => m.recipientUserId))).toEqual(new Set(judges.map((j) => j.id)));
    expect(mails.every((m) => m.dedupeKey.endsWith(`:${res.body.batchId}`))).toBe(true);
    expect(mails[0].data).toMatchObject({ count: 2, link: 'http://portal.test/judging/queue' });

    const rerun = await as(organizer)
      .post(`/api/v1/rounds/${round1.id}/assignments/auto`)
      .expect(200);
    expect(rerun.body.created).toBe(0);
    const view = await matrix(round1.id);
    expect(view.assignments).toHaveLength(8);
    expect(view.loads).toEqual({ min: 2, max: 2, spread: 0 });
  });

  it('adds, moves and removes by hand, refusing a conflicted judge and unconfirmed scored changes', async () => {
    const base = `/api/v1/rounds/${round1.id}/assignments`;
    const conflicted = await as(organizer)
      .post(base, { entryId: eligible[0].id, judgeUserId: judges[2].id })
      .expect(409);
    expect(conflicted.body.code).toBe('CONFLICT_OF_INTEREST');

    const view = await matrix(round1.id);
    const onFirst = view.assignments.filter((a) => a.entryId === eligible[0].id);
    const taken = onFirst[0];
    const duplicate = await as(organizer)
      .post(base, { entryId: taken.entryId, judgeUserId: taken.judgeUserId })
      .expect(409);
    expect(duplicate.body.code).toBe('CONFLICT');

    await as(organizer).delete(`/api/v1/assignments/${taken.id}`).expect(204);
    const added = await as(organizer)
      .post(base, { entryId: taken.entryId, judgeUserId: taken.judgeUserId })
      .expect(201);
    expect(added.body).toMatchObject({ source: 'manual', status: 'assigned' });

    // Move it to a judge free of the entry (not conflicted, not on it).
    const onIds = new Set(onFirst.map((a) => a.judgeUserId));
    const free = judges.find((j) => !onIds.has(j.id) && j.id !== judges[2].id)!;
    const moved = await as(organizer)
      .patch(`/api/v1/assignments/${added.body.id}`, { judgeUserId: free.id })
      .expect(200);
    expect(moved.body.judgeUserId).toBe(free.id);
    const toConflicted = await as(organizer)
      .patch(`/api/v1/assignments/${added.body.id}`, { judgeUserId: judges[2].id })
      .expect(409);
    expect(toConflicted.body.code).toBe('CONFLICT_OF_INTEREST');

    await db.manager.update(Assignment, { id: added.body.id }, { status: AssignmentStatus.scored });
    await as(organizer).delete(`/api/v1/assignments/${added.body.id}`).expect(409);
    await as(organizer)
      .patch(`/api/v1/assignments/${added.body.id}`, { judgeUserId: taken.judgeUserId })
      .expect(409);
    await as(organizer).delete(`/api/v1/assignments/${added.body.id}?confirm=true`).expect(204);
    expect(await db.manager.existsBy(Assignment, { id: added.body.id })).toBe(false);

    const actions = (await db.manager.findBy(AuditLog, { actorId: organizer.id })).map(
      (a) => a.action,
    );
    for (const action of ['assignment.added', 'assignment.moved', 'assignment.removed'])
      expect(actions).toContain(action);
  });

  it('gives the entry to another judge when one declares a conflict', async () => {
    const other = await createContest(db);
    const round = await createRound(db, other, { position: 1, reviewsPerEntry: 2 });
    const [entry] = await entriesWithStatus(db, other, 2);
    const pool = await acceptedJudges(db, other, [
      { organization: 'Tỉnh đoàn' },
      { organization: 'Tỉnh đoàn' },
      {},
      {},
    ]);
    await as(organizer).post(`/api/v1/rounds/${round.id}/entries/intake`).expect(200);
    await as(organizer).post(`/api/v1/rounds/${round.id}/assignments/auto`).expect(200);
    const mine = await db.manager.findOneByOrFail(Assignment, {
      roundId: round.id,
      entryId: entry.id,
    });
    const judge = pool.find((j) => j.id === mine.judgeUserId)!;
    const login = await request(portal.url)
      .post('/api/v1/auth/login')
      .send({ email: judge.email, password: FACTORY_PASSWORD })
      .expect(200);
    await request(portal.url)
      .post(`/api/v1/judging/assignments/${mine.id}/conflict`)
      .set('authorization', `Bearer ${login.body.accessToken}`)
      .send({ reason: 'Tôi là cố vấn của nhóm này.' })
      .expect(200);

    const rows = await db.manager.findBy(Assignment, { roundId: round.id, entryId: entry.id });
    expect(rows.find((a) => a.id === mine.id)?.status).toBe(AssignmentStatus.released);
    const active = rows.filter((a) => a.status !== AssignmentStatus.released);
    expect(active).toHaveLength(2);
    expect(active.map((a) => a.judgeUserId)).not.toContain(judge.id);
    const orgs = active
      .map((a) => pool.find((j) => j.id === a.judgeUserId)!.organization)
      .filter(Boolean);
    expect(new Set(orgs).size).toBe(orgs.length);
  });

  let finishedJob: { roundId: string; jobId: string } | undefined;

  it('assigns a large round as a queued job with progress', async () => {
    const big = await createContest(db);
    const round = await createRound(db, big, { position: 1, reviewsPerEntry: 2 });
    await entriesWithStatus(db, big, JOB_THRESHOLD + 2);
    await acceptedJudges(db, big, [{}, {}, {}]);
    await as(organizer).post(`/api/v1/rounds/${round.id}/entries/intake`).expect(200);
    const started = await as(organizer)
      .post(`/api/v1/rounds/${round.id}/assignments/auto`)
      .expect(202);
    expect(started.body).toMatchObject({ queued: true, roundId: round.id });
    const done = await waitFor(async () => {
      const res = await as(organizer)
        .get(`/api/v1/rounds/${round.id}/assignments/jobs/${started.body.jobId}`)
        .expect(200);
      return res.body.state === 'done' || res.body.state === 'failed' ? res.body : undefined;
    }, 'the assignment job to finish');
    expect(done).toMatchObject({ state: 'done', progress: 100 });
    finishedJob = { roundId: round.id, jobId: started.body.jobId };
    expect(done.result).toMatchObject({ created: (JOB_THRESHOLD + 2) * 2 });
    await as(organizer)
      .get(`/api/v1/rounds/${round1.id}/assignments/jobs/${started.body.jobId}`)
      .expect(404);
  });

  it('shows the matrix page to organizers, with the progress of a job', async () => {
    const cookie = await webSessionCookie(db, organizer.id);
    const page = await request(portal.url)
      .get(`/organizer/rounds/${round1.id}/assignments`)
      .set('cookie', cookie)
      .expect(200);
    expect(page.text).toContain('Phân công giám khảo');
    expect(page.text).toContain('GK An');
    // A conflicted pair is marked as such, not shown like an empty cell.
    const matrix = (await as(organizer).get(`/api/v1/rounds/${round1.id}/assignments`).expect(200))
      .body;
    expect(matrix.conflicts).toContainEqual({
      judgeUserId: judges[2].id,
      entryId: eligible[0].id,
    });
    expect(page.text.match(/badge badge--conflict/g)).toHaveLength(matrix.conflicts.length);
    const progress = await request(portal.url)
      .get(`/organizer/rounds/${finishedJob!.roundId}/assignments?job=${finishedJob!.jobId}`)
      .set('cookie', cookie)
      .expect(200);
    expect(progress.text).toMatch(/<progress max="100" value="100"/);
    expect(progress.headers.refresh).toBeUndefined();
    const other = await createUser(db, { role: Role.judge });
    await request(portal.url)
      .get(`/organizer/rounds/${round1.id}/assignments`)
      .set('cookie', await webSessionCookie(db, other.id))
      .expect(403);
  });

  it('re-evaluates conflicts after a team change: the stale assignment is released and refilled', async () => {
    // A fresh round, so the earlier manual changes of round 1 do not matter here.
    const round = await createRound(db, contest, { position: 9, reviewsPerEntry: 1 });
    await db.manager.insert(RoundEntry, {
      roundId: round.id,
      entryId: eligible[1].id,
      status: RoundEntryStatus.inRound,
    });
    await as(organizer).post(`/api/v1/rounds/${round.id}/assignments/auto`).expect(200);
    const [first] = await db.manager.findBy(Assignment, { roundId: round.id });
    const judge = judges.find((j) => j.id === first.judgeUserId)!;
    const organisation = judge.organization ?? 'Sở Khoa học và Công nghệ';
    if (!judge.organization)
      await db.manager.update(User, { id: judge.id }, { organization: organisation });
    // The team now comes from the judge's organisation: a detected conflict.
    await db.manager.update(Entry, { id: eligible[1].id }, { organization: organisation });

    const rerun = await as(organizer)
      .post(`/api/v1/rounds/${round.id}/assignments/auto`)
      .expect(200);
    expect(rerun.body.created).toBe(1);
    const rows = await db.manager.findBy(Assignment, { roundId: round.id });
    expect(rows.find((a) => a.id === first.id)?.status).toBe(AssignmentStatus.released);
    const active = rows.filter((a) => a.status !== AssignmentStatus.released);
    expect(active).toHaveLength(1);
    expect(active[0].judgeUserId).not.toBe(judge.id);
  });
});
