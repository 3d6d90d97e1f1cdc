import ICAL from 'ical.js';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { Festival } from '@app/festival/programme/festival.entity';
import { FestivalBooth } from '@app/festival/programme/festival-booth.entity';
import { createAwardsContest } from '../support/awards-factory';
import type { AwardsContest } from '../support/awards-factory';
import { createContest } from '../support/contest-factory';
import { createUser, openDatabase } from '../support/database';
import { accessTokenOf, bearer } from '../support/api-client';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';

const NIL = '00000000-0000-4000-8000-000000000000';

const DETAILS = {
  date: '2026-12-20',
  venue: 'Trung tâm Hội nghị tỉnh, 1 Hùng Vương',
  nameVi: 'Ngày hội khởi nghiệp đổi mới sáng tạo 2026',
  nameEn: 'Innovation Startup Festival 2026',
  descriptionVi: 'Khai mạc, tọa đàm, triển lãm và chung kết.',
  descriptionEn: 'Opening, seminars, exhibition and the final.',
};

const SEMINAR = {
  kind: 'seminar',
  titleVi: 'Tọa đàm: vốn cho khởi nghiệp; từ ý tưởng, đến thị trường',
  titleEn: 'Seminar: funding startups',
  startTime: '09:45',
  endTime: '11:00',
  room: 'Phòng 2',
  speakers: [{ name: 'TS. Lê Thị Hoa', title: 'Quỹ Đổi mới công nghệ quốc gia' }],
  descriptionVi: 'Nhà đầu tư và đội thi trao đổi.',
  descriptionEn: null,
};

const OPENING = {
  kind: 'opening',
  titleVi: 'Khai mạc',
  titleEn: 'Opening',
  startTime: '08:00',
  endTime: '09:30',
  room: 'Hội trường A',
  speakers: [],
};

describe.each(PROFILES)('festival API (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let organizer: string;
  let applicant: string;
  let fixture: AwardsContest;
  let base: string;

  const login = (email: string) => accessTokenOf(portal.url, email);
  const as = bearer;
  const get = (path: string, token?: string) => request(portal.url).get(path).set(as(token));
  const send = (method: 'post' | 'put', path: string, body: object, token = organizer) =>
    request(portal.url)[method](path).set(as(token)).send(body);
  const del = (path: string, token = organizer) => request(portal.url).delete(path).set(as(token));

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    const [o, a] = await Promise.all([
      createUser(db, { role: Role.organizer }),
      createUser(db, { role: Role.applicant }),
    ]);
    [organizer, applicant] = await Promise.all([o, a].map((u) => login(u.email)));
    fixture = await createAwardsContest(db);
    base = `/api/v1/contests/${fixture.contest.id}/festival`;
  });

  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('hides an unpublished festival from everyone but organizers, then shows it once published', async () => {
    await get(base).expect(404);
    await get(base, organizer).expect(404);
    const created = await send('put', base, DETAILS).expect(200);
    expect(created.body).toMatchObject({ ...DETAILS, published: false, sessions: [], booths: [] });
    const again = await send('put', base, { ...DETAILS, venue: 'Nhà Văn hóa Thanh niên' }).expect(
      200,
    );
    expect(again.body).toMatchObject({ id: created.body.id, venue: 'Nhà Văn hóa Thanh niên' });
    await send('put', base, DETAILS).expect(200);
    expect((await get(base).expect(404)).body.code).toBe('NOT_FOUND');
    await get(base, applicant).expect(404);
    await get(`${base}.ics`).expect(404);
    await get(base, organizer).expect(200);

    const published = await send('post', `${base}/publish`, {}).expect(200);
    expect(published.body.published).toBe(true);
    const republished = await send('post', `${base}/publish`, {}).expect(200);
    expect(republished.body.publishedAt).toBe(published.body.publishedAt);
    const open = await get(base).expect(200);
    expect(open.body).toMatchObject({ ...DETAILS, published: true });
  });

  it('keeps sessions in time order, with their times on the festival day in Vietnam', async () => {
    const seminar = await send('post', `${base}/sessions`, SEMINAR).expect(201);
    const opening = await send('post', `${base}/sessions`, OPENING).expect(201);
    expect(opening.body).toMatchObject({
      ...OPENING,
      startsAt: '2026-12-20T08:00:00+07:00',
      endsAt: '2026-12-20T09:30:00+07:00',
    });
    const read = await get(base).expect(200);
    expect(read.body.sessions.map((s: { id: string }) => s.id)).toEqual([
      opening.body.id,
      seminar.body.id,
    ]);
    const moved = await send('put', `${base}/sessions/${opening.body.id}`, {
      ...OPENING,
      startTime: '13:30',
      endTime: '14:00',
    }).expect(200);
    expect(moved.body.startsAt).toBe('2026-12-20T13:30:00+07:00');
    const after = await get(base).expect(200);
    expect(after.body.sessions.map((s: { id: string }) => s.id)).toEqual([
      seminar.body.id,
      opening.body.id,
    ]);
    await del(`${base}/sessions/${opening.body.id}`).expect(204);
    await del(`${base}/sessions/${opening.body.id}`).expect(404);
  });

  it.each([
    ['an end before the start', { startTime: '10:00', endTime: '09:00' }, 'dateOrder'],
    ['an end equal to the start', { startTime: '10:00', endTime: '10:00' }, 'dateOrder'],
    ['a time past the day', { endTime: '24:30' }, 'notFormat'],
    ['a time that is no time', { startTime: '9h' }, 'notFormat'],
    ['an unknown kind', { kind: 'concert' }, 'notChoice'],
    ['a speaker without a name', { speakers: [{ name: ' ', title: 'x' }] }, 'required'],
    [
      'a speaker address that is no address',
      { speakers: [{ name: 'TS. Lê Thị Hoa', title: '', email: 'hoa.le@' }] },
      'notEmail',
    ],
    ['an unknown field', { colour: 'red' }, 'unknownField'],
  ])('refuses a session with %s (400 VALIDATION_FAILED)', async (_what, change, code) => {
    const res = await send('post', `${base}/sessions`, { ...SEMINAR, ...change }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d: { code: string }) => d.code)).toContain(code);
  });

  it.each([
    ['a date that does not exist', { date: '2026-02-30' }],
    ['a date with a time', { date: '2026-12-20T08:00:00Z' }],
    ['an empty venue', { venue: '  ' }],
  ])('refuses festival details with %s (400)', async (_what, change) => {
    const res = await send('put', base, { ...DETAILS, ...change }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it("gives booths to finalists and partners, unique by number, shown with the team's idea", async () => {
    const finalist = fixture.finalists.idea[0];
    const team = await send('post', `${base}/booths`, {
      number: 'A2',
      entryId: finalist.id,
    }).expect(201);
    expect(team.body).toMatchObject({
      number: 'A2',
      entryId: finalist.id,
      entryCode: finalist.code,
      idea: finalist.title,
      partner: false,
    });
    const partner = await send('post', `${base}/booths`, {
      number: 'A10',
      partnerName: 'Trung tâm Ươm tạo tỉnh',
      partnerShowcase: 'Nền tảng truy xuất nguồn gốc',
    }).expect(201);
    expect(partner.body).toMatchObject({ team: 'Trung tâm Ươm tạo tỉnh', partner: true });
    await send('post', `${base}/booths`, {
      number: 'A1',
      entryId: fixture.finalists.project[0].id,
    }).expect(201);

    const taken = await send('post', `${base}/booths`, {
      number: 'A2',
      partnerName: 'Ngân hàng X',
    }).expect(409);
    expect(taken.body.code).toBe('BOOTH_NUMBER_TAKEN');
    const renumbered = await send('put', `${base}/booths/${partner.body.id}`, {
      number: 'A2',
      partnerName: 'Trung tâm Ươm tạo tỉnh',
    }).expect(409);
    expect(renumbered.body.code).toBe('BOOTH_NUMBER_TAKEN');

    const notFinalist = await send('post', `${base}/booths`, {
      number: 'B1',
      entryId: fixture.eliminated.id,
    }).expect(409);
    expect(notFinalist.body.code).toBe('BOOTH_ENTRY_NOT_FINALIST');

    const publicView = await get(base).expect(200);
    expect(publicView.body.booths.map((b: { number: string }) => b.number)).toEqual([
      'A1',
      'A2',
      'A10',
    ]);
    expect(publicView.body.booths[1]).not.toHaveProperty('entryId');
    expect(publicView.body.booths[1]).toMatchObject({ entryCode: finalist.code });
    const candidates = await get(`${base}/booth-candidates`, organizer).expect(200);
    expect(candidates.body.map((c: { id: string }) => c.id)).toContain(finalist.id);
    expect(candidates.body.map((c: { id: string }) => c.id)).not.toContain(fixture.eliminated.id);

    await del(`${base}/booths/${partner.body.id}`).expect(204);
    expect(await db.manager.existsBy(FestivalBooth, { id: partner.body.id })).toBe(false);
  });

  it.each([
    ['neither an entry nor a partner', { number: 'C1' }],
    ['a partner cleared to null', { number: 'C1', entryId: null, partnerName: null }],
    ['both an entry and a partner', { number: 'C1', entryId: NIL, partnerName: 'Đối tác' }],
    ['an empty number', { number: ' ', partnerName: 'Đối tác' }],
    ['an entry id that is no uuid', { number: 'C1', entryId: 'QNG5-0001' }],
  ])('refuses a booth with %s (400)', async (_what, body) => {
    const res = await send('post', `${base}/booths`, body).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it("answers 404 for another contest's festival, sessions, booths and entries", async () => {
    const other = await createContest(db);
    const otherBase = `/api/v1/contests/${other.id}/festival`;
    await send('put', otherBase, DETAILS).expect(200);
    const foreign = await send('post', `${otherBase}/sessions`, OPENING).expect(201);
    const foreignBooth = await send('post', `${otherBase}/booths`, {
      number: 'Z1',
      partnerName: 'Đối tác khác',
    }).expect(201);
    await send('put', `${base}/sessions/${foreign.body.id}`, OPENING).expect(404);
    await del(`${base}/sessions/${foreign.body.id}`).expect(404);
    await get(`${base}/sessions/${foreign.body.id}.ics`).expect(404);
    await send('put', `${base}/booths/${foreignBooth.body.id}`, {
      number: 'Z1',
      partnerName: 'x',
    }).expect(404);
    await del(`${base}/booths/${foreignBooth.body.id}`).expect(404);
    // A finalist of this contest is "not found" at the other contest's festival.
    const res = await send('post', `${otherBase}/booths`, {
      number: 'Z2',
      entryId: fixture.finalists.idea[0].id,
    }).expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
    await send('post', `/api/v1/contests/${NIL}/festival/sessions`, OPENING).expect(404);
    await send('put', `/api/v1/contests/${NIL}/festival`, DETAILS).expect(404);
  });

  it('keeps one festival and one booth per number when organizers save at the same moment', async () => {
    const other = await createContest(db);
    const otherBase = `/api/v1/contests/${other.id}/festival`;
    const saves = await Promise.all(
      ['Hội trường A', 'Hội trường B', 'Hội trường C', 'Hội trường D'].map((venue) =>
        send('put', otherBase, { ...DETAILS, venue }),
      ),
    );
    expect(saves.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(await db.manager.countBy(Festival, { contestId: other.id })).toBe(1);
    const booths = await Promise.all(
      ['Đối tác 1', 'Đối tác 2', 'Đối tác 3'].map((partnerName) =>
        send('post', `${otherBase}/booths`, { number: 'R1', partnerName }),
      ),
    );
    expect(booths.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(booths.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual([
      'BOOTH_NUMBER_TAKEN',
      'BOOTH_NUMBER_TAKEN',
    ]);
  });

  it('is written by organizers only: applicants 403, anonymous 401', async () => {
    const writes: Array<[string, string, object]> = [
      ['put', base, DETAILS],
      ['post', `${base}/publish`, {}],
      ['post', `${base}/sessions`, OPENING],
      ['post', `${base}/booths`, { number: 'D1', partnerName: 'x' }],
    ];
    for (const [method, path, body] of writes) {
      const refused = await send(method as 'post' | 'put', path, body, applicant).expect(403);
      expect(refused.body.code).toBe('FORBIDDEN');
      await request(portal.url)[method as 'post' | 'put'](path).send(body).expect(401);
    }
    await get(`${base}/booth-candidates`, applicant).expect(403);
    await del(`${base}/sessions/${NIL}`, applicant).expect(403);
  });

  it('serves the day and each session as iCalendar files with UTC times of Vietnam', async () => {
    const read = await get(base).expect(200);
    const seminar = read.body.sessions.find((s: { kind: string }) => s.kind === 'seminar');
    const day = await get(`${base}.ics`).expect(200);
    expect(day.headers['content-type']).toMatch(/^text\/calendar/);
    const text = day.text ?? day.body.toString('utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(read.body.sessions.length);
    const event = events.find((e) => e.uid.startsWith(seminar.id))!;
    expect(event.summary).toBe(SEMINAR.titleVi);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-20T02:45:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-20T04:00:00.000Z');
    expect(text).toContain('SUMMARY:Tọa đàm: vốn cho khởi nghiệp\\; từ ý tưởng\\, đến thị trường');

    const one = await get(`${base}/sessions/${seminar.id}.ics?lang=en`).expect(200);
    const single = new ICAL.Component(ICAL.parse(one.text ?? one.body.toString('utf8')));
    const [only] = single.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(only.uid).toBe(event.uid);
    expect(only.summary).toBe(SEMINAR.titleEn);
    await get(`${base}/sessions/${NIL}.ics`).expect(404);
  });
});
