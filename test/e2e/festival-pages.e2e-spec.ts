import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { Festival } from '@app/festival/programme/festival.entity';
import { FestivalBooth } from '@app/festival/programme/festival-booth.entity';
import { FestivalSession } from '@app/festival/programme/festival-session.entity';
import { Notification } from '@app/notifications/outbox/notification.entity';
import { createAwardsContest } from '../support/awards-factory';
import type { AwardsContest } from '../support/awards-factory';
import { createUser, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { csrfOf } from '../support/page-forms';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';
import { createFestival, createFestivalSession } from '../support/festival-factory';

describe.each(PROFILES)('festival pages (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let organizer: TestAgent;
  let applicant: TestAgent;
  let fixture: AwardsContest;
  let tab: string;
  let publicPath: string;

  const agentOf = async (userId: string, lang = 'vi') =>
    request.agent(portal.url).set('cookie', `${await webSessionCookie(db, userId)}; lang=${lang}`);
  /** GETs `page` for its CSRF token, then posts the form to `action`. */
  const postForm = async (
    agent: TestAgent,
    page: string,
    action: string,
    fields: Record<string, string>,
  ) => {
    const html = (await agent.get(page).expect(200)).text;
    return agent
      .post(action)
      .type('form')
      .send(new URLSearchParams({ _csrf: csrfOf(html), ...fields }).toString());
  };
  const festivalOf = () => db.manager.findOneBy(Festival, { contestId: fixture.contest.id });

  const SESSION = {
    kind: 'seminar',
    titleVi: 'Tọa đàm: vốn cho khởi nghiệp',
    titleEn: 'Seminar: funding startups',
    startTime: '09:45',
    endTime: '11:00',
    room: 'Phòng 2',
    'speakers[0][name]': 'TS. Lê Thị Hoa',
    'speakers[0][title]': 'Quỹ Đổi mới công nghệ quốc gia',
    'speakers[0][email]': 'Hoa.Le@example.vn',
    'speakers[1][name]': '',
    'speakers[1][title]': '',
    'speakers[1][email]': '',
    descriptionVi: '',
    descriptionEn: '',
  };

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    const [o, a] = await Promise.all([
      createUser(db, { role: Role.organizer }),
      createUser(db, { role: Role.applicant }),
    ]);
    fixture = await createAwardsContest(db);
    [organizer, applicant] = await Promise.all([agentOf(o.id), agentOf(a.id)]);
    tab = `/organizer/contests/${fixture.contest.id}/festival`;
    publicPath = `/contests/${fixture.contest.slug}/festival`;
  });

  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('starts the festival from the tab, with field errors for a bad day', async () => {
    const blank = await organizer.get(tab).expect(200);
    expect(blank.text).toContain('Cuộc thi chưa có ngày hội');
    await organizer.get(`${tab}/sessions/new`).expect(404);
    const bad = await postForm(organizer, tab, tab, {
      date: '2026-02-30',
      venue: '',
      nameVi: 'Ngày hội khởi nghiệp 2026',
      nameEn: 'Startup festival 2026',
      descriptionVi: '',
      descriptionEn: '',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('id="date-error"');
    expect(bad.text).toContain('id="venue-error"');
    expect(await festivalOf()).toBeNull();
    const saved = await postForm(organizer, tab, tab, {
      date: '2026-12-20',
      venue: 'Trung tâm Hội nghị tỉnh',
      nameVi: 'Ngày hội khởi nghiệp 2026',
      nameEn: 'Startup festival 2026',
      descriptionVi: 'Khai mạc, tọa đàm, triển lãm và chung kết.',
      descriptionEn: '',
    });
    expect([saved.status, saved.headers.location]).toEqual([303, `${tab}?saved=1`]);
    expect(await festivalOf()).toMatchObject({ date: '2026-12-20', publishedAt: null });
  });

  it('adds, refuses and edits sessions on their form', async () => {
    const reversed = await postForm(organizer, `${tab}/sessions/new`, `${tab}/sessions/new`, {
      ...SESSION,
      startTime: '11:00',
      endTime: '09:45',
    });
    expect(reversed.status).toBe(400);
    expect(reversed.text).toContain('id="endTime-error"');
    const badAddress = await postForm(organizer, `${tab}/sessions/new`, `${tab}/sessions/new`, {
      ...SESSION,
      'speakers[0][email]': 'hoa.le ở quỹ',
    });
    expect(badAddress.status).toBe(400);
    expect(badAddress.text).toContain('id="speaker-0-email-error"');
    const added = await postForm(organizer, `${tab}/sessions/new`, `${tab}/sessions/new`, SESSION);
    expect([added.status, added.headers.location]).toEqual([303, `${tab}?saved=1`]);
    const opening = await postForm(organizer, `${tab}/sessions/new`, `${tab}/sessions/new`, {
      ...SESSION,
      kind: 'opening',
      titleVi: 'Khai mạc',
      titleEn: 'Opening',
      startTime: '08:00',
      endTime: '09:30',
      'speakers[0][name]': '',
      'speakers[0][title]': '',
      'speakers[0][email]': '',
    });
    expect(opening.status).toBe(303);
    const festival = (await festivalOf())!;
    const sessions = await db.manager.findBy(FestivalSession, { festivalId: festival.id });
    const seminar = sessions.find((s) => s.kind === 'seminar')!;
    expect(seminar.speakers).toEqual([
      {
        name: 'TS. Lê Thị Hoa',
        title: 'Quỹ Đổi mới công nghệ quốc gia',
        email: 'hoa.le@example.vn',
      },
    ]);
    expect(sessions.find((s) => s.kind === 'opening')!.speakers).toEqual([]);
    const form = await organizer.get(`${tab}/sessions/${seminar.id}`).expect(200);
    expect(form.text).toContain('value="TS. Lê Thị Hoa"');
    expect(form.text).toContain('value="hoa.le@example.vn"');
    // Deleting mails a cancellation once published: the form says so beside the button.
    expect(form.text).toContain('xóa phiên sẽ gửi thư báo hủy');
    const edited = await postForm(
      organizer,
      `${tab}/sessions/${seminar.id}`,
      `${tab}/sessions/${seminar.id}`,
      { ...SESSION, room: 'Phòng 3' },
    );
    expect(edited.status).toBe(303);
    expect((await db.manager.findOneByOrFail(FestivalSession, { id: seminar.id })).room).toBe(
      'Phòng 3',
    );
  });

  it('gives booths to finalists and partners, with the refusals beside their input', async () => {
    const finalist = fixture.finalists.idea[0];
    const form = await organizer.get(`${tab}/booths/new`).expect(200);
    expect(form.text).toContain(finalist.code);
    expect(form.text).not.toContain(fixture.eliminated.code);
    const team = await postForm(organizer, `${tab}/booths/new`, `${tab}/booths/new`, {
      number: 'A1',
      entryId: finalist.id,
      partnerName: '',
      partnerShowcase: '',
    });
    expect(team.status).toBe(303);
    const taken = await postForm(organizer, `${tab}/booths/new`, `${tab}/booths/new`, {
      number: 'A1',
      entryId: '',
      partnerName: 'Trung tâm Ươm tạo tỉnh',
      partnerShowcase: '',
    });
    expect(taken.status).toBe(409);
    expect(taken.text).toContain('Đã có gian khác của ngày hội mang số này.');
    const nobody = await postForm(organizer, `${tab}/booths/new`, `${tab}/booths/new`, {
      number: 'A2',
      entryId: '',
      partnerName: '',
      partnerShowcase: '',
    });
    expect(nobody.status).toBe(400);
    expect(nobody.text).toContain('id="partnerName-error"');
    const partner = await postForm(organizer, `${tab}/booths/new`, `${tab}/booths/new`, {
      number: 'A2',
      entryId: '',
      partnerName: 'Trung tâm Ươm tạo tỉnh',
      partnerShowcase: 'Nền tảng truy xuất nguồn gốc',
    });
    expect(partner.status).toBe(303);
    const festival = (await festivalOf())!;
    expect(await db.manager.countBy(FestivalBooth, { festivalId: festival.id })).toBe(2);
  });

  it('keeps the programme from the public until published, then shows it phone first', async () => {
    await request(portal.url).get(publicPath).expect(404);
    await applicant.get(publicPath).expect(404);
    const contestPage = `/contests/${fixture.contest.slug}`;
    const link = `href="${publicPath}"`;
    expect((await request(portal.url).get(contestPage).expect(200)).text).not.toContain(link);
    const draft = await organizer.get(publicPath).expect(200);
    expect(draft.text).toContain('Bản nháp');
    const published = await postForm(organizer, tab, `${tab}/publish`, {});
    expect([published.status, published.headers.location]).toEqual([303, `${tab}?published=1`]);

    expect((await request(portal.url).get(contestPage).expect(200)).text).toContain(link);
    const page = await request(portal.url).get(publicPath).expect(200);
    const html = page.text;
    expect(html).not.toContain('Bản nháp');
    expect(html).toContain('Ngày hội khởi nghiệp 2026');
    expect(html).toContain('20/12/2026');
    // Groups follow the day: the opening (08:00) before the seminars (09:45).
    expect(html.indexOf('data-kind="opening"')).toBeLessThan(html.indexOf('data-kind="seminar"'));
    expect(html).toContain('08:00–09:30');
    expect(html).toContain('09:45–11:00');
    expect(html).toContain('TS. Lê Thị Hoa, Quỹ Đổi mới công nghệ quốc gia');
    expect(html).toContain(fixture.finalists.idea[0].title);
    expect(html).toContain('Trung tâm Ươm tạo tỉnh');
    const calendar = `/api/v1/contests/${fixture.contest.id}/festival.ics?lang=vi`;
    expect(html).toContain(`href="${calendar}"`);
    const ics = await request(portal.url).get(calendar).expect(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    const sessionLink = /href="(\/api\/v1\/contests\/[^"]+\/sessions\/[^"]+\.ics\?lang=vi)"/.exec(
      html,
    );
    await request(portal.url).get(sessionLink![1]).expect(200);

    const english = await request(portal.url).get(publicPath).set('cookie', 'lang=en').expect(200);
    expect(english.text).toContain('Startup festival 2026');
    expect(english.text).toContain('Seminar: funding startups');
    expect(english.text).toContain('Seminars');
  });

  it('mails the programme from the tab once published, and says to how many', async () => {
    const page = (await organizer.get(tab).expect(200)).text;
    expect(page).toContain(`action="${tab}/programme-mail"`);
    const sent = await postForm(organizer, tab, `${tab}/programme-mail`, {});
    // The six finalist teams' leaders and the seminar's speaker (an address on the form);
    // no judge or guest in this contest.
    expect([sent.status, sent.headers.location]).toEqual([303, `${tab}?mailed=7&recipients=7`]);
    const told = (await organizer.get(sent.headers.location).expect(200)).text;
    expect(told).toContain('Đã gửi 7 thư chương trình (7 người nhận');
    const again = await postForm(organizer, tab, `${tab}/programme-mail`, {});
    expect(again.headers.location).toBe(`${tab}?mailed=0&recipients=7`);
    expect(await db.manager.countBy(Notification, { template: 'festival-programme' })).toBe(7);
    expect(
      await db.manager.countBy(Notification, {
        template: 'festival-programme',
        recipientEmail: 'hoa.le@example.vn',
      }),
    ).toBe(1);
    const refused = await postForm(applicant, publicPath, `${tab}/programme-mail`, {});
    expect(refused.status).toBe(403);
  });

  it('is the organizers’ tab only', async () => {
    await applicant.get(tab).expect(403);
    await applicant.get(`${tab}/sessions/new`).expect(403);
    const anonymous = await request(portal.url).get(tab).expect(303);
    expect(anonymous.headers.location).toMatch(/^\/login/);
  });
  it('registers a guest on the public page, each place under its own session', async () => {
    const other = await createAwardsContest(db);
    const festival = await createFestival(db, other.contest.id, { published: true });
    const first = await createFestivalSession(db, festival, {
      titleVi: 'Khai mạc ngày hội',
      startTime: '08:00',
      endTime: '09:00',
      capacity: 1,
    });
    const second = await createFestivalSession(db, festival, {
      titleVi: 'Tọa đàm gọi vốn',
      startTime: '10:00',
      endTime: '11:00',
      capacity: 1,
    });
    await createFestivalSession(db, festival, { titleVi: 'Triển lãm', startTime: '13:00' });
    const page = `/contests/${other.contest.slug}/festival/register`;
    const guest = (email: string, sessionIds: string[]) => {
      const agent = request.agent(portal.url).set('cookie', 'lang=vi');
      return agent
        .get(page)
        .expect(200)
        .then((shown) =>
          agent
            .post(page)
            .type('form')
            .send(
              new URLSearchParams([
                ['_csrf', csrfOf(shown.text)],
                ['fullName', 'Võ Thị Thanh Hương'],
                ['organisation', ''],
                ['email', email],
                ['phone', ''],
                ...sessionIds.map((id): [string, string] => ['sessionIds', id]),
              ]).toString(),
            ),
        );
    };
    await guest('truoc@example.vn', [second.id]).then((res) => expect(res.status).toBe(200));
    const done = await guest('khach@example.vn', [first.id, second.id]);
    expect(done.status).toBe(200);
    const places = [...done.text.matchAll(/<li data-status="(\w+)">([^<]*)<\/li>/g)].map(
      ([, status, line]) => [status, line.trim()],
    );
    expect(places).toEqual([
      ['confirmed', expect.stringContaining('Khai mạc ngày hội: ')],
      ['waiting', expect.stringContaining('Tọa đàm gọi vốn: ')],
    ]);
  });
});
