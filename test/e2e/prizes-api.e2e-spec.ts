import request from 'supertest';
import type { DataSource } from 'typeorm';
import { AuditLog } from '@app/accounts/audit/audit-log.entity';
import { Role } from '@app/accounts/users/role';
import { Prize } from '@app/contests/prizes/prize.entity';
import { createAwardsContest, createPrize } from '../support/awards-factory';
import type { AwardsContest } from '../support/awards-factory';
import { createContest } from '../support/contest-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';

const NIL = '00000000-0000-4000-8000-000000000000';

describe.each(PROFILES)('prizes API (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let first: string;
  let applicant: string;

  const login = async (email: string) =>
    (
      await request(portal.url)
        .post('/api/v1/auth/login')
        .send({ email, password: FACTORY_PASSWORD })
        .expect(200)
    ).body.accessToken as string;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const get = (path: string, token = first) => request(portal.url).get(path).set(as(token));
  const post = (path: string, body: object = {}, token = first) =>
    request(portal.url).post(path).set(as(token)).send(body);
  const patch = (path: string, body: object, token = first) =>
    request(portal.url).patch(path).set(as(token)).send(body);
  const del = (path: string, token = first) => request(portal.url).delete(path).set(as(token));

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    const [a, c] = await Promise.all([
      createUser(db, { role: Role.organizer, fullName: 'Phạm Quốc Bảo' }),
      createUser(db, { role: Role.applicant }),
    ]);
    [first, applicant] = await Promise.all([a, c].map((u) => login(u.email)));
  });

  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  describe('prizes', () => {
    let fixture: AwardsContest;
    let base: string;
    const valid = {
      kind: 'special',
      nameVi: 'Giải ý tưởng của nhóm nữ khởi nghiệp',
      nameEn: 'Best idea by a women-led team',
      amount: 15_000_000,
      quantity: 1,
    };

    beforeAll(async () => {
      fixture = await createAwardsContest(db);
      base = `/api/v1/contests/${fixture.contest.id}/prizes`;
    });

    it('creates, lists in order, edits and deletes a prize, all in the audit log', async () => {
      const first = await post(base, {
        ...valid,
        kind: 'first',
        nameVi: 'Giải Nhất',
        nameEn: 'First prize',
        amount: 50_000_000,
      }).expect(201);
      const special = await post(base, { ...valid, categoryId: fixture.project.id }).expect(201);
      expect(special.body).toMatchObject({ ...valid, categoryId: fixture.project.id, position: 1 });
      const list = await get(base).expect(200);
      expect(list.body.map((p: { nameVi: string }) => p.nameVi)).toEqual([
        'Giải Nhất',
        valid.nameVi,
      ]);
      const edited = await patch(`${base}/${special.body.id}`, { quantity: 2, amount: 0 }).expect(
        200,
      );
      expect(edited.body).toMatchObject({ quantity: 2, amount: 0 });
      await del(`${base}/${first.body.id}`).expect(204);
      expect(await db.manager.existsBy(Prize, { id: first.body.id })).toBe(false);
      const actions = (await db.manager.findBy(AuditLog, { subjectId: special.body.id })).map(
        (r) => r.action,
      );
      expect(actions).toEqual(expect.arrayContaining(['prize.created', 'prize.updated']));
    });

    it.each([
      ['a negative amount', { amount: -1 }],
      ['a fractional amount', { amount: 1.5 }],
      ['no prize at all', { quantity: 0 }],
      ['an unknown kind', { kind: 'gold' }],
      ['an empty name', { nameVi: '   ' }],
      ['an unknown field', { colour: 'gold' }],
      ['a category id that is no uuid', { categoryId: 'y-tuong' }],
    ])('refuses %s (400 VALIDATION_FAILED)', async (_what, change) => {
      const res = await post(base, { ...valid, ...change }).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });

    it('answers 404 for a category, contest or prize that is not this contest', async () => {
      const other = await createContest(db);
      const res = await post(base, { ...valid, categoryId: other.category.id }).expect(404);
      expect(res.body.code).toBe('NOT_FOUND');
      await post(`/api/v1/contests/${NIL}/prizes`, valid).expect(404);
      const elsewhere = await createPrize(db, other.id);
      await patch(`${base}/${elsewhere.id}`, { quantity: 3 }).expect(404);
      await del(`${base}/${elsewhere.id}`).expect(404);
      expect((await db.manager.findOneByOrFail(Prize, { id: elsewhere.id })).quantity).toBe(1);
      await get(`/api/v1/contests/not-a-uuid/prizes`).expect(400);
    });

    it('is for organizers only (403)', async () => {
      const res = await post(base, valid, applicant).expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
      await get(base, applicant).expect(403);
      await request(portal.url).get(base).expect(401);
    });
  });
});
