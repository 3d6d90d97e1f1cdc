import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { FestivalPass } from '@app/festival/check-in/festival-pass.entity';
import { Notification } from '@app/notifications/outbox/notification.entity';
import { createAwardsContest } from '../support/awards-factory';
import type { AwardsContest } from '../support/awards-factory';
import { createContest } from '../support/contest-factory';
import { createUser, openDatabase } from '../support/database';
import { accessTokenOf, bearer } from '../support/api-client';
import { PROFILES, testEnvironment } from '../support/environment';
import { createFestival, createFestivalSession } from '../support/festival-factory';
import { RunningPortal, startPortal } from '../support/portal';

describe.each(PROFILES)('festival guests and check-in (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let organizer: string;
  let fixture: AwardsContest;
  let base: string;
  let sessionId: string;
  let otherBase: string;

  const post = (path: string, body: object, token?: string) =>
    request(portal.url).post(path).set(bearer(token)).send(body);
  const get = (path: string, token?: string) => request(portal.url).get(path).set(bearer(token));
  const guest = (email: string, sessionIds = [sessionId]) => ({
    fullName: `Khách ${email.split('@')[0]}`,
    organisation: 'Công ty CP Nông sản Quảng Ngãi',
    email,
    phone: '0905 123 456',
    sessionIds,
  });
  const passOf = (email: string) => db.manager.findOneByOrFail(FestivalPass, { email });
  const mailsTo = (email: string, template: string) =>
    db.manager.findBy(Notification, { recipientEmail: email, template });

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    organizer = await accessTokenOf(
      portal.url,
      (await createUser(db, { role: Role.organizer })).email,
    );
    fixture = await createAwardsContest(db);
    const festival = await createFestival(db, fixture.contest.id, { published: true });
    const session = await createFestivalSession(db, festival, { capacity: 2 });
    sessionId = session.id;
    base = `/api/v1/contests/${fixture.contest.id}/festival`;
    const other = await createContest(db);
    await createFestival(db, other.id, { published: true });
    otherBase = `/api/v1/contests/${other.id}/festival`;
  });

  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('seats guests up to the capacity, then puts them in line; a cancellation moves the first up and mails them', async () => {
    const a = await post(`${base}/guests`, guest('an@example.test')).expect(201);
    expect(a.body.sessions).toEqual([{ sessionId, status: 'confirmed', waitingAhead: 0 }]);
    await post(`${base}/guests`, guest('binh@example.test')).expect(201);
    const c = await post(`${base}/guests`, guest('chi@example.test')).expect(201);
    expect(c.body.sessions).toEqual([{ sessionId, status: 'waiting', waitingAhead: 0 }]);
    const d = await post(`${base}/guests`, guest('dung@example.test')).expect(201);
    expect(d.body.sessions).toEqual([{ sessionId, status: 'waiting', waitingAhead: 1 }]);
    expect(JSON.stringify(a.body)).not.toContain((await passOf('an@example.test')).token);

    const list = await get(`${base}/guests`, organizer).expect(200);
    expect(list.body.sessions).toEqual([
      expect.objectContaining({ id: sessionId, capacity: 2, confirmed: 2, waiting: 2 }),
    ]);
    expect(list.body.guests.map((g: { email: string }) => g.email)).toEqual([
      'an@example.test',
      'binh@example.test',
      'chi@example.test',
      'dung@example.test',
    ]);
    await get(`${base}/guests`).expect(401);

    expect(await mailsTo('chi@example.test', 'festival-guest-promoted')).toHaveLength(0);
    const pass = await passOf('an@example.test');
    await post(`/api/v1/festival/passes/${pass.token}/cancel`, {}).expect(204);
    await post(`/api/v1/festival/passes/${pass.token}/cancel`, {}).expect(404);
    const after = await get(`${base}/guests`, organizer).expect(200);
    expect(after.body.sessions[0]).toMatchObject({ confirmed: 2, waiting: 1 });
    const chi = after.body.guests.find((g: { email: string }) => g.email === 'chi@example.test');
    expect(chi.sessions).toEqual([{ sessionId, status: 'confirmed' }]);
    const promoted = await mailsTo('chi@example.test', 'festival-guest-promoted');
    expect(promoted).toHaveLength(1);
    expect(await mailsTo('dung@example.test', 'festival-guest-promoted')).toHaveLength(0);
    // The cancelled address may register again, at the end of the line.
    const again = await post(`${base}/guests`, guest('an@example.test')).expect(201);
    expect(again.body.sessions).toEqual([{ sessionId, status: 'waiting', waitingAhead: 1 }]);
  });

  it('refuses a second registration by e-mail, an unknown session and a festival that is over', async () => {
    await post(`${base}/guests`, guest('em@example.test', [])).expect(201);
    const twice = await post(`${base}/guests`, guest('EM@example.test', [])).expect(409);
    expect(twice.body.code).toBe('FESTIVAL_GUEST_ALREADY_REGISTERED');
    const unknown = await post(`${base}/guests`, guest('gia@example.test', [randomUUID()])).expect(
      422,
    );
    expect(unknown.body.code).toBe('FESTIVAL_SESSION_UNKNOWN');
    const past = await createContest(db);
    await createFestival(db, past.id, { published: true, date: '2020-01-01' });
    const closed = await post(
      `/api/v1/contests/${past.id}/festival/guests`,
      guest('ha@example.test', []),
    ).expect(409);
    expect(closed.body.code).toBe('FESTIVAL_REGISTRATION_CLOSED');
    const bad = await post(`${base}/guests`, { ...guest('x@example.test'), email: 'nope' }).expect(
      400,
    );
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });

  it('issues one pass per finalist member and judge, once, each with a short code and a mail', async () => {
    const first = await post(`${base}/passes/issue`, {}, organizer).expect(200);
    expect(first.body.issued).toBeGreaterThan(0);
    const again = await post(`${base}/passes/issue`, {}, organizer).expect(200);
    expect(again.body.issued).toBe(0);
    const finalists = await db.manager.findBy(FestivalPass, { role: 'finalist' });
    expect(finalists.length).toBe(first.body.issued);
    for (const p of finalists) {
      expect(p.shortCode).toMatch(/^[ACDEFGHJKMNPQRTUVWXY3467]{8}$/);
      expect(p.token).toHaveLength(43);
      expect(await mailsTo(p.email, 'festival-pass')).toHaveLength(1);
    }
    const view = await get(`/api/v1/festival/passes/${finalists[0].token}`).expect(200);
    expect(view.body).toMatchObject({ role: 'finalist', shortCode: finalists[0].shortCode });
    await get(`/api/v1/festival/passes/${'x'.repeat(43)}`).expect(404);
  });

  it('admits a pass once; a second scan says when, and counts nothing', async () => {
    const pass = await passOf('binh@example.test');
    const first = await post(`${base}/check-ins`, { code: pass.token }, organizer).expect(200);
    expect(first.body).toMatchObject({
      outcome: 'admitted',
      holder: { fullName: pass.fullName, role: 'guest' },
    });
    const typed = pass.shortCode.toLowerCase().replace(/^(.{4})/, '$1-');
    const second = await post(`${base}/check-ins`, { code: typed }, organizer).expect(200);
    expect(second.body).toMatchObject({ outcome: 'already', checkedInAt: first.body.checkedInAt });
    const arrivals = await get(`${base}/arrivals`, organizer).expect(200);
    expect(arrivals.body.roles).toContainEqual(
      expect.objectContaining({ role: 'guest', arrived: 1 }),
    );
    expect(arrivals.body.arrived).toBe(1);
  });

  it('refuses a forged code, a code of no shape and a pass of another festival, with codes', async () => {
    const forged = await post(`${base}/check-ins`, { code: 'A'.repeat(43) }, organizer).expect(404);
    expect(forged.body.code).toBe('CHECK_IN_CODE_UNKNOWN');
    const garbage = await post(`${base}/check-ins`, { code: 'hello' }, organizer).expect(404);
    expect(garbage.body.code).toBe('CHECK_IN_CODE_UNKNOWN');
    const pass = await passOf('dung@example.test');
    const other = await post(`${otherBase}/check-ins`, { code: pass.token }, organizer).expect(409);
    expect(other.body.code).toBe('CHECK_IN_OTHER_FESTIVAL');
    await post(`${base}/check-ins`, { code: pass.token }).expect(401);
  });

  it('records an offline upload once however often it is sent, and shows two phones admitting one person as a double entry', async () => {
    const pass = await passOf('dung@example.test');
    const phoneA = { nonce: randomUUID(), code: pass.token, scannedAt: '2026-12-20T01:12:00.000Z' };
    const upload = (deviceId: string, scans: object[]) =>
      post(`${base}/check-ins/sync`, { deviceId, scans }, organizer).expect(200);

    const firstUpload = await upload('door-a-phone', [phoneA]);
    expect(firstUpload.body.results).toEqual([
      expect.objectContaining({ nonce: phoneA.nonce, outcome: 'admitted', replayed: false }),
    ]);
    const reupload = await upload('door-a-phone', [phoneA]);
    expect(reupload.body.results).toEqual([
      expect.objectContaining({ outcome: 'admitted', replayed: true }),
    ]);
    const before = await get(`${base}/arrivals`, organizer).expect(200);
    expect(before.body.doubleEntries).toBe(0);

    const phoneB = {
      nonce: randomUUID(),
      code: pass.shortCode,
      scannedAt: '2026-12-20T01:13:00.000Z',
    };
    const forged = { nonce: randomUUID(), code: 'B'.repeat(43), scannedAt: phoneB.scannedAt };
    const second = await upload('door-b-phone', [phoneB, forged]);
    expect(second.body.results).toEqual([
      expect.objectContaining({ outcome: 'double_entry', replayed: false }),
      expect.objectContaining({ outcome: 'refused', code: 'CHECK_IN_CODE_UNKNOWN' }),
    ]);
    await upload('door-b-phone', [phoneB]);
    const after = await get(`${base}/arrivals`, organizer).expect(200);
    expect(after.body.doubleEntries).toBe(1);
    expect(after.body.arrived).toBe(before.body.arrived);
    const doubles = await get(`${base}/check-ins/double-entries`, organizer).expect(200);
    expect(doubles.body).toEqual([
      expect.objectContaining({
        fullName: pass.fullName,
        admissions: [
          expect.objectContaining({ deviceId: 'door-a-phone', doubleEntry: false }),
          expect.objectContaining({ deviceId: 'door-b-phone', doubleEntry: true }),
        ],
      }),
    ]);
    const online = await post(`${base}/check-ins`, { code: pass.token }, organizer).expect(200);
    expect(online.body).toMatchObject({ outcome: 'already', checkedInAt: phoneA.scannedAt });
  });

  it('hands a staff phone the day’s list with names, roles and token hashes only', async () => {
    const list = await get(`${base}/check-ins/offline-list`, organizer).expect(200);
    const text = JSON.stringify(list.body);
    const pass = await passOf('dung@example.test');
    expect(text).not.toContain(pass.token);
    expect(text).not.toContain('@example');
    expect(list.body.passes).toContainEqual(
      expect.objectContaining({
        shortCode: pass.shortCode,
        role: 'guest',
        fullName: pass.fullName,
      }),
    );
  });
});
