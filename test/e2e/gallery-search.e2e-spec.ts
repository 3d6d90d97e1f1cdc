import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { ContestStatus } from '@app/contests/contests/contest.entity';
import { createCategory, createContest } from '../support/contest-factory';
import type { ContestFixture } from '../support/contest-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { createListedEntry } from '../support/listing-factory';
import { RunningPortal, startPortal } from '../support/portal';

/**
 * The public gallery's search, filters and pages on both profiles: accents and case never
 * matter ("sa huynh" finds "Sa Huỳnh") in title, summary and team name, the filters combine,
 * pages are stable, and bad input gets a coded 4xx.
 */
describe.each(PROFILES)('gallery search and filters (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let contest: ContestFixture;
  let searchContest: ContestFixture;
  const made: Record<string, { code: string; id: string; token: string }> = {};

  const api = () => request(portal.url);
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const login = async (user: { email: string }) =>
    (
      await api()
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: FACTORY_PASSWORD })
        .expect(200)
    ).body.accessToken as string;
  const optIn = (token: string, entryId: string, body: object) =>
    api().put(`/api/v1/entries/${entryId}/gallery`).set(bearer(token)).send(body);
  const found = async (query: Record<string, string>) =>
    (
      await api()
        .get(`/api/v1/contests/${searchContest.id}/gallery`)
        .query({ pageSize: '48', ...query })
        .expect(200)
    ).body.items.map((item: { code: string }) => item.code) as string[];

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    contest = await createContest(db);
  });

  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  beforeAll(async () => {
    searchContest = await createContest(db, {
      codePrefix: `H${randomBytes(3).toString('hex').toUpperCase()}`,
    });
    const project = await createCategory(db, searchContest, {
      key: 'du-an',
      nameVi: 'Dự án',
      nameEn: 'Project',
      position: 1,
    });
    const rows: Array<[string, Parameters<typeof createListedEntry>[3]]> = [
      [
        'beach',
        {
          title: 'Du lịch cộng đồng Sa Huỳnh',
          teamName: 'Đội Biển Xanh',
          summary: 'Homestay ven biển.',
          commune: 'Phường Sa Huỳnh',
        },
      ],
      [
        'salt',
        {
          title: 'Muối sạch',
          teamName: 'Nhóm Hạt Muối',
          summary: 'Muối tinh từ đồng muối **Sa Huỳnh** xưa.',
          district: 'Thị xã Đức Phổ',
          fieldKey: 'nong-nghiep',
          categoryId: project.id,
        },
      ],
      [
        'stem',
        {
          title: 'Sân chơi STEM',
          teamName: 'Sáng Tạo Trẻ',
          summary: 'Đồ chơi khoa học cho trẻ em.',
          commune: 'Phường Trương Quang Trọng',
        },
      ],
    ];
    for (const [key, input] of rows) {
      const owner = await createUser(db);
      const entry = await createListedEntry(db, searchContest, owner, input);
      const token = await login(owner);
      await optIn(token, entry.id, {}).expect(200);
      made[key] = { code: entry.code, id: entry.id, token };
    }
    // Listed in another contest: never in this one's results.
    const owner = await createUser(db);
    const elsewhere = await createListedEntry(db, contest, owner, {
      title: 'Du lịch cộng đồng Sa Huỳnh',
    });
    await optIn(await login(owner), elsewhere.id, {}).expect(200);
  });

  it('finds "Sa Huỳnh" typed without accents, in any case, in title, summary and team name', async () => {
    expect((await found({ q: 'sa huynh' })).sort()).toEqual(
      [made.beach.code, made.salt.code].sort(),
    );
    expect((await found({ q: 'SA HUỲNH' })).sort()).toEqual(
      [made.beach.code, made.salt.code].sort(),
    );
    expect(await found({ q: 'Sa Huỳnh'.normalize('NFD') })).toHaveLength(2);
    expect(await found({ q: 'bien xanh' })).toEqual([made.beach.code]);
    expect(await found({ q: 'homestay' })).toEqual([made.beach.code]);
    expect(await found({ q: 'do choi khoa hoc' })).toEqual([made.stem.code]);
    expect(await found({ q: 'sang tao tre' })).toEqual([made.stem.code]);
    expect(await found({ q: 'quang ngai' })).toEqual([]);
    expect(await found({ q: '%' })).toEqual([]);
    expect(await found({ q: 'sa_huynh' })).toEqual([]);
  });

  it('searches what the team changed since it opted in', async () => {
    await api()
      .patch(`/api/v1/entries/${made.stem.id}`)
      .set(bearer(made.stem.token))
      .send({ summary: 'Bộ lắp ghép robot bằng tre.' })
      .expect(200);
    expect(await found({ q: 'robot bang tre' })).toEqual([made.stem.code]);
    expect(await found({ q: 'do choi khoa hoc' })).toEqual([]);
  });

  it('filters by category, field, commune and district', async () => {
    expect(await found({ category: 'du-an' })).toEqual([made.salt.code]);
    expect((await found({ category: 'y-tuong' })).sort()).toEqual(
      [made.beach.code, made.stem.code].sort(),
    );
    expect(await found({ category: 'khong-co' })).toEqual([]);
    expect(await found({ field: 'nong-nghiep' })).toEqual([made.salt.code]);
    expect(await found({ commune: 'Phường Sa Huỳnh' })).toEqual([made.beach.code]);
    expect(await found({ district: 'duc pho' })).toEqual([made.salt.code]);
    expect(await found({ commune: 'Phường Sa Huỳnh', q: 'muoi' })).toEqual([]);
  });

  it('pages in a stable order', async () => {
    const all = await found({});
    expect(all).toHaveLength(3);
    const pages = [];
    for (const page of ['1', '2', '3']) pages.push(...(await found({ pageSize: '1', page })));
    expect(pages).toEqual(all);
    const beyond = (
      await api()
        .get(`/api/v1/contests/${searchContest.slug}/gallery`)
        .query({ page: '9', pageSize: '1' })
        .expect(200)
    ).body;
    expect(beyond).toMatchObject({ items: [], total: 3, page: 9, pageSize: 1 });
  });

  it('answers bad input with coded 4xx, never a 500', async () => {
    const draft = await createContest(db, { status: ContestStatus.draft });
    for (const ref of [
      randomUUID(),
      'khong-co-cuoc-thi-nay',
      draft.slug,
      draft.id,
      'x'.repeat(90),
    ]) {
      const res = await api().get(`/api/v1/contests/${encodeURIComponent(ref)}/gallery`);
      expect([ref.slice(0, 40), res.status, res.body.code]).toEqual([
        ref.slice(0, 40),
        404,
        'NOT_FOUND',
      ]);
    }
    // A path parameter beyond the router's limit is refused before any route runs, still
    // coded, without echoing the path, and with the security headers.
    const long = await api().get(`/api/v1/contests/${'x'.repeat(3000)}/gallery`);
    expect([long.status, long.body.code]).toEqual([414, 'URI_TOO_LONG']);
    expect(JSON.stringify(long.body)).not.toContain('xxxx');
    expect(long.headers['x-content-type-options']).toBe('nosniff');
    for (const query of [
      { page: '0' },
      { page: '-1' },
      { page: 'abc' },
      { page: '1e308' },
      { page: '10001' },
      { pageSize: '1000' },
      { q: 'a'.repeat(201) },
      { q: 'ă'.repeat(1000) },
      { commune: 'Phường Hoàn Kiếm' },
      { category: 'k'.repeat(41) },
      { unknown: '1' },
    ]) {
      const res = await api().get(`/api/v1/contests/${contest.id}/gallery`).query(query);
      expect([query, res.status, res.body.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
    }
  });
});
