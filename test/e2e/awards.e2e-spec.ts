import type { DataSource } from 'typeorm';
import { AuditLog } from '@app/accounts/audit/audit-log.entity';
import { Role } from '@app/accounts/users/role';
import { Award, AwardSlot } from '@app/results/awards/award.entity';
import { Prize } from '@app/contests/prizes/prize.entity';
import { createAwardsContest, createPrize } from '../support/awards-factory';
import type { AwardsContest } from '../support/awards-factory';
import { createContest } from '../support/contest-factory';
import { createUser, openDatabase } from '../support/database';
import { accessTokenOf, bearerClient } from '../support/api-client';
import { PROFILES, testEnvironment } from '../support/environment';
import { createListedEntry } from '../support/listing-factory';
import { RunningPortal, startPortal } from '../support/portal';

const NIL = '00000000-0000-4000-8000-000000000000';

describe.each(PROFILES)('prizes and awards (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let first: string;
  let second: string;
  let applicant: string;
  let firstId: string;
  let secondId: string;

  const login = (email: string) => accessTokenOf(portal.url, email);
  const { get, post, patch, del } = bearerClient(
    () => portal.url,
    () => first,
  );
  const confirmedOf = (prizeId: string) =>
    db.manager.find(Award, { where: { prizeId, slot: AwardSlot.confirmed } });

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    const [a, b, c] = await Promise.all([
      createUser(db, { role: Role.organizer, fullName: 'Phạm Quốc Bảo' }),
      createUser(db, { role: Role.organizer, fullName: 'Đỗ Thị Lan' }),
      createUser(db, { role: Role.applicant }),
    ]);
    [firstId, secondId] = [a.id, b.id];
    [first, second, applicant] = await Promise.all([a, b, c].map((u) => login(u.email)));
  });

  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  describe('awarding', () => {
    let fixture: AwardsContest;
    let base: string;
    let firstPrize: Prize;
    let secondPrize: Prize;
    let special: Prize;

    beforeAll(async () => {
      fixture = await createAwardsContest(db);
      base = `/api/v1/contests/${fixture.contest.id}`;
      firstPrize = await createPrize(db, fixture.contest.id, { kind: 'first', position: 0 });
      secondPrize = await createPrize(db, fixture.contest.id, {
        kind: 'second',
        quantity: 2,
        position: 1,
      });
      special = await createPrize(db, fixture.contest.id, { kind: 'special', position: 2 });
    });

    it('proposes the best finalists for the prizes in order, beside the ranking', async () => {
      const view = await get(`${base}/awards`).expect(200);
      const { idea, project } = fixture.finalists;
      const codes = (prize: { proposal: { entry: { code: string } }[] }) =>
        prize.proposal.map((s) => s.entry.code);
      expect(view.body).toMatchObject({ open: true, rankingReady: true, method: 'weighted_mean' });
      expect(codes(view.body.prizes[0])).toEqual([idea[0].code]);
      expect(codes(view.body.prizes[1])).toEqual([project[0].code, idea[1].code]);
      expect(view.body.prizes[2].proposal).toEqual([]);
      expect(view.body.ranking.map((r: { total: number }) => r.total)).toEqual([
        90, 88, 85, 80, 70, 60,
      ]);
    });

    it('confirms the proposal at once, and a second confirmation adds nothing', async () => {
      await post(`${base}/awards/confirm-proposal`, {}).expect(200);
      const again = await post(`${base}/awards/confirm-proposal`, {}, second).expect(200);
      expect((await confirmedOf(firstPrize.id)).map((a) => a.entryId)).toEqual([
        fixture.finalists.idea[0].id,
      ]);
      expect(await confirmedOf(secondPrize.id)).toHaveLength(2);
      expect(again.body.prizes[1].confirmed.map((a: { seat: number }) => a.seat)).toEqual([1, 2]);
      const audit = await db.manager.findBy(AuditLog, { action: 'award.proposal_confirmed' });
      expect(audit.filter((r) => r.data?.prizeId === secondPrize.id)).toHaveLength(2);
    });

    it('puts a change in effect only after a second organizer confirms it', async () => {
      const [replaced] = (await confirmedOf(secondPrize.id)).filter((a) => a.seat === 2);
      const change = await post(`${base}/awards/changes`, {
        prizeId: secondPrize.id,
        entryId: fixture.finalists.idea[2].id,
        reason: 'Sản phẩm đã bán thử tại 3 hợp tác xã.',
        replacesAwardId: replaced.id,
      }).expect(201);
      expect(change.body).toMatchObject({ state: 'pending', seat: null });
      const pending = await get(`${base}/awards`).expect(200);
      expect(pending.body.prizes[1].pending).toHaveLength(1);
      expect(pending.body.prizes[1].confirmed.map((a: { id: string }) => a.id)).toContain(
        replaced.id,
      );

      const self = await post(`${base}/awards/${change.body.id}/confirm`).expect(403);
      expect(self.body.code).toBe('SECOND_ORGANIZER_REQUIRED');
      const confirmed = await post(`${base}/awards/${change.body.id}/confirm`, {}, second).expect(
        200,
      );
      expect(confirmed.body).toMatchObject({ state: 'confirmed', seat: 2, confirmedBy: secondId });
      expect(confirmed.body.replaced).toMatchObject({ id: replaced.id, state: 'superseded' });
      const again = await post(`${base}/awards/${change.body.id}/confirm`, {}, second).expect(409);
      expect(again.body.code).toBe('CONFLICT');
      const holders = (await confirmedOf(secondPrize.id)).map((a) => a.entryId).sort();
      expect(holders).toEqual(
        [fixture.finalists.project[0].id, fixture.finalists.idea[2].id].sort(),
      );
      const trail = await db.manager.findBy(AuditLog, {
        subjectId: fixture.finalists.idea[2].id,
      });
      expect(trail.map((r) => [r.action, r.actorId])).toEqual(
        expect.arrayContaining([
          ['award.change_proposed', firstId],
          ['award.change_confirmed', secondId],
        ]),
      );
      // The next prize is proposed around the awards in effect: never a second ranked prize.
      const third = await createPrize(db, fixture.contest.id, { kind: 'third', position: 5 });
      const after = await get(`${base}/awards`).expect(200);
      const proposal = after.body.prizes.find((p: { id: string }) => p.id === third.id).proposal;
      expect(proposal.map((s: { entry: { id: string } }) => s.entry.id)).toEqual([
        replaced.entryId,
      ]);
      await db.manager.delete(Prize, { id: third.id });
    });

    it('supersedes a pending change by a newer one for the same entry', async () => {
      const body = { prizeId: special.id, entryId: fixture.finalists.project[1].id };
      const older = await post(`${base}/awards/changes`, { ...body, reason: 'Lý do 1' });
      const newer = await post(`${base}/awards/changes`, { ...body, reason: 'Lý do 2' }, second);
      expect([older.status, newer.status]).toEqual([201, 201]);
      const late = await post(`${base}/awards/${older.body.id}/confirm`, {}, second).expect(409);
      expect(late.body.code).toBe('AWARD_SUPERSEDED');
      await post(`${base}/awards/${newer.body.id}/confirm`).expect(200);
      expect((await confirmedOf(special.id)).map((a) => a.reason)).toEqual(['Lý do 2']);
    });

    it('refuses awarding an entry that did not reach the final (409 AWARD_ENTRY_NOT_FINALIST)', async () => {
      const res = await post(`${base}/awards/changes`, {
        prizeId: special.id,
        entryId: fixture.eliminated.id,
        reason: 'Thử trao cho bài bị loại.',
      }).expect(409);
      expect(res.body.code).toBe('AWARD_ENTRY_NOT_FINALIST');
      expect(await db.manager.countBy(Award, { entryId: fixture.eliminated.id })).toBe(0);
    });

    it('refuses more awards of a prize than its number (409 PRIZE_COUNT_EXCEEDED)', async () => {
      const res = await post(`${base}/awards/changes`, {
        prizeId: firstPrize.id,
        entryId: fixture.finalists.idea[3].id,
        reason: 'Thêm một giải nhất.',
      }).expect(409);
      expect(res.body.code).toBe('PRIZE_COUNT_EXCEEDED');
      const lower = await patch(`${base}/prizes/${secondPrize.id}`, { quantity: 1 }).expect(409);
      expect(lower.body.code).toBe('PRIZE_COUNT_EXCEEDED');
      expect((await db.manager.findOneByOrFail(Prize, { id: secondPrize.id })).quantity).toBe(2);
    });

    it('answers 404 for an entry or award of another contest', async () => {
      const other = await createContest(db);
      const stranger = await createListedEntry(db, other, await createUser(db));
      const res = await post(`${base}/awards/changes`, {
        prizeId: special.id,
        entryId: stranger.id,
        reason: 'Bài của cuộc thi khác.',
      }).expect(404);
      expect(res.body.code).toBe('NOT_FOUND');
      const [award] = await confirmedOf(firstPrize.id);
      await post(`/api/v1/contests/${other.id}/awards/${award.id}/confirm`, {}, second).expect(404);
      await post(`${base}/awards/${NIL}/confirm`, {}, second).expect(404);
      await post(`${base}/awards/changes`, {
        prizeId: NIL,
        entryId: fixture.finalists.idea[3].id,
        reason: 'x',
      }).expect(404);
    });

    it('refuses a change without a reason, and a prize of another category', async () => {
      const blank = await post(`${base}/awards/changes`, {
        prizeId: special.id,
        entryId: fixture.finalists.idea[3].id,
        reason: '  ',
      }).expect(400);
      expect(blank.body.code).toBe('VALIDATION_FAILED');
      const projectPrize = await createPrize(db, fixture.contest.id, {
        kind: 'special',
        categoryId: fixture.project.id,
        position: 3,
      });
      const wrong = await post(`${base}/awards/changes`, {
        prizeId: projectPrize.id,
        entryId: fixture.finalists.idea[3].id,
        reason: 'Sai bảng.',
      }).expect(409);
      expect(wrong.body.code).toBe('AWARD_WRONG_CATEGORY');
    });

    it('keeps an awarded prize (409 PRIZE_AWARDED)', async () => {
      const res = await del(`${base}/prizes/${firstPrize.id}`).expect(409);
      expect(res.body.code).toBe('PRIZE_AWARDED');
      expect(await db.manager.existsBy(Prize, { id: firstPrize.id })).toBe(true);
    });

    it('is for organizers only (403)', async () => {
      for (const res of [
        await get(`${base}/awards`, applicant),
        await post(`${base}/awards/confirm-proposal`, {}, applicant),
        await post(`${base}/awards/changes`, {}, applicant),
      ])
        expect([res.status, res.body.code]).toEqual([403, 'FORBIDDEN']);
    });
  });

  it('refuses awarding before the final round is decided (409 FINAL_ROUND_NOT_DECIDED)', async () => {
    const fixture = await createAwardsContest(db, { finalDecided: false });
    const prize = await createPrize(db, fixture.contest.id);
    const base = `/api/v1/contests/${fixture.contest.id}/awards`;
    const view = await get(base).expect(200);
    expect(view.body.open).toBe(false);
    const confirm = await post(`${base}/confirm-proposal`, {}).expect(409);
    expect(confirm.body.code).toBe('FINAL_ROUND_NOT_DECIDED');
    const change = await post(`${base}/changes`, {
      prizeId: prize.id,
      entryId: fixture.finalists.idea[0].id,
      reason: 'Trước khi chốt vòng chung kết.',
    }).expect(409);
    expect(change.body.code).toBe('FINAL_ROUND_NOT_DECIDED');
    expect(await db.manager.countBy(Award, { contestId: fixture.contest.id })).toBe(0);
  });

  it('never gives more of a prize than its number to organizers confirming at once', async () => {
    for (let run = 0; run < 3; run++) {
      const fixture = await createAwardsContest(db);
      const base = `/api/v1/contests/${fixture.contest.id}/awards`;
      const prize = await createPrize(db, fixture.contest.id, { kind: 'special', quantity: 1 });
      const ranked = await createPrize(db, fixture.contest.id, { kind: 'second', quantity: 2 });
      const changes = [];
      for (const entry of fixture.finalists.idea.slice(0, 3))
        changes.push(
          (
            await post(`${base}/changes`, {
              prizeId: prize.id,
              entryId: entry.id,
              reason: 'Đề xuất giải đặc biệt.',
            }).expect(201)
          ).body.id as string,
        );
      const results = await Promise.all([
        ...changes.map((id) => post(`${base}/${id}/confirm`, {}, second)),
        post(`${base}/confirm-proposal`, {}, first),
        post(`${base}/confirm-proposal`, {}, second),
      ]);
      const confirms = results.slice(0, 3).map((r) => [r.status, r.body.code ?? 'ok']);
      expect(confirms.filter(([status]) => status === 200)).toHaveLength(1);
      expect(confirms.filter(([, code]) => code === 'PRIZE_COUNT_EXCEEDED')).toHaveLength(2);
      expect(results.slice(3).map((r) => r.status)).toEqual([200, 200]);
      expect(await confirmedOf(prize.id)).toHaveLength(1);
      const seconds = await confirmedOf(ranked.id);
      expect(seconds.map((a) => a.seat).sort()).toEqual([1, 2]);
    }
  });
});
