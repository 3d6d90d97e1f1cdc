import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { DataSource } from 'typeorm';
import type { Festival } from '@app/festival/programme/festival.entity';
import { LiveFinal } from '@app/festival/live/live-final.entity';
import { PeoplesVote } from '@app/festival/votes/peoples-vote.entity';
import { VoteCast } from '@app/festival/votes/vote-cast.entity';
import { VoteCode } from '@app/festival/votes/vote-code.entity';
import { voteCodeHash } from '@app/festival/votes/vote-codes';
import { accessTokenOf, bearer } from '../support/api-client';
import { createAwardsContest } from '../support/awards-factory';
import type { AwardsContest } from '../support/awards-factory';
import { createUser, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { createFestival, createPass } from '../support/festival-factory';
import { csrfOf } from '../support/page-forms';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';

/**
 * The people's choice on a voter's phone: the public ballot with a badge code, and the
 * ballot on a checked-in pass holder's own pass page, posted as a browser posts its forms.
 */
describe.each(PROFILES)('people’s choice pages (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let fixture: AwardsContest;
  let festival: Festival;
  let votePage: string;
  let registerPage: string;

  const browser = (lang = 'vi') => request.agent(portal.url).set('cookie', `lang=${lang}`);
  /** Posts a form the way the page renders it: its CSRF token, then the fields. */
  const postFrom = async (agent: TestAgent, page: string, action: string, fields: object) => {
    const shown = await agent.get(page).expect(200);
    return agent
      .post(action)
      .type('form')
      .send({ _csrf: csrfOf(shown.text), ...fields });
  };
  const setVoting = (changes: Partial<LiveFinal>) =>
    db.manager.update(LiveFinal, { festivalId: festival.id }, changes);
  const badge = async (code: string) => {
    await db.manager.insert(VoteCode, { festivalId: festival.id, codeHash: voteCodeHash(code) });
    return code;
  };

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    fixture = await createAwardsContest(db);
    festival = await createFestival(db, fixture.contest.id, { published: true });
    votePage = `/contests/${fixture.contest.slug}/festival/vote`;
    registerPage = `/contests/${fixture.contest.slug}/festival/register`;
  }, 120_000);

  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('says when the vote is not open, then takes a badge code’s vote and its change', async () => {
    const before = await browser().get(votePage).expect(200);
    expect(before.text).toContain('data-voting="not_open"');
    expect(before.text).not.toContain('name="entryId"');

    // Opened by organizers (the live final's row exists once the ballot has been read).
    await setVoting({ votingOpenedAt: new Date() });
    const [a, b] = fixture.finalists.idea;
    const code = await badge('K7QD-3MZA-9XWP');
    const phone = browser();
    const open = await phone.get(votePage).expect(200);
    for (const finalist of [...fixture.finalists.idea, ...fixture.finalists.project])
      expect(open.text).toContain(`value="${finalist.id}"`);
    expect(open.text).not.toContain(`value="${fixture.eliminated.id}"`);

    const voted = await postFrom(phone, votePage, votePage, { entryId: a.id, code });
    expect(voted.status).toBe(200);
    expect(voted.text).toContain(`data-voted="${a.code}"`);
    const typed = await postFrom(phone, votePage, votePage, {
      entryId: b.id,
      code: 'k7qd 3mza 9xwp',
    });
    expect(typed.text).toContain(`data-voted="${b.code}"`);
    const votes = await db.manager.findBy(PeoplesVote, { festivalId: festival.id });
    expect(votes).toEqual([expect.objectContaining({ entryId: b.id, changes: 1 })]);
  });

  it('explains each refusal on the ballot, in the voter’s language', async () => {
    const [a] = fixture.finalists.idea;
    const phone = browser('en');
    const noChoice = await postFrom(phone, votePage, votePage, { code: 'ABCD-EFGH-JKMN' });
    expect(noChoice.status).toBe(400);
    expect(noChoice.text).toContain('Choose one finalist.');
    const wrong = await postFrom(phone, votePage, votePage, {
      entryId: a.id,
      code: 'ZZZZ-ZZZZ-ZZZZ',
    });
    expect(wrong.status).toBe(403);
    expect(wrong.text).toContain('data-code="INVALID_VOTE_CODE"');
    expect(wrong.text).toContain('This is not a code of this festival');
    const noCode = await postFrom(phone, votePage, votePage, { entryId: a.id });
    expect(noCode.status).toBe(401);
    expect(noCode.text).toContain('data-code="UNAUTHENTICATED"');
    const notFinalist = await postFrom(phone, votePage, votePage, {
      entryId: fixture.eliminated.id,
      code: await badge('ACDE-FGHJ-KMNP'),
    });
    expect(notFinalist.status).toBe(422);
    expect(notFinalist.text).toContain('Votes go to the finalists only.');
  });

  it('lets a checked-in pass holder vote from the pass page, as one voter with their account', async () => {
    const [a, b] = fixture.finalists.idea;
    const person = await createUser(db);
    const pass = await createPass(db, festival, { email: person.email, checkedInAt: null });
    const passPage = `/festival/passes/${pass.token}`;
    const phone = browser();

    // Not scanned at the door yet: no ballot, and a forged post is refused.
    const waiting = await phone.get(passPage).expect(200);
    expect(waiting.text).not.toContain('name="entryId"');
    expect(waiting.text).toContain('Sau khi vào cửa');
    const early = await postFrom(phone, passPage, `${passPage}/vote`, { entryId: a.id });
    expect(early.status).toBe(303);
    expect(early.headers.location).toBe(`${passPage}?refusal=VOTE_NEEDS_CHECK_IN#vote`);
    expect((await phone.get(early.headers.location).expect(200)).text).toContain(
      'data-code="VOTE_NEEDS_CHECK_IN"',
    );
    const token = await accessTokenOf(portal.url, person.email);
    const api = `/api/v1/contests/${fixture.contest.id}/festival/votes`;
    const byAccount = await request(portal.url)
      .post(api)
      .set(bearer(token))
      .send({ entryId: a.id });
    expect(byAccount.status).toBe(403);
    expect(byAccount.body.code).toBe('VOTE_NEEDS_CHECK_IN');

    await db.manager.update('festival_passes', { id: pass.id }, { checkedInAt: new Date() });
    const voted = await postFrom(phone, passPage, `${passPage}/vote`, { entryId: a.id });
    expect(voted.status).toBe(303);
    const after = await phone.get(voted.headers.location).expect(200);
    expect(after.text).toContain(`data-voted="${a.code}"`);
    expect(after.text).toMatch(new RegExp(`value="${a.id}" checked`));

    // The account with the pass's e-mail is the same voter: its vote changes the pass's.
    const changed = await request(portal.url)
      .post(api)
      .set(bearer(token))
      .send({ entryId: b.id })
      .expect(200);
    expect(changed.body).toMatchObject({ code: b.code, changes: 1 });
    expect(
      await db.manager.findBy(PeoplesVote, { festivalId: festival.id, voter: `pass:${pass.id}` }),
    ).toEqual([expect.objectContaining({ entryId: b.id })]);
    expect(await db.manager.countBy(VoteCast, { voter: `pass:${pass.id}` })).toBe(2);
    const signedIn = await request(portal.url)
      .get(votePage)
      .set('cookie', `${await webSessionCookie(db, person.id)}; lang=vi`)
      .expect(200);
    expect(signedIn.text).toContain(`Phiếu của bạn: ${b.code}`);
    expect(signedIn.text).toMatch(new RegExp(`value="${b.id}" checked`));

    await setVoting({ votingClosedAt: new Date() });
    const closed = await phone.get(passPage).expect(200);
    expect(closed.text).not.toContain('name="entryId"');
    // The closed ballot has no form: the CSRF token comes from the guests' registration form.
    const late = await postFrom(browser(), registerPage, votePage, {
      entryId: a.id,
      code: 'K7QD-3MZA-9XWP',
    });
    expect(late.status).toBe(409);
    expect(late.text).toContain('data-code="VOTING_CLOSED"');
  });

  it('answers 404 for a pass or a festival that does not exist', async () => {
    await browser().get('/contests/khong-co/festival/vote').expect(404);
    const unknown = 'a'.repeat(43);
    const forged = await postFrom(browser(), registerPage, `/festival/passes/${unknown}/vote`, {
      entryId: fixture.finalists.idea[0].id,
    });
    expect(forged.status).toBe(404);
  });
});
