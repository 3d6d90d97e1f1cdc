import { type ConnectionOptions, Queue } from 'bullmq';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { Round } from '@app/contests/rounds/round.entity';
import { RoundEntry } from '@app/judging/assignment/round-entry.entity';
import { redisOptions } from '@app/platform/redis/redis-connection';
import { createUser, openDatabase } from '../support/database';
import { signIn, type SignedInUser } from '../support/entry-factory';
import { PROFILES, Profile, testEnvironment } from '../support/environment';
import {
  rankingResultCount,
  rankingRound,
  roundEntry,
  submittedScore,
} from '../support/judging-factory-ranking';
import { webSessionCookie } from '../support/sessions';
import { RunningPortal, RunningProcess, spawnApp, startPortal, waitFor } from '../support/portal';

const v = (a: number, b: number, c: number) => ({ 'doi-moi': a, 'kha-thi': b, 'doi-ngu': c });

/**
 * Rankings of a round, recomputed from submitted scores by a coalesced job (the worker's
 * in production, the portal's own debounced task embedded), stored, and shown to organizers.
 */
describe.each(PROFILES)('rankings (%s)', (profile: Profile) => {
  const processes: RunningProcess[] = [];
  let portal: RunningPortal;
  let db: DataSource;
  let env: Record<string, string>;
  let organizer: SignedInUser;

  beforeAll(async () => {
    env = await testEnvironment(profile);
    portal = await startPortal(env);
    processes.push(portal);
    if (profile === 'production') processes.push(spawnApp('worker', env));
    db = await openDatabase(env);
    organizer = await signIn(portal.url, db, { role: Role.organizer });
  });

  afterAll(async () => {
    await Promise.all(processes.map((proc) => proc.stop()));
    if (profile === 'production') {
      const queue = new Queue('ranking', {
        connection: redisOptions(env.REDIS_URL, 'producer') as ConnectionOptions,
        prefix: env.QUEUE_PREFIX,
      });
      await queue.obliterate({ force: true });
      await queue.close();
    }
    await db?.destroy();
  });

  /** Asks for a recomputation as an organizer and reads the ranking once one is stored. */
  async function recomputedRanking(round: Round) {
    const path = `/api/v1/rounds/${round.id}/ranking`;
    await request(portal.url).post(`${path}/recompute`).set(organizer.auth).expect(202);
    await waitFor(async () => (await rankingResultCount(db, round)) > 0, 'the ranking', 15000);
    return (await request(portal.url).get(path).set(organizer.auth).expect(200)).body;
  }

  it('ranks a round by every method, matching the hand-computed numbers', async () => {
    const fixture = await rankingRound(db, { minTotal: 52 });
    // Two reviews asked per entry: y has them, x and z one each, w none.
    await db.manager.update(Round, { id: fixture.round.id }, { reviewsPerEntry: 2 });
    const [ideas, projects] = fixture.categories;
    const x = await roundEntry(db, fixture, ideas);
    const y = await roundEntry(db, fixture, ideas);
    const z = await roundEntry(db, fixture, projects);
    const w = await roundEntry(db, fixture, projects);
    const a = await createUser(db, { role: Role.judge });
    const b = await createUser(db, { role: Role.judge });
    // A: x = 80, y = 70; B: y = 60, z = 50; w has no score yet.
    await submittedScore(db, fixture.round, x, a.id, v(30, 25, 25));
    await submittedScore(db, fixture.round, y, a.id, v(30, 20, 20));
    await submittedScore(db, fixture.round, y, b.id, v(20, 20, 20));
    await submittedScore(db, fixture.round, z, b.id, v(20, 15, 15));

    const path = `/api/v1/rounds/${fixture.round.id}/ranking`;
    const before = await request(portal.url).get(path).set(organizer.auth).expect(200);
    expect(before.body).toMatchObject({ ready: false, scale: 100, entries: [] });

    const body = await recomputedRanking(fixture.round);

    expect(body).toMatchObject({
      ready: true,
      scoreCount: 4,
      scale: 100,
      cutOff: { minTotal: 52 },
    });
    const byId = (id: string) => body.entries.find((e: { entryId: string }) => e.entryId === id);
    // Means 80 / 65 / 50. z-score: round mean 65, std-dev sqrt(125) = 11.1803; A: x +1, y -1;
    // B: y +1, z -1. Bias model (lambda 5): b_A = 5/6 -> q_x = 79.1667, q_y = 65, q_z = 50.8333.
    expect(byId(x.id).methods).toEqual({
      weighted_mean: { score: 80, rank: 1, overallRank: 1 },
      trimmed_mean: { score: 80, rank: 1, overallRank: 1 },
      z_score: { score: 76.1803, rank: 1, overallRank: 1 },
      bias_model: { score: 79.1667, rank: 1, overallRank: 1 },
    });
    expect(byId(y.id)).toMatchObject({
      code: y.code,
      categoryKey: 'y-tuong',
      reviews: 2,
      spread: 10,
      methods: { weighted_mean: { score: 65, rank: 2, overallRank: 2 }, z_score: { score: 65 } },
    });
    expect(byId(z.id).methods.z_score).toEqual({ score: 53.8197, rank: 1, overallRank: 3 });
    expect(byId(z.id).methods.bias_model.score).toBe(50.8333);
    expect(byId(w.id)).toMatchObject({
      reviews: 0,
      methods: { weighted_mean: { score: null, rank: null } },
    });
    // Entries short of the round's reviews are flagged; y has both of its two.
    expect(body.reviewsRequired).toBe(2);
    expect(byId(y.id)).toMatchObject({ reviewsDone: 2, reviewsRequired: 2, underReview: false });
    for (const short of [x, z, w]) expect(byId(short.id).underReview).toBe(true);
    expect(body.judges).toEqual([
      {
        judgeUserId: b.id,
        fullName: b.fullName,
        scores: 2,
        severity: -0.8333,
        mean: 55,
        stdDev: 5,
      },
      { judgeUserId: a.id, fullName: a.fullName, scores: 2, severity: 0.8333, mean: 75, stdDev: 5 },
    ]);
    const page = await request(portal.url)
      .get(`/organizer/rounds/${fixture.round.id}/ranking?category=du-an`)
      .set('cookie', await webSessionCookie(db, organizer.id))
      .expect(200);
    expect(page.text).toContain(z.code);
    expect(page.text).toContain('53,82');
    expect(page.text).toMatch(/Tính lúc \d{2}:\d{2}, \d{2}\/\d{2}\/\d{4} từ 4 phiếu chấm/);
    expect(page.text.split('data-under-review').length - 1).toBe(2);
    expect(page.text).toContain('Chưa đủ lượt chấm (1/2)');
    expect(page.text).toContain('Chưa đủ lượt chấm (0/2)');
    expect(page.text).toContain('2 bài dự thi chưa đủ 2 lượt chấm mà vòng yêu cầu');
    expect(page.text).toContain(b.fullName);
    expect(page.text).toContain('Phương pháp tính có làm thay đổi kết quả không?');
    const judge = await createUser(db, { role: Role.judge });
    await request(portal.url)
      .get(`/organizer/rounds/${fixture.round.id}/ranking`)
      .set('cookie', await webSessionCookie(db, judge.id))
      .expect(403);

    // Only under the z-score does z reach the minimum total of 52.
    expect(body.methodSensitivity).toEqual([
      {
        entryId: z.id,
        advancesUnder: ['z_score'],
        notUnder: ['weighted_mean', 'trimmed_mean', 'bias_model'],
      },
    ]);
  });

  it('keeps an entry with submitted scores that is no longer among the round entries', async () => {
    const fixture = await rankingRound(db);
    const [ideas] = fixture.categories;
    const listed = await roundEntry(db, fixture, ideas);
    const unlisted = await roundEntry(db, fixture, ideas);
    const judge = await createUser(db, { role: Role.judge });
    await submittedScore(db, fixture.round, listed, judge.id, v(20, 20, 20));
    await submittedScore(db, fixture.round, unlisted, judge.id, v(30, 25, 25));
    await db.manager.delete(RoundEntry, { roundId: fixture.round.id, entryId: unlisted.id });

    const body = await recomputedRanking(fixture.round);
    expect(
      body.entries.map((e: { entryId: string; methods: { weighted_mean: object } }) => [
        e.entryId,
        e.methods.weighted_mean,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [unlisted.id, { score: 80, rank: 1, overallRank: 1 }],
        [listed.id, { score: 60, rank: 2, overallRank: 2 }],
      ]),
    );
    expect(body.entries).toHaveLength(2);
  });

  it('coalesces a burst of requests into one or two computations', async () => {
    const fixture = await rankingRound(db);
    const entry = await roundEntry(db, fixture, fixture.categories[0]);
    const judge = await createUser(db, { role: Role.judge });
    await submittedScore(db, fixture.round, entry, judge.id, v(20, 20, 20));
    const path = `/api/v1/rounds/${fixture.round.id}/ranking/recompute`;
    for (let i = 0; i < 20; i++)
      await request(portal.url).post(path).set(organizer.auth).expect(202);
    await waitFor(
      async () => (await rankingResultCount(db, fixture.round)) > 0,
      'the ranking',
      15000,
    );
    // Once nothing is requested or running, no later computation can come.
    await waitFor(
      async () => {
        const res = await request(portal.url)
          .get(`/api/v1/rounds/${fixture.round.id}/ranking`)
          .set(organizer.auth);
        return res.body.recomputing === false;
      },
      'the recomputations to finish',
      15000,
    );
    const count = await rankingResultCount(db, fixture.round);
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(2);
    // Without a cut-off the page says so and leads to the rule.
    const page = await request(portal.url)
      .get(`/organizer/rounds/${fixture.round.id}/ranking`)
      .set('cookie', await webSessionCookie(db, organizer.id))
      .expect(200);
    expect(page.text).toContain(
      `<a href="/organizer/rounds/${fixture.round.id}/advancement#rule-title">Đặt quy tắc xét chọn</a>`,
    );
  });

  it('shows rankings to organizers only', async () => {
    const fixture = await rankingRound(db);
    const path = `/api/v1/rounds/${fixture.round.id}/ranking`;
    const judge = await signIn(portal.url, db, { role: Role.judge });
    const applicant = await signIn(portal.url, db, { role: Role.applicant });
    for (const user of [judge, applicant]) {
      await request(portal.url).get(path).set(user.auth).expect(403);
      await request(portal.url).post(`${path}/recompute`).set(user.auth).expect(403);
    }
    await request(portal.url).get(path).expect(401);
    const unknown = '/api/v1/rounds/00000000-0000-4000-8000-000000000000/ranking';
    await request(portal.url).get(unknown).set(organizer.auth).expect(404);
    await request(portal.url).post(`${unknown}/recompute`).set(organizer.auth).expect(404);
    expect(await rankingResultCount(db, fixture.round)).toBe(0);
  });
});
