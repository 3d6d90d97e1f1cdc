import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { Contest, ContestStatus } from '@app/contests/contests/contest.entity';
import { Prize } from '@app/contests/prizes/prize.entity';
import { Award, AwardSlot } from '@app/results/awards/award.entity';
import { confirmAward } from '../support/announcement-factory';
import { accessTokenOf, bearer } from '../support/api-client';
import { createAwardsContest } from '../support/awards-factory';
import type { AwardsContest } from '../support/awards-factory';
import { createUser, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { csrfOf } from '../support/page-forms';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';

/**
 * A contest has one prize list: the prize an organizer sets on the contest form is the one
 * the awards page proposes and confirms, the public contest page lists and the public
 * results show with its winner; the contest form and the contest API keep the awarding
 * rules on it.
 */
describe.each(PROFILES)('one prize list per contest (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let organizer: TestAgent;
  let token: string;
  let fixture: AwardsContest;
  let settingsPath: string;
  let api: string;

  const NAME_VI = 'Giải Nhất Ngày hội khởi nghiệp';
  const NAME_EN = 'Festival first prize';

  /** The contest form as the settings page posts it, with the prize rows given. */
  const saveForm = async (prizes: Record<string, string>) => {
    const page = await organizer.get(settingsPath).expect(200);
    const { contest } = fixture;
    return organizer
      .post(settingsPath)
      .type('form')
      .send(
        new URLSearchParams({
          _csrf: csrfOf(page.text),
          slug: contest.slug,
          codePrefix: contest.codePrefix,
          nameVi: contest.nameVi,
          nameEn: contest.nameEn,
          kind: contest.kind,
          descriptionVi: contest.descriptionVi,
          descriptionEn: contest.descriptionEn,
          opensDate: '2026-01-01',
          opensTime: '08:00',
          deadlineDate: '2030-03-31',
          deadlineTime: '23:59',
          graceMinutes: '0',
          ...prizes,
        }).toString(),
      );
  };
  const prizesOf = () =>
    db.manager.find(Prize, {
      where: { contestId: fixture.contest.id },
      order: { position: 'ASC' },
    });

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    const user = await createUser(db, { role: Role.organizer });
    organizer = request
      .agent(portal.url)
      .set('cookie', `${await webSessionCookie(db, user.id)}; lang=vi`);
    token = await accessTokenOf(portal.url, user.email);
    fixture = await createAwardsContest(db);
    await db.manager.update(Contest, { id: fixture.contest.id }, { status: ContestStatus.judging });
    settingsPath = `/organizer/contests/${fixture.contest.id}`;
    api = `/api/v1/contests/${fixture.contest.id}`;
  });

  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('awards, lists publicly and announces the prize set on the contest form', async () => {
    const saved = await saveForm({
      'prizes[0][kind]': 'first',
      'prizes[0][nameVi]': NAME_VI,
      'prizes[0][nameEn]': NAME_EN,
      'prizes[0][quantity]': '1',
      'prizes[0][amount]': '30.000.000',
    });
    expect([saved.status, saved.headers.location]).toEqual([303, `${settingsPath}?saved=1`]);
    const [prize, ...others] = await prizesOf();
    expect(others).toEqual([]);
    expect([prize.kind, prize.nameVi, prize.amount, prize.quantity]).toEqual([
      'first',
      NAME_VI,
      30_000_000,
      1,
    ]);

    // The awards API and the contest API read the same list.
    const listed = await request(portal.url).get(`${api}/prizes`).set(bearer(token)).expect(200);
    expect(listed.body.map((p: { id: string }) => p.id)).toEqual([prize.id]);
    const contest = await request(portal.url).get(api).set(bearer(token)).expect(200);
    expect(contest.body.prizes).toMatchObject([{ id: prize.id, nameVi: NAME_VI, quantity: 1 }]);

    // The platform proposes it for the top finalist; confirming awards that very prize.
    await request(portal.url)
      .post(`${api}/awards/confirm-proposal`)
      .set(bearer(token))
      .send({})
      .expect(200);
    const awards = await db.manager.findBy(Award, {
      contestId: fixture.contest.id,
      slot: AwardSlot.confirmed,
    });
    expect(awards.map((a) => [a.prizeId, a.entryId])).toEqual([
      [prize.id, fixture.finalists.idea[0].id],
    ]);

    const publicPage = await request(portal.url)
      .get(`/contests/${fixture.contest.slug}`)
      .set('cookie', 'lang=vi')
      .expect(200);
    expect(publicPage.text).toContain(NAME_VI);
    expect(publicPage.text).toContain('30.000.000');

    await request(portal.url).post(`${api}/announce`).set(bearer(token)).send({}).expect(201);
    const results = await request(portal.url)
      .get(`/results/${fixture.contest.slug}`)
      .set('cookie', 'lang=vi')
      .expect(200);
    expect(results.text).toContain(NAME_VI);
    expect(results.text).toContain(fixture.finalists.idea[0].title);
  });

  it('keeps the awarded prize when the form renames it, and refuses to drop it', async () => {
    const [prize] = await prizesOf();
    const renamed = await saveForm({
      'prizes[0][id]': prize.id,
      'prizes[0][kind]': 'first',
      'prizes[0][nameVi]': `${NAME_VI} (đổi tên)`,
      'prizes[0][nameEn]': NAME_EN,
      'prizes[0][quantity]': '1',
      'prizes[0][amount]': '30000000',
    });
    expect(renamed.status).toBe(303);
    const [kept] = await prizesOf();
    expect([kept.id, kept.nameVi]).toEqual([prize.id, `${NAME_VI} (đổi tên)`]);
    expect(await db.manager.countBy(Award, { prizeId: prize.id, slot: AwardSlot.confirmed })).toBe(
      1,
    );

    // Left out of the list (a row emptied but for its id): the awarded prize stays.
    const dropped = await saveForm({ 'prizes[0][id]': prize.id });
    expect(dropped.status).toBe(409);
    expect(dropped.text).toContain('đã được trao');
    expect((await prizesOf()).map((p) => p.id)).toEqual([prize.id]);
  });

  it('keeps the awarding rules on the contest API (409 PRIZE_AWARDED, PRIZE_COUNT_EXCEEDED, 404)', async () => {
    const [prize] = await prizesOf();
    const item = {
      id: prize.id,
      kind: 'first',
      nameVi: prize.nameVi,
      nameEn: prize.nameEn,
      amount: prize.amount,
      quantity: 1,
    };
    const patch = (body: object) => request(portal.url).patch(api).set(bearer(token)).send(body);

    const dropped = await patch({ prizes: [] }).expect(409);
    expect(dropped.body.code).toBe('PRIZE_AWARDED');
    const other = await createAwardsContest(db);
    const foreign = await patch({
      prizes: [item, { ...item, id: other.contest.id }],
    }).expect(404);
    expect(foreign.body.code).toBe('NOT_FOUND');
    const repeated = await patch({ prizes: [item, item] }).expect(400);
    expect(repeated.body.code).toBe('VALIDATION_FAILED');

    // A new prize beside the kept one; nothing above wrote half of its list.
    const added = await patch({
      prizes: [
        { ...item, quantity: 2 },
        {
          ...item,
          id: undefined,
          kind: 'special',
          nameVi: 'Giải đặc biệt',
          nameEn: 'Special prize',
        },
      ],
    }).expect(200);
    expect(added.body.prizes.map((p: { id: string; quantity: number }) => p.quantity)).toEqual([
      2, 1,
    ]);
    expect(added.body.prizes[0].id).toBe(prize.id);
    // Lowering below the confirmed awards is refused through the list as on the awards page.
    await confirmAward(db, prize, fixture.finalists.idea[1], fixture.owners[0].id, 2);
    const lowered = await patch({ prizes: [{ ...item, quantity: 1 }] }).expect(409);
    expect(lowered.body.code).toBe('PRIZE_COUNT_EXCEEDED');
    expect((await prizesOf()).map((p) => [p.id === prize.id, p.quantity])).toEqual([
      [true, 2],
      [false, 1],
    ]);
  });
});
