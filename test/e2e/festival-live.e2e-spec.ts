import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { RoundMode } from '@app/contests/rounds/round.entity';
import { Round } from '@app/contests/rounds/round.entity';
import { seededShuffle } from '@app/festival/live/seeded-shuffle';
import { PeoplesVote } from '@app/festival/votes/peoples-vote.entity';
import { VoteCast } from '@app/festival/votes/vote-cast.entity';
import { Award, AwardSlot } from '@app/results/awards/award.entity';
import { accessTokenOf, bearer } from '../support/api-client';
import { createAwardsContest, createPrize } from '../support/awards-factory';
import type { AwardsContest } from '../support/awards-factory';
import { createUser, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { createFestival, createFestivalSession, createPass } from '../support/festival-factory';
import { enterRound } from '../support/judging-factory-advancement';
import { scoringScenario } from '../support/judging-factory-scoring';
import type { ScoringScenario } from '../support/judging-factory-scoring';
import { RunningPortal, startPortal } from '../support/portal';
import { hallStateOf, openSse } from '../support/sse-client';

const SCORES = { 'doi-moi': 30, 'kha-thi': 20, 'doi-ngu': 15 };

describe.each(PROFILES)('festival live final (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let organizer: string;
  let organizerId: string;
  let voters: string[];
  /** Accounts of no one checked in: one without a pass, one whose pass was not scanned yet. */
  let outsiders: string[];
  let fixture: AwardsContest;
  let base: string;
  let env: Record<string, string>;

  const api = () => request(portal.url);
  const send = (method: 'post' | 'put', path: string, body: object = {}, token = organizer) =>
    api()[method](path).set(bearer(token)).send(body);
  const codes = (entries: { code: string }[]) => entries.map((e) => e.code);

  beforeAll(async () => {
    env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    const o = await createUser(db, { role: Role.organizer });
    organizerId = o.id;
    organizer = await accessTokenOf(portal.url, o.email);
    fixture = await createAwardsContest(db);
    const festival = await createFestival(db, fixture.contest.id, { published: true });
    // Voters are people checked in at the door: accounts with a checked-in pass of their e-mail.
    voters = [];
    for (let i = 0; i < 2; i++) {
      const voter = await createUser(db);
      await createPass(db, festival, { email: voter.email.toUpperCase() });
      voters.push(await accessTokenOf(portal.url, voter.email));
    }
    const notCheckedIn = await createUser(db);
    await createPass(db, festival, { email: notCheckedIn.email, checkedInAt: null });
    outsiders = [
      await accessTokenOf(portal.url, (await createUser(db)).email),
      await accessTokenOf(portal.url, notCheckedIn.email),
    ];
    await createFestivalSession(db, festival, {
      kind: 'final_pitches',
      startTime: '14:00',
      endTime: '17:00',
    });
    base = `/api/v1/contests/${fixture.contest.id}/festival`;
  }, 120_000);

  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('draws a category’s order with a seed anyone can re-run, and shows each team its slot', async () => {
    const idea = fixture.contest.category.id;
    await send('post', `${base}/pitch-order/${idea}/draw`, {}, voters[0]).expect(403);
    const drawn = await send('post', `${base}/pitch-order/${idea}/draw`).expect(201);
    expect(drawn.body.madeBy).toBe('drawn');
    expect(drawn.body.seed).toMatch(/^[0-9a-f]{64}$/);
    expect(codes(drawn.body.pitches)).toEqual(
      seededShuffle(codes(fixture.finalists.idea), drawn.body.seed),
    );
    await send('put', `${base}/live/timer`, { pitchMinutes: 8, questionMinutes: 10 }).expect(200);

    const order = await api().get(`${base}/pitch-order`).expect(200);
    expect(order.body.categories[0].pitches.map((p: { slot: string }) => p.slot)).toEqual([
      '14:00',
      '14:18',
      '14:36',
      '14:54',
    ]);
    // The public programme shows each team its time on stage, in the drawn order.
    const programme = (
      await api()
        .get(`/contests/${fixture.contest.slug}/festival`)
        .set('cookie', 'lang=vi')
        .expect(200)
    ).text;
    const shown = [...programme.matchAll(/data-pitch="([^"]+)">\s*<h4><span[^>]*>([\d:]+)</g)];
    expect(shown.map(([, code, slot]) => [code, slot])).toEqual(
      codes(drawn.body.pitches).map((code, n) => [code, ['14:00', '14:18', '14:36', '14:54'][n]]),
    );
    expect(programme).toContain('Chung kết: thứ tự trình bày');
  });

  it('takes an order set by organizers only when it names every finalist of the category once', async () => {
    const project = fixture.project.id;
    const [a, b] = fixture.finalists.project;
    const wrong = await send('put', `${base}/pitch-order/${project}`, { entryIds: [a.id] });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('PITCH_ORDER_MISMATCH');
    const twice = await send('put', `${base}/pitch-order/${project}`, { entryIds: [a.id, a.id] });
    expect(twice.body.code).toBe('PITCH_ORDER_MISMATCH');
    const outsider = await send('put', `${base}/pitch-order/${project}`, {
      entryIds: [b.id, fixture.eliminated.id],
    });
    expect(outsider.body.code).toBe('PITCH_ORDER_MISMATCH');
    const set = await send('put', `${base}/pitch-order/${project}`, { entryIds: [b.id, a.id] });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ madeBy: 'set', seed: null });
    expect(codes(set.body.pitches)).toEqual([b.code, a.code]);
  });

  it('runs the pitches with a server timer, freezes the order, and reveals prizes only after the last pitch', async () => {
    const [first, second] = fixture.finalists.idea;
    const prizes = [
      await createPrize(db, fixture.contest.id, { kind: 'first', position: 0 }),
      await createPrize(db, fixture.contest.id, { kind: 'second', position: 1 }),
    ];
    for (const [i, prize] of prizes.entries())
      await db.manager.insert(
        Award,
        db.manager.create(Award, {
          contestId: fixture.contest.id,
          prizeId: prize.id,
          entryId: [first, second][i].id,
          slot: AwardSlot.confirmed,
          seat: 1,
          fromProposal: true,
          reason: null,
          replacesAwardId: null,
          proposedBy: organizerId,
          confirmedBy: organizerId,
          confirmedAt: new Date(),
        }),
      );
    const order = (await api().get(`${base}/pitch-order`).expect(200)).body;
    const pitches: { id: string; code: string }[] = order.categories.flatMap(
      (c: { pitches: unknown[] }) => c.pitches,
    );
    const opened = await send('post', `${base}/pitches/${pitches[0].id}/open`).expect(200);
    expect(opened.body.pitch).toMatchObject({
      code: pitches[0].code,
      pitchSeconds: 480,
      questionSeconds: 600,
    });
    expect(Date.parse(opened.body.pitch.openedAt)).toBeLessThanOrEqual(
      Date.parse(opened.body.serverTime),
    );
    const frozen = await send('post', `${base}/pitch-order/${fixture.contest.category.id}/draw`);
    expect(frozen.status).toBe(409);
    expect(frozen.body.code).toBe('LIVE_FINAL_IN_PROGRESS');
    const early = await send('post', `${base}/reveal/next`);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('LIVE_FINAL_IN_PROGRESS');

    // Opening the next pitch closes the one before: one team on stage at a time.
    for (const pitch of pitches.slice(1))
      await send('post', `${base}/pitches/${pitch.id}/open`).expect(200);
    const last = await send('post', `${base}/pitches/${pitches.at(-1)!.id}/close`).expect(200);
    expect(last.body).toMatchObject({ pitch: null, finished: true, prizesLeft: 2 });

    const one = await send('post', `${base}/reveal/next`).expect(200);
    // The smallest prize first, the first prize last.
    expect(one.body.prizes.map((p: { nameVi: string }) => p.nameVi)).toEqual(['Giải second']);
    const two = await send('post', `${base}/reveal/next`).expect(200);
    expect(two.body.prizes[1].winners[0].code).toBe(first.code);
    const more = await send('post', `${base}/reveal/next`);
    expect(more.status).toBe(409);
    expect(more.body.code).toBe('NOTHING_TO_REVEAL');
  });

  it('counts one vote per person: voting again changes it, every cast is kept, and the close is final', async () => {
    const [a, b] = fixture.finalists.idea;
    const before = await send('post', `${base}/votes`, { entryId: a.id }, voters[0]);
    expect(before.status).toBe(409);
    expect(before.body.code).toBe('VOTING_CLOSED');
    await send('post', `${base}/votes/open`).expect(200);

    await send('post', `${base}/votes`, { entryId: a.id }, voters[0]).expect(200);
    const changed = await send('post', `${base}/votes`, { entryId: b.id }, voters[0]).expect(200);
    expect(changed.body).toMatchObject({ code: b.code, changes: 1 });
    await send('post', `${base}/votes`, { entryId: b.id }, voters[1]).expect(200);
    const notFinalist = await send(
      'post',
      `${base}/votes`,
      { entryId: fixture.eliminated.id },
      voters[1],
    );
    expect(notFinalist.status).toBe(422);
    expect(notFinalist.body.code).toBe('VOTE_NOT_FINALIST');
    const anonymous = await api().post(`${base}/votes`).send({ entryId: a.id });
    expect(anonymous.status).toBe(401);
    // An account is no voter by itself: new accounts cannot stuff the vote.
    for (const outsider of outsiders) {
      const refused = await send('post', `${base}/votes`, { entryId: a.id }, outsider);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('VOTE_NEEDS_CHECK_IN');
    }

    const made = await send('post', `${base}/vote-codes`, { count: 3 }).expect(201);
    expect(made.body.codes).toHaveLength(3);
    const badge = made.body.codes[0] as string;
    await api().post(`${base}/votes`).send({ entryId: a.id, code: badge }).expect(200);
    const typed = badge.toLowerCase().replace(/-/g, ' ');
    const again = await api()
      .post(`${base}/votes`)
      .send({ entryId: b.id, code: typed })
      .expect(200);
    expect(again.body.changes).toBe(1);

    const festivalId = (await api().get(`${base}/hall`).expect(200)).body.festivalId as string;
    expect(await db.manager.countBy(PeoplesVote, { festivalId })).toBe(3);
    expect(await db.manager.countBy(VoteCast, { festivalId })).toBe(5);
    const audit = await api().get(`${base}/votes/audit`).set(bearer(organizer)).expect(200);
    expect(audit.body.voters).toBe(3);
    // Casts in one second share their time (MySQL keeps whole seconds): look for the change, not its place.
    expect(audit.body.casts).toContainEqual(
      expect.objectContaining({ entryCode: b.code, previousEntryCode: a.code }),
    );

    const revealTooSoon = await send('post', `${base}/votes/reveal`);
    expect(revealTooSoon.body.code).toBe('LIVE_FINAL_IN_PROGRESS');
    await send('post', `${base}/votes/close`).expect(200);
    const late = await send('post', `${base}/votes`, { entryId: a.id }, voters[1]);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('VOTING_CLOSED');
    const revealed = await send('post', `${base}/votes/reveal`).expect(200);
    expect(revealed.body.tally).toEqual([expect.objectContaining({ code: b.code, votes: 3 })]);
  });

  describe('judges in a live round', () => {
    let s: ScoringScenario;
    let liveBase: string;
    let pitchOf: Map<string, string>;

    beforeAll(async () => {
      s = await scoringScenario(portal.url, db, env, { judges: 1, entries: 2 });
      await db.manager.update(Round, { id: s.round.id }, { mode: RoundMode.live });
      await enterRound(db, s.round, s.entries);
      await createFestival(db, s.contest.id, { published: true });
      liveBase = `/api/v1/contests/${s.contest.id}/festival`;
      const drawn = await send(
        'post',
        `${liveBase}/pitch-order/${s.entries[0].categoryId}/draw`,
      ).expect(201);
      pitchOf = new Map(
        drawn.body.pitches.map((p: { entryId: string; id: string }) => [p.entryId, p.id]),
      );
    });

    const score = (entry: number) =>
      api()
        .put(`/api/v1/judging/assignments/${s.assignment(0, entry).id}/score`)
        .set(s.judges[0].auth)
        .send({ scores: SCORES });

    it('score only the pitch that is open', async () => {
      const closed = await score(0);
      expect(closed.status).toBe(409);
      expect(closed.body.code).toBe('PITCH_NOT_OPEN');

      await send('post', `${liveBase}/pitches/${pitchOf.get(s.entries[0].id)}/open`).expect(200);
      await score(0).expect(200);
      const other = await score(1);
      expect(other.status).toBe(409);
      expect(other.body.code).toBe('PITCH_NOT_OPEN');

      await send('post', `${liveBase}/pitches/${pitchOf.get(s.entries[0].id)}/close`).expect(200);
      const after = await score(0);
      expect(after.body.code).toBe('PITCH_NOT_OPEN');
    });

    it('sends a hall screen the current state first, then each change within a second', async () => {
      const sse = await openSse(`${portal.url}/contests/${s.contest.slug}/festival/hall/events`);
      try {
        const first = await sse.next((e) => e.event === 'state', 0);
        expect(hallStateOf(first).pitch).toBeNull();
        const from = sse.events.length;
        const sentAt = Date.now();
        await send('post', `${liveBase}/pitches/${pitchOf.get(s.entries[1].id)}/open`).expect(200);
        const update = await sse.next(
          (e) => hallStateOf(e).pitch?.code === s.entries[1].code,
          from,
        );
        expect(update.at - sentAt).toBeLessThan(1000);
      } finally {
        sse.close();
      }
      // A screen that (re)connects now gets the open pitch at once.
      const again = await openSse(`${portal.url}/contests/${s.contest.slug}/festival/hall/events`);
      try {
        const first = await again.next((e) => e.event === 'state', 0);
        expect(hallStateOf(first).pitch?.code).toBe(s.entries[1].code);
      } finally {
        again.close();
      }
    });

    it('refuses guessed badge codes after ten wrong ones, even a right one then', async () => {
      await send('post', `${liveBase}/votes/open`).expect(200);
      const [badge] = (await send('post', `${liveBase}/vote-codes`, { count: 1 }).expect(201)).body
        .codes as string[];
      const vote = (code: string) =>
        api().post(`${liveBase}/votes`).send({ entryId: s.entries[0].id, code });
      for (let i = 0; i < 10; i++) {
        const wrong = await vote(`ZZZZ-ZZZZ-${String(i).padStart(4, '0')}`);
        expect(wrong.status).toBe(403);
        expect(wrong.body.code).toBe('INVALID_VOTE_CODE');
      }
      const blocked = await vote(badge);
      expect(blocked.status).toBe(429);
      expect(blocked.body.code).toBe('TOO_MANY_REQUESTS');
    });
  });
});
