import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { FestivalPitch } from '@app/festival/live/festival-pitch.entity';
import { createAwardsContest } from '../support/awards-factory';
import type { AwardsContest } from '../support/awards-factory';
import { createUser, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { createFestival } from '../support/festival-factory';
import { csrfOf } from '../support/page-forms';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';

/** The organizers' remote control of the live final, through its forms as a phone posts them. */
describe.each(PROFILES)('live final pages (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let fixture: AwardsContest;
  let organizer: TestAgent;
  let page: string;

  const post = async (action: string) => {
    const html = (await organizer.get(page).expect(200)).text;
    return organizer
      .post(`${page}${action}`)
      .type('form')
      .send(new URLSearchParams({ _csrf: csrfOf(html) }).toString());
  };

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    const o = await createUser(db, { role: Role.organizer });
    organizer = request
      .agent(portal.url)
      .set('cookie', `${await webSessionCookie(db, o.id)}; lang=vi`);
    fixture = await createAwardsContest(db);
    await createFestival(db, fixture.contest.id, { published: true });
    page = `/organizer/contests/${fixture.contest.id}/festival/live`;
  }, 120_000);

  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('draws the order, opens a pitch and explains a refused reveal, all from the page', async () => {
    const applicant = await createUser(db);
    await request
      .agent(portal.url)
      .set('cookie', await webSessionCookie(db, applicant.id))
      .get(page)
      .expect(403);
    await organizer.get(page).expect(200);

    const drawn = await post(`/draw/${fixture.contest.category.id}`);
    expect(drawn.status).toBe(303);
    const html = (await organizer.get(page).expect(200)).text;
    for (const entry of fixture.finalists.idea)
      expect(html).toContain(`data-pitch="${entry.code}"`);
    expect(html).toMatch(/<code>[0-9a-f]{64}<\/code>/);

    const pitch = await db.manager.findOneByOrFail(FestivalPitch, {
      entryId: fixture.finalists.idea[0].id,
    });
    expect((await post(`/pitches/${pitch.id}/open`)).status).toBe(303);
    expect((await organizer.get(page).expect(200)).text).toContain(
      `data-open-pitch="${fixture.finalists.idea[0].code}"`,
    );

    const refused = await post('/reveal');
    expect(refused.status).toBe(303);
    expect(refused.headers.location).toBe(`${page}?error=LIVE_FINAL_IN_PROGRESS`);
    const explained = (await organizer.get(refused.headers.location).expect(200)).text;
    expect(explained).toContain('Chưa thể làm bước này khi chung kết đang diễn ra');

    expect((await post('/votes/open')).status).toBe(303);
    expect((await organizer.get(page).expect(200)).text).toContain('data-voting="open"');
  });
});
