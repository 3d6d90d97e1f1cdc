import request from 'supertest';
import { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { ContestStatus } from '@app/contests/contests/contest.entity';
import { Round } from '@app/contests/rounds/round.entity';
import { Entry } from '@app/entries/entries/entry.entity';
import { createContest, createRound } from '../support/contest-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';

const api = (path: string) => `/api/v1${path}`;
const uniqueSlug = () => `cuoc-thi-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
let prefixes = 0;
const uniquePrefix = () => `Q${++prefixes}${Math.floor(Math.random() * 1e4)}`;

const newContest = () => ({
  slug: uniqueSlug(),
  codePrefix: uniquePrefix(),
  nameVi: 'Cuộc thi Khởi nghiệp lần thứ 5',
  nameEn: 'The 5th Startup Competition',
  kind: 'startup_competition',
  descriptionVi: 'Mô tả **Markdown**.',
  descriptionEn: 'A **Markdown** description.',
  registrationOpensAt: '2020-01-01T00:00:00+07:00',
  submissionDeadline: '2099-03-31T23:59:00+07:00',
  graceMinutes: 15,
  blindJudging: true,
  eligibility: {
    applicantTypes: ['team', 'student'],
    minAge: 16,
    maxAge: 35,
    onePersonOneEntry: true,
  },
  fields: [{ key: 'cong-nghe-so', labelVi: 'Công nghệ số', labelEn: 'Digital technology' }],
  prizes: [
    { kind: 'first', nameVi: 'Giải Nhất', nameEn: 'First prize', quantity: 1, amount: 50000000 },
  ],
});

const rubric = [
  {
    key: 'doi-moi',
    labelVi: 'Đổi mới',
    labelEn: 'Innovation',
    guidanceVi: 'Mới thế nào',
    weight: 1,
    maxScore: 60,
  },
  { key: 'doi-ngu', labelVi: 'Đội ngũ', labelEn: 'Team', weight: 1, maxScore: 40 },
];

describe.each(PROFILES)('contests API (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  const tokens: Record<'organizer' | 'applicant' | 'judge', string> = {
    organizer: '',
    applicant: '',
    judge: '',
  };
  const as = (who: keyof typeof tokens) => ({ authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    const env = await testEnvironment(profile, {
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      AUTH_IP_RATE_LIMIT_PER_MINUTE: '5000',
    });
    portal = await startPortal(env);
    db = await openDatabase(env);
    for (const who of ['organizer', 'applicant', 'judge'] as const) {
      const user = await createUser(db, { role: Role[who] });
      const res = await request(portal.url)
        .post(api('/auth/login'))
        .send({ email: user.email, password: FACTORY_PASSWORD })
        .expect(200);
      tokens[who] = res.body.accessToken;
    }
  });
  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  const post = (path: string, body: object, who: keyof typeof tokens = 'organizer') =>
    request(portal.url).post(api(path)).set(as(who)).send(body);
  const patch = (path: string, body: object, who: keyof typeof tokens = 'organizer') =>
    request(portal.url).patch(api(path)).set(as(who)).send(body);
  const move = (id: string, status: string) => post(`/contests/${id}/status`, { status });

  it('creates a draft that the public cannot see until it opens, then walks the status line', async () => {
    const body = newContest();
    const created = await post('/contests', body).expect(201);
    expect(created.body).toMatchObject({
      slug: body.slug,
      status: 'draft',
      codePrefix: body.codePrefix,
      graceMinutes: 15,
      submissionDeadline: '2099-03-31T23:59:00+07:00',
      allowedTransitions: ['open'],
    });
    // Its prizes start the one prize list, the one the prizes and awards routes read.
    expect(created.body.prizes).toMatchObject([
      { kind: 'first', nameVi: 'Giải Nhất', quantity: 1, amount: 50000000, position: 0 },
    ]);
    const id = created.body.id as string;
    const listedPrizes = await request(portal.url)
      .get(api(`/contests/${id}/prizes`))
      .set(as('organizer'))
      .expect(200);
    expect(listedPrizes.body.map((p: { id: string }) => p.id)).toEqual([created.body.prizes[0].id]);
    // A draft: 404 to the public and applicants by id and by slug, shown to organizers.
    for (const path of [`/contests/${id}`, `/contests/by-slug/${body.slug}`]) {
      await request(portal.url).get(api(path)).expect(404);
      await request(portal.url).get(api(path)).set(as('applicant')).expect(404);
      await request(portal.url).get(api(path)).set(as('organizer')).expect(200);
    }
    // One template per resource: the id is a uuid, a slug goes to /by-slug.
    await request(portal.url)
      .get(api(`/contests/${body.slug}`))
      .expect(400);
    const listed = await request(portal.url).get(api('/contests')).expect(200);
    expect(listed.body.map((c: { slug: string }) => c.slug)).not.toContain(body.slug);

    const notReady = await move(id, 'open').expect(409);
    expect(notReady.body.code).toBe('INVALID_STATUS_TRANSITION');

    const category = await post(`/contests/${id}/categories`, {
      key: 'y-tuong',
      nameVi: 'Ý tưởng',
      nameEn: 'Idea',
      eligibility: { teamSizeMin: 1, teamSizeMax: 5, maxAge: 30 },
    }).expect(201);
    expect(category.body.effectiveEligibility).toMatchObject({
      minAge: 16,
      maxAge: 30,
      teamSizeMax: 5,
    });
    await post(`/contests/${id}/rounds`, {
      position: 1,
      nameVi: 'Sơ khảo',
      nameEn: 'Screening',
      criteria: rubric,
    }).expect(201);

    const skip = await move(id, 'judging').expect(409);
    expect(skip.body.code).toBe('INVALID_STATUS_TRANSITION');
    await move(id, 'open').expect(200);

    const shown = await request(portal.url)
      .get(api(`/contests/${id}`))
      .expect(200);
    const bySlug = await request(portal.url)
      .get(api(`/contests/by-slug/${body.slug}`))
      .expect(200);
    expect(bySlug.body).toEqual(shown.body);
    expect(shown.body).toMatchObject({ status: 'open', acceptingSubmissions: true });
    expect(shown.body.rounds[0].criteria[0]).toEqual({
      key: 'doi-moi',
      labelVi: 'Đổi mới',
      labelEn: 'Innovation',
      maxScore: 60,
    });
    expect(JSON.stringify(shown.body)).not.toMatch(
      /weight|guidance|codePrefix|lastEntryNumber|graceMinutes|version/,
    );
    const list = await request(portal.url).get(api('/contests')).expect(200);
    expect(list.body[0].slug).toBe(body.slug);

    await move(id, 'closed').expect(200);
    await move(id, 'open').expect(200);
    await move(id, 'closed').expect(200);
    const judging = await move(id, 'judging').expect(200);
    expect(judging.body.allowedTransitions).toEqual([]);
    const back = await move(id, 'open').expect(409);
    expect(back.body.code).toBe('INVALID_STATUS_TRANSITION');
  });

  it('refuses a taken slug, unknown fields, bad windows and incoherent eligibility', async () => {
    const first = newContest();
    await post('/contests', first).expect(201);
    const taken = await post('/contests', { ...newContest(), slug: first.slug }).expect(409);
    expect(taken.body.code).toBe('SLUG_TAKEN');
    // Entry codes are unique across contests, so a code prefix belongs to one contest.
    const prefix = await post('/contests', { ...newContest(), codePrefix: first.codePrefix });
    expect([prefix.status, prefix.body.code]).toEqual([409, 'CODE_PREFIX_TAKEN']);

    for (const extra of [
      { id: '00000000-0000-4000-8000-000000000000' },
      { lastEntryNumber: 5 },
      { status: 'open' },
    ]) {
      const res = await post('/contests', { ...newContest(), ...extra }).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    const bad: object[] = [
      { slug: 'Có Dấu' },
      { codePrefix: 'q5' },
      { codePrefix: 'ABCDEFGHI' },
      { graceMinutes: 241 },
      { submissionDeadline: '2099-03-31T23:59:00' },
      { registrationOpensAt: '2099-04-01T00:00:00+07:00' },
      { eligibility: { minAge: 30, maxAge: 20 } },
      { eligibility: { teamSizeMax: 51 } },
      { eligibility: { applicantTypes: ['alien'] } },
      { eligibility: { startupMaxAgeYears: 51 } },
      {
        fields: [
          { key: 'a', labelVi: 'A', labelEn: 'A' },
          { key: 'a', labelVi: 'B', labelEn: 'B' },
        ],
      },
      { descriptionVi: 'x'.repeat(20001) },
    ];
    for (const change of bad) {
      const res = await post('/contests', { ...newContest(), ...change });
      expect({ change, status: res.status, code: res.body.code }).toEqual({
        change,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
    const contest = await createContest(db);
    const nulled = await patch(`/contests/${contest.id}`, { nameVi: null }).expect(400);
    expect(nulled.body.code).toBe('VALIDATION_FAILED');
    const renamed = await patch(`/contests/${contest.id}`, { slug: first.slug }).expect(409);
    expect(renamed.body.code).toBe('SLUG_TAKEN');
    const lowered = await patch(`/contests/${contest.id}`, { eligibility: { minAge: 18 } }).expect(
      200,
    );
    expect(lowered.body.categories[0].effectiveEligibility).toEqual({ minAge: 18 });
  });

  it('keeps organizer routes from applicants and judges (403) and anonymous callers (401)', async () => {
    const contest = await createContest(db);
    const round = await createRound(db, contest);
    const routes: [string, string][] = [
      ['post', '/contests'],
      ['patch', `/contests/${contest.id}`],
      ['get', `/contests/${contest.id}/admin`],
      ['post', `/contests/${contest.id}/categories`],
      ['patch', `/categories/${contest.category.id}`],
      ['delete', `/categories/${contest.category.id}`],
      ['post', `/contests/${contest.id}/rounds`],
      ['patch', `/rounds/${round.id}`],
      ['post', `/contests/${contest.id}/questions`],
    ];
    for (const [method, path] of routes) {
      const call = () => request(portal.url)[method as 'get'](api(path));
      expect([path, (await call()).status]).toEqual([path, 401]);
      for (const who of ['applicant', 'judge'] as const)
        expect([path, who, (await call().set(as(who)).send({})).status]).toEqual([path, who, 403]);
    }
    await request(portal.url)
      .get(api(`/contests/${contest.id}/admin`))
      .set(as('organizer'))
      .expect(200);
  });

  it('locks the rubric after the first score and detects stale versions', async () => {
    const contest = await createContest(db);
    const created = await post(`/contests/${contest.id}/rounds`, {
      position: 1,
      nameVi: 'Sơ khảo',
      nameEn: 'Screening',
      criteria: rubric,
    }).expect(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({
      version: 1,
      rubricLocked: false,
      reviewsPerEntry: 3,
      mode: 'online',
    });
    const duplicate = await post(`/contests/${contest.id}/rounds`, {
      position: 1,
      nameVi: 'X',
      nameEn: 'X',
      criteria: rubric,
    }).expect(409);
    expect(duplicate.body.code).toBe('DUPLICATE_KEY');
    for (const criteria of [
      [],
      [{ ...rubric[0], maxScore: 1001 }],
      [{ ...rubric[0], weight: 0 }],
      [rubric[0], rubric[0]],
    ])
      await post(`/contests/${contest.id}/rounds`, {
        position: 2,
        nameVi: 'B',
        nameEn: 'B',
        criteria,
      }).expect(400);
    await patch(`/rounds/${id}`, { reviewsPerEntry: 21 }).expect(400);

    // Two organizers edit from the same version: one wins, the other is told.
    const [a, b] = await Promise.all([
      patch(`/rounds/${id}`, { version: 1, reviewsPerEntry: 4 }),
      patch(`/rounds/${id}`, { version: 1, reviewsPerEntry: 5 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect((a.status === 409 ? a : b).body.code).toBe('STALE_VERSION');
    expect((a.status === 200 ? a : b).body.version).toBe(2);

    // What the judging lib does at the first score (TypeORM's update() also bumps the version: 3).
    await db.manager.update(Round, { id }, { rubricLockedAt: new Date() });
    const locked = await patch(`/rounds/${id}`, {
      criteria: [{ ...rubric[0], maxScore: 50 }, rubric[1]],
    }).expect(409);
    expect(locked.body.code).toBe('RUBRIC_LOCKED');
    expect(locked.body.message).toMatch(/rubric/i);
    // The same rubric sent again, and other settings, still go through.
    const same = await patch(`/rounds/${id}`, {
      criteria: rubric,
      judgingOpensAt: '2099-04-01T08:00:00+07:00',
      judgingClosesAt: '2099-04-20T17:00:00+07:00',
    }).expect(200);
    expect(same.body).toMatchObject({
      rubricLocked: true,
      judgingOpensAt: '2099-04-01T08:00:00+07:00',
      version: 4,
    });
  });

  it('validates extra questions and keeps their keys unique', async () => {
    const contest = await createContest(db);
    const choice = {
      key: 'da-co-khach-hang',
      labelVi: 'Sản phẩm đã có khách hàng chưa?',
      labelEn: 'Customers yet?',
      kind: 'choice',
      required: true,
      options: ['Chưa', 'Rồi'],
    };
    const created = await post(`/contests/${contest.id}/questions`, choice).expect(201);
    expect(created.body).toMatchObject({
      key: choice.key,
      options: ['Chưa', 'Rồi'],
      required: true,
    });
    expect((await post(`/contests/${contest.id}/questions`, choice).expect(409)).body.code).toBe(
      'DUPLICATE_KEY',
    );
    const bad: object[] = [
      { ...choice, key: 'mot-lua-chon', options: ['Một'] },
      {
        ...choice,
        key: 'qua-nhieu',
        options: Array.from({ length: 51 }, (_, i) => `Lựa chọn ${i}`),
      },
      { ...choice, key: 'trung', options: ['A', 'A'] },
      { ...choice, key: 'so', kind: 'number', options: ['A', 'B'] },
      { ...choice, key: 'loai-la', kind: 'date' },
      { ...choice, key: 'Khoá Hoa' },
      { ...choice, key: 'thua', contestId: contest.id },
    ];
    for (const body of bad) {
      const res = await post(`/contests/${contest.id}/questions`, body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
    }
    const changed = await patch(`/questions/${created.body.id}`, { kind: 'number' }).expect(200);
    expect(changed.body).toMatchObject({ kind: 'number', options: null });
    await patch(`/questions/${created.body.id}`, { kind: 'choice' }).expect(400);
    await request(portal.url)
      .delete(api(`/questions/${created.body.id}`))
      .set(as('organizer'))
      .expect(204);
    await request(portal.url)
      .delete(api(`/questions/${created.body.id}`))
      .set(as('organizer'))
      .expect(404);
  });

  it('deletes only a category that no entry uses', async () => {
    const contest = await createContest(db, { status: ContestStatus.open });
    const spare = await post(`/contests/${contest.id}/categories`, {
      key: 'du-an',
      nameVi: 'Dự án',
      nameEn: 'Project',
      eligibility: { startupMaxAgeYears: 5 },
    }).expect(201);
    expect(
      (
        await post(`/contests/${contest.id}/categories`, {
          key: 'du-an',
          nameVi: 'X',
          nameEn: 'X',
        }).expect(409)
      ).body.code,
    ).toBe('DUPLICATE_KEY');
    await patch(`/categories/${spare.body.id}`, {
      eligibility: { teamSizeMin: 3, teamSizeMax: 2 },
    }).expect(400);
    const owner = await createUser(db);
    await db.manager.insert(Entry, {
      contestId: contest.id,
      categoryId: contest.category.id,
      ownerId: owner.id,
      code: `TST-${Date.now() % 100000}`,
      applicantType: 'team',
      title: 'Ý tưởng thử',
    });
    const inUse = await request(portal.url)
      .delete(api(`/categories/${contest.category.id}`))
      .set(as('organizer'))
      .expect(409);
    expect(inUse.body.code).toBe('CATEGORY_IN_USE');
    await request(portal.url)
      .delete(api(`/categories/${spare.body.id}`))
      .set(as('organizer'))
      .expect(204);
  });
});
