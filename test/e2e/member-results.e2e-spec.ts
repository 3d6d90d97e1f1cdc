import request from 'supertest';
import type { DataSource } from 'typeorm';
import { User } from '@app/accounts/users/user.entity';
import type { Entry } from '@app/entries/entries/entry.entity';
import { MemberConfirmation, TeamMember } from '@app/entries/members/team-member.entity';
import { FeedbackRelease } from '@app/results/feedback/feedback-release.entity';
import { announceDirectly, createAnnouncementContest } from '../support/announcement-factory';
import type { AnnouncementContest } from '../support/announcement-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { listInGallery } from '../support/gallery-factory';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';

type Listed = { id: string; personName: string; kind: string; entry: { id: string; code: string } };

/**
 * Where a team member finds their results once the contest is announced (and not before):
 * the home page, the entry page and "My certificates", page and API, each person seeing
 * only what is theirs.
 */
describe.each(PROFILES)('a member’s results and certificates (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let fixture: AnnouncementContest;
  let winner: Entry;
  let outsider: User;

  const page = async (userId: string, path: string) =>
    (
      await request(portal.url)
        .get(path)
        .set('cookie', await webSessionCookie(db, userId))
        .expect(200)
    ).text;
  const tokenOf = async (userId: string) => {
    const { email } = await db.manager.findOneByOrFail(User, { id: userId });
    const login = await request(portal.url)
      .post('/api/v1/auth/login')
      .send({ email, password: FACTORY_PASSWORD })
      .expect(200);
    return login.body.accessToken as string;
  };
  const api = (token: string, path: string) =>
    request(portal.url).get(path).set('authorization', `Bearer ${token}`);
  const myCertificates = async (userId: string) =>
    (await api(await tokenOf(userId), '/api/v1/me/certificates').expect(200)).body as Listed[];
  /** The part of a page inside the results card (the home page's section or the entry's). */
  const resultsOf = (html: string) => {
    const start = html.indexOf('id="results"');
    return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
  };

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    fixture = await createAnnouncementContest(db);
    winner = fixture.finalists.idea[0];
    outsider = await createUser(db, { fullName: 'Người Ngoài Cuộc' });
    // The final's comments released to teams; the winner in the gallery, the team not.
    await db.manager.insert(FeedbackRelease, {
      roundId: fixture.final.id,
      contestId: fixture.contest.id,
      released: true,
      updatedBy: winner.ownerId,
    });
    await listInGallery(db, winner);
  });

  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('shows nothing of the results before the announcement, though the team reached the final', async () => {
    const { team } = fixture;
    expect(resultsOf(await page(team.ownerId, '/home'))).toBe('');
    const entryPage = await page(team.ownerId, `/entries/${team.id}`);
    expect(entryPage).toContain(team.title);
    expect(resultsOf(entryPage)).toBe('');
    expect(entryPage).not.toContain(`/entries/${team.id}/certificates`);
    expect(await myCertificates(team.ownerId)).toEqual([]);
    expect(await page(team.ownerId, '/me/certificates')).toContain('Bạn chưa có giấy chứng nhận');
  });

  it('gives the leader the outcome and the links on the home page once announced', async () => {
    await announceDirectly(db, fixture, winner.ownerId);
    const { team, contest } = fixture;
    const home = await page(team.ownerId, '/home');
    const results = resultsOf(home);
    expect(results).toContain('data-outcome="memberResults.outcome_finalist"');
    expect(results).toContain('Vào vòng chung kết');
    expect(results).toContain(`href="/entries/${team.id}/certificates"`);
    expect(results).toContain(`href="/entries/${team.id}/gallery"`);
    expect(results).toContain('data-gallery="not-shown"');
    expect(results).toContain(`href="/entries/${team.id}#feedback-${fixture.final.id}"`);
    expect(results).toContain(`href="/results/${contest.slug}"`);
    expect(results).toContain('href="/me/certificates"');
    // Another team's entry is not on this person's page.
    expect(home).not.toContain(winner.code);
  });

  it('shows the same on the entry page, beside the released feedback it links to', async () => {
    const { team, contest } = fixture;
    const entryPage = await page(team.ownerId, `/entries/${team.id}`);
    const results = resultsOf(entryPage);
    expect(results).toContain('data-outcome="memberResults.outcome_finalist"');
    expect(results).toContain(`href="/entries/${team.id}/certificates"`);
    expect(results).toContain('data-gallery="not-shown"');
    expect(results).toContain(`href="/results/${contest.slug}"`);
    expect(entryPage).toContain(`id="feedback-${fixture.final.id}"`);
  });

  it('names the prize, and the gallery as shown, for the winning team (in English for an English reader)', async () => {
    const results = resultsOf(await page(winner.ownerId, '/home'));
    expect(results).toContain('data-outcome="memberResults.outcome_prize"');
    expect(results).toContain('Đạt Giải Nhất');
    expect(results).toContain('data-gallery="shown"');
    const english = await request(portal.url)
      .get('/home')
      .set('cookie', `${await webSessionCookie(db, winner.ownerId)}; lang=en`)
      .expect(200);
    expect(resultsOf(english.text)).toContain('Awarded ');
    expect(resultsOf(english.text)).toContain('The contest’s results');
  });

  it('lists the whole team’s certificates for the leader, and only their own for a member', async () => {
    const { team, english } = fixture;
    const leaders = await myCertificates(team.ownerId);
    expect(leaders).toHaveLength(3);
    expect(new Set(leaders.map((c) => c.entry.id))).toEqual(new Set([team.id]));
    expect(leaders.map((c) => c.personName)).toContain('Alice Member');
    const alices = await myCertificates(english.id);
    expect(alices.map((c) => [c.personName, c.kind, c.entry.code])).toEqual([
      ['Alice Member', 'participation', team.code],
    ]);
    const listing = await page(english.id, '/me/certificates');
    expect(listing).toContain(`/entries/${team.id}/certificates/${alices[0].id}.pdf`);
    expect(listing).not.toContain(leaders.find((c) => c.personName !== 'Alice Member')!.id);
    // Her home page has the team's results, without the entry page only the leader has.
    const home = resultsOf(await page(english.id, '/home'));
    expect(home).toContain('data-outcome="memberResults.outcome_finalist"');
    expect(home).toContain(`href="/entries/${team.id}/certificates"`);
    expect(home).not.toContain(`href="/entries/${team.id}"`);
    // Her certificate downloads; a teammate's is the leader's to hand out.
    await api(
      await tokenOf(english.id),
      `/api/v1/entries/${team.id}/certificates/${alices[0].id}.pdf`,
    )
      .expect(200)
      .expect('content-type', /application\/pdf/);
  });

  it('never shows another team’s certificates', async () => {
    const { team } = fixture;
    const teamIds = new Set((await myCertificates(team.ownerId)).map((c) => c.id));
    const winners = await myCertificates(winner.ownerId);
    expect(winners.length).toBeGreaterThan(0);
    expect(winners.every((c) => c.entry.id === winner.id && !teamIds.has(c.id))).toBe(true);
    const winnerPage = await page(winner.ownerId, '/me/certificates');
    expect(winnerPage).not.toContain(team.code);
    for (const id of teamIds) expect(winnerPage).not.toContain(id);
    expect(await myCertificates(outsider.id)).toEqual([]);
    expect(resultsOf(await page(outsider.id, '/home'))).toBe('');
    expect(await page(outsider.id, '/me/certificates')).not.toContain(team.code);
    await api(await tokenOf(outsider.id), `/api/v1/entries/${team.id}/certificates`).expect(404);
  });

  it('shows nothing to someone who declined their place on the team', async () => {
    const { team, english } = fixture;
    await db.manager.update(
      TeamMember,
      { entryId: team.id, email: english.email },
      { confirmation: MemberConfirmation.declined },
    );
    expect(resultsOf(await page(english.id, '/home'))).toBe('');
    expect(await myCertificates(english.id)).toEqual([]);
  });

  it('asks to sign in for My certificates', async () => {
    await request(portal.url).get('/api/v1/me/certificates').expect(401);
    const res = await request(portal.url).get('/me/certificates').redirects(0);
    expect([302, 303]).toContain(res.status);
  });
});
