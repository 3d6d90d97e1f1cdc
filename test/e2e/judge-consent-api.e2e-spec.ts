import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import type { User } from '@app/accounts/users/user.entity';
import type { ContestJudge } from '@app/judging/judges/contest-judge.entity';
import { announceDirectly, createAnnouncementContest } from '../support/announcement-factory';
import type { AnnouncementContest } from '../support/announcement-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { addContestJudge } from '../support/judging-factory-judges';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';

const NIL = '00000000-0000-4000-8000-000000000000';

/**
 * The judge's consent to be named on the public results through the JSON API, and the
 * statistics tab on the organizers' contest pages.
 */
describe.each(PROFILES)('judge name consent API and the statistics tab (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let fixture: AnnouncementContest;
  let judge: User;
  let invitation: ContestJudge;
  let otherInvitation: ContestJudge;
  let organizer: User;
  const tokens: Record<'judge' | 'other' | 'applicant', string> = {
    judge: '',
    other: '',
    applicant: '',
  };

  const login = async (user: User) =>
    (
      await request(portal.url)
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: FACTORY_PASSWORD })
        .expect(200)
    ).body.accessToken as string;
  const path = (id: string) => `/api/v1/judging/invitations/${id}/results-name`;
  const get = (id: string, who: keyof typeof tokens = 'judge') =>
    request(portal.url).get(path(id)).set('authorization', `Bearer ${tokens[who]}`);
  const put = (id: string, body: unknown, who: keyof typeof tokens = 'judge') =>
    request(portal.url)
      .put(path(id))
      .set('authorization', `Bearer ${tokens[who]}`)
      .send(body as object);
  const panel = async () =>
    (await request(portal.url).get(`/api/v1/contests/${fixture.contest.slug}/results`).expect(200))
      .body.judges as { fullName: string }[];

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    fixture = await createAnnouncementContest(db);
    organizer = await createUser(db, { role: Role.organizer });
    judge = await createUser(db, { role: Role.judge, fullName: 'Hoàng Văn Giám Khảo' });
    const other = await createUser(db, { role: Role.judge, fullName: 'Đinh Thị Khác' });
    const applicant = await createUser(db);
    invitation = await addContestJudge(db, fixture.contest.id, judge.id);
    otherInvitation = await addContestJudge(db, fixture.contest.id, other.id);
    await announceDirectly(db, fixture, organizer.id);
    tokens.judge = await login(judge);
    tokens.other = await login(other);
    tokens.applicant = await login(applicant);
  });

  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('is off by default; the judge turns it on and off, and the results follow', async () => {
    expect((await get(invitation.id).expect(200)).body).toEqual({ show: false });
    expect(await panel()).toEqual([]);
    expect((await put(invitation.id, { show: true }).expect(200)).body).toEqual({ show: true });
    expect((await get(invitation.id).expect(200)).body).toEqual({ show: true });
    expect((await panel()).map((j) => j.fullName)).toEqual(['Hoàng Văn Giám Khảo']);
    await put(invitation.id, { show: false }).expect(200);
    expect((await get(invitation.id).expect(200)).body).toEqual({ show: false });
    expect(await panel()).toEqual([]);
  });

  it('hides and protects other judges’ invitations (404), and refuses other roles (403)', async () => {
    await get(otherInvitation.id).expect(404);
    const refused = await put(otherInvitation.id, { show: true }).expect(404);
    expect(refused.body.code).toBe('NOT_FOUND');
    expect((await get(otherInvitation.id, 'other').expect(200)).body).toEqual({ show: false });
    await get(NIL).expect(404);
    await get(invitation.id, 'applicant').expect(403);
    await put(invitation.id, { show: true }, 'applicant').expect(403);
    await request(portal.url).get(path(invitation.id)).expect(401);
  });

  it('refuses bad bodies and ids with 400, changing nothing', async () => {
    await put(invitation.id, { show: true }).expect(200);
    for (const body of [{}, { show: 'yes' }, { show: 1 }, { show: null }, { show: true, x: 1 }]) {
      const res = await put(invitation.id, body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    await get('not-a-uuid').expect(400);
    expect((await get(invitation.id).expect(200)).body).toEqual({ show: true });
  });

  it('shows the statistics tab on every organizer contest page, marked current on the statistics page', async () => {
    const cookie = await webSessionCookie(db, organizer.id);
    const base = `/organizer/contests/${fixture.contest.id}`;
    const tab = `href="${base}/statistics"`;
    for (const part of ['', '/rounds', '/entries', '/prizes', '/announcement', '/certificates']) {
      const html = (
        await request(portal.url).get(`${base}${part}`).set('cookie', cookie).expect(200)
      ).text;
      expect({ part, tab: html.includes(tab) }).toEqual({ part, tab: true });
      expect(html).not.toContain(`${tab} aria-current="page"`);
    }
    const statistics = await request(portal.url)
      .get(`${base}/statistics`)
      .set('cookie', `${cookie}; lang=en`)
      .expect(200);
    expect(statistics.text).toContain(`${tab} aria-current="page">Statistics</a>`);
  });
});
