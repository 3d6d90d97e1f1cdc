import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { createContest } from '../support/contest-factory';
import type { ContestFixture } from '../support/contest-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { createReadyEntry, signIn } from '../support/entry-factory';
import { PROFILES, testEnvironment } from '../support/environment';
import { createListedEntry } from '../support/listing-factory';
import { RunningPortal, startPortal } from '../support/portal';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

/**
 * The organizers' search and district filter ignore accents and case the same way on
 * both databases: what people type without diacritics finds the Vietnamese text. The
 * commune filter takes a name from the province's list; the search finds communes too.
 */
describe.each(PROFILES)("organizers' search without diacritics (%s profile)", (profile) => {
  let sink: SmtpSink;
  let portal: RunningPortal;
  let db: DataSource;
  let organizer: string;
  let contest: ContestFixture;

  const codes = async (query: Record<string, string>) => {
    const res = await request(portal.url)
      .get(`/api/v1/contests/${contest.id}/entries`)
      .query({ pageSize: '100', ...query })
      .set('authorization', `Bearer ${organizer}`)
      .expect(200);
    return (res.body.items as Array<{ code: string }>).map((item) => item.code);
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    const env = await testEnvironment(profile, { SMTP_URL: sink.url });
    portal = await startPortal(env);
    db = await openDatabase(env);
    const organizerUser = await createUser(db, { role: Role.organizer });
    organizer = (
      await request(portal.url)
        .post('/api/v1/auth/login')
        .send({ email: organizerUser.email, password: FACTORY_PASSWORD })
        .expect(200)
    ).body.accessToken as string;
    contest = await createContest(db, {
      codePrefix: `S${randomBytes(3).toString('hex').toUpperCase()}`,
    });
  });

  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
    await sink?.close();
  });

  describe('entries written by the factories', () => {
    const made: Record<string, string> = {};

    beforeAll(async () => {
      const leader = await createUser(db, { fullName: 'Huỳnh Thị Ánh' });
      made.beach = (
        await createListedEntry(db, contest, leader, {
          title: 'Du lịch cộng đồng Sa Huỳnh',
          teamName: 'Đội Biển Xanh',
          district: 'Thị xã Đức Phổ',
        })
      ).code;
      made.salt = (
        await createListedEntry(db, contest, await createUser(db, { fullName: 'Lê Văn Tám' }), {
          title: 'Muối sạch từ đồng muối',
          teamName: 'Nhóm Hạt Muối',
          district: 'Huyện Bình Sơn',
          members: [{ fullName: 'Nguyễn Đức Phúc', email: 'phuc.nguyen@example.vn' }],
        })
      ).code;
      made.other = (
        await createListedEntry(db, contest, await createUser(db, { fullName: 'Trần Minh' }), {
          title: 'Sân chơi STEM cho trẻ em',
          teamName: 'Sáng Tạo',
          district: 'Huyện Sơn Tịnh',
          commune: 'Phường Trương Quang Trọng',
        })
      ).code;
      // Another contest's entry never shows up.
      const other = await createContest(db, {
        codePrefix: `O${randomBytes(3).toString('hex').toUpperCase()}`,
      });
      await createListedEntry(db, other, leader, {
        title: 'Du lịch cộng đồng Sa Huỳnh',
        district: 'Thị xã Đức Phổ',
      });
    });

    it('finds Vietnamese text typed without diacritics, in any case', async () => {
      expect(await codes({ q: 'sa huynh' })).toEqual([made.beach]);
      expect(await codes({ q: 'SA HUỲNH' })).toEqual([made.beach]);
      expect(await codes({ q: 'Sa Huỳnh' })).toEqual([made.beach]);
      expect(await codes({ q: 'SA  HUYNH ' })).toEqual([made.beach]);
      // Decomposed input (as some keyboards send it) meets the precomposed text.
      expect(await codes({ q: 'Sa Huỳnh'.normalize('NFD') })).toEqual([made.beach]);
    });

    it('finds parts of words in titles, team names, member names and e-mails', async () => {
      expect(await codes({ q: 'huyn' })).toEqual([made.beach]);
      expect(await codes({ q: 'bien xa' })).toEqual([made.beach]);
      expect(await codes({ q: 'muoi' })).toEqual([made.salt]);
      expect(await codes({ q: 'duc phuc' })).toEqual([made.salt]);
      expect(await codes({ q: 'PHUC.NGUYEN@' })).toEqual([made.salt]);
      expect(await codes({ q: 'anh' })).toEqual([made.beach]);
      expect(await codes({ q: made.other.toLowerCase() })).toEqual([made.other]);
    });

    it('matches nothing unrelated, and takes % and _ literally', async () => {
      expect(await codes({ q: 'sa huynh xanh' })).toEqual([]);
      expect(await codes({ q: 'quang ngai' })).toEqual([]);
      expect(await codes({ q: '%' })).toEqual([]);
      expect(await codes({ q: 'sa_huynh' })).toEqual([]);
    });

    it('filters by district without diacritics, in any case, on part of the name', async () => {
      expect(await codes({ district: 'duc pho' })).toEqual([made.beach]);
      expect(await codes({ district: 'ĐỨC PHỔ' })).toEqual([made.beach]);
      expect(await codes({ district: 'Thị xã Đức Phổ' })).toEqual([made.beach]);
      expect(await codes({ district: 'huyen' })).toEqual([made.salt, made.other]);
      expect(await codes({ district: 'son tinh' })).toEqual([made.other]);
      expect(await codes({ district: 'tu nghia' })).toEqual([]);
      expect(await codes({ district: 'duc pho', q: 'muoi' })).toEqual([]);
    });

    it('finds an entry by its commune, typed without diacritics, in any case', async () => {
      expect(await codes({ q: 'truong quang trong' })).toEqual([made.other]);
      expect(await codes({ q: 'PHƯỜNG TRƯƠNG' })).toEqual([made.other]);
      expect(await codes({ q: 'quang trong' })).toEqual([made.other]);
    });

    it('filters by a commune of the list, alone or with the other filters', async () => {
      expect(await codes({ commune: 'Phường Trương Quang Trọng' })).toEqual([made.other]);
      expect(await codes({ commune: 'Phường Sa Huỳnh' })).toEqual([]);
      expect(await codes({ commune: 'Phường Trương Quang Trọng', q: 'stem' })).toEqual([
        made.other,
      ]);
      expect(await codes({ commune: 'Phường Trương Quang Trọng', district: 'duc pho' })).toEqual(
        [],
      );
    });

    it('refuses a commune that is not in the list', async () => {
      for (const commune of ['truong quang trong', 'Huyện Sơn Tịnh', 'Phường Hoàn Kiếm'])
        await request(portal.url)
          .get(`/api/v1/contests/${contest.id}/entries`)
          .query({ commune })
          .set('authorization', `Bearer ${organizer}`)
          .expect(400);
    });
  });

  it('keeps the search in step with edits made through the API', async () => {
    // The contest the API writes to must be open for drafts.
    const open = await createContest(db, {
      codePrefix: `A${randomBytes(3).toString('hex').toUpperCase()}`,
    });
    const owner = await signIn(portal.url, db);
    const { id, code } = await createReadyEntry(portal.url, db, owner, open.id, {
      title: 'Gốm Sa Huỳnh cho du khách',
      district: 'Thị xã Đức Phổ',
    });
    const search = async (query: Record<string, string>) => {
      const res = await request(portal.url)
        .get(`/api/v1/contests/${open.id}/entries`)
        .query(query)
        .set('authorization', `Bearer ${organizer}`)
        .expect(200);
      return (res.body.items as Array<{ code: string }>).map((item) => item.code);
    };
    expect(await search({ q: 'gom sa huynh' })).toEqual([code]);
    expect(await search({ district: 'duc pho' })).toEqual([code]);

    await request(portal.url)
      .patch(`/api/v1/entries/${id}`)
      .set(owner.auth)
      .send({
        title: 'Nước mắm Sa Kỳ',
        teamName: 'Nhóm Làng Chài',
        district: 'Huyện Bình Sơn',
        commune: 'Phường Sa Huỳnh',
        members: [
          {
            fullName: 'Trưởng nhóm',
            email: owner.email,
            dateOfBirth: '2000-05-15',
            role: 'leader',
          },
          {
            fullName: 'Đặng Ngọc Thảo',
            email: 'thao.dang@example.vn',
            dateOfBirth: '2001-02-03',
            role: 'member',
          },
        ],
      })
      .expect(200);
    expect(await search({ q: 'gom sa huynh' })).toEqual([]);
    expect(await search({ q: 'nuoc mam sa ky' })).toEqual([code]);
    expect(await search({ q: 'lang chai' })).toEqual([code]);
    expect(await search({ q: 'dang ngoc thao' })).toEqual([code]);
    expect(await search({ district: 'duc pho' })).toEqual([]);
    expect(await search({ district: 'binh son' })).toEqual([code]);
    // The commune chosen in the edit is searchable at once, accents and case ignored.
    expect(await search({ q: 'sa huynh' })).toEqual([code]);
    expect(await search({ q: 'SA HUỲNH' })).toEqual([code]);
    expect(await search({ commune: 'Phường Sa Huỳnh' })).toEqual([code]);
  });
});
