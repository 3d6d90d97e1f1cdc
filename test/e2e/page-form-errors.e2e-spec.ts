import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { Score } from '@app/judging/scoring/score.entity';
import { createContest } from '../support/contest-factory';
import { createUser, openDatabase } from '../support/database';
import { PROFILES, Profile, testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';
import { scoringScenario } from '../support/judging-factory-scoring';
import { csrfOf } from '../support/page-forms';

/** The text of a field's error paragraph (`<p class="field__error" id="…-error">`). */
const fieldError = (html: string, id: string): string | undefined =>
  new RegExp(`id="${id}-error">([^<]*)<`).exec(html)?.[1]?.trim();

/**
 * Pages read forms into the libs' DTOs with the API's rules, and show each field error as
 * the message of its code (pages/i18n/field-errors.ts) in the reader's language: never the
 * English text a lib wrote, and never a limit that holds only in the browser.
 */
describe.each(PROFILES)('page form errors (%s)', (profile: Profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let env: Record<string, string>;

  beforeAll(async () => {
    env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
  });
  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  async function agentOf(userId: string, lang?: 'en'): Promise<TestAgent> {
    const agent = request.agent(portal.url);
    const cookie = await webSessionCookie(db, userId);
    agent.set('cookie', lang ? `${cookie}; lang=${lang}` : cookie);
    return agent;
  }

  it('refuses a 5,001-character comment posted to the scoring page, as the API does', async () => {
    const s = await scenario();
    const id = s.assignment(0, 0).id;
    const path = `/judging/assignments/${id}`;
    const agent = await agentOf(s.judges[0].id);
    const page = await agent.get(path).expect(200);
    const long = 'a'.repeat(5001);

    const refused = await agent
      .post(path)
      .type('form')
      .send({
        _csrf: csrfOf(page.text),
        action: 'draft',
        'score__doi-moi': '30',
        commentForTeam: long,
      });
    expect(refused.status).toBe(400);
    expect(fieldError(refused.text, 'commentForTeam')).toBe('Nội dung quá dài.');
    expect(refused.text).toContain(
      'aria-invalid="true" aria-describedby="commentForTeam-hint commentForTeam-error"',
    );
    expect(refused.text).not.toMatch(/must be shorter|maxLength/);
    expect(await db.manager.countBy(Score, { assignmentId: id })).toBe(0);

    // The API refuses the same comment with the same code.
    const api = await request(portal.url)
      .put(`/api/v1/judging/assignments/${id}/score`)
      .set(s.judges[0].auth)
      .send({ scores: { 'doi-moi': 30 }, commentForTeam: long })
      .expect(400);
    expect(api.body.details).toEqual([
      expect.objectContaining({ field: 'commentForTeam', code: 'tooLong' }),
    ]);

    // 5,000 characters are accepted.
    await agent
      .post(path)
      .type('form')
      .send({ _csrf: csrfOf(page.text), action: 'draft', commentForTeam: long.slice(1) })
      .expect(303);
    expect(await db.manager.countBy(Score, { assignmentId: id })).toBe(1);
  });

  it('reads a declared conflict through the lib’s DTO: a blank or too long reason is refused', async () => {
    const s = await scenario();
    const path = `/judging/assignments/${s.assignment(0, 0).id}`;
    const agent = await agentOf(s.judges[0].id);
    const page = await agent.get(path).expect(200);
    const declare = (reason: string) =>
      agent
        .post(`${path}/conflict`)
        .type('form')
        .send({ _csrf: csrfOf(page.text), reason });
    const blank = await declare('   ').expect(400);
    expect(fieldError(blank.text, 'reason')).toBe('Vui lòng nhập thông tin này.');
    const long = await declare('x'.repeat(501)).expect(400);
    expect(fieldError(long.text, 'reason')).toBe('Nội dung quá dài.');
    await declare('Tôi là cố vấn của nhóm này.').expect(303);
  });

  it('shows the rubric’s refusals per criterion by code, in Vietnamese and in English', async () => {
    const s = await scenario();
    const path = `/judging/assignments/${s.assignment(0, 0).id}`;
    for (const [lang, outOfRange, required] of [
      [undefined, 'Giá trị nằm ngoài khoảng cho phép.', 'Vui lòng nhập thông tin này.'],
      ['en', 'The value is outside the allowed range.', 'Please fill this in.'],
    ] as const) {
      const agent = await agentOf(s.judges[0].id, lang);
      const page = await agent.get(path).expect(200);
      const refused = await agent
        .post(path)
        .type('form')
        .send({ _csrf: csrfOf(page.text), action: 'submit', 'score__doi-moi': '45' })
        .expect(400);
      expect(fieldError(refused.text, 'score__doi-moi')).toBe(outOfRange);
      expect(fieldError(refused.text, 'score__kha-thi')).toBe(required);
      expect(refused.text).not.toContain('must be between');
    }
  });

  it('shows a team rule of the entries lib beside the member’s e-mail, by its code', async () => {
    const contest = await createContest(db, { eligibility: { teamSizeMax: 5 } });
    const owner = await createUser(db, { role: Role.applicant });
    await db.manager.update(User, { id: owner.id }, { dateOfBirth: '2001-04-30', gender: 'male' });
    for (const [lang, duplicate] of [
      [undefined, 'Email này đã có ở một thành viên khác trong nhóm.'],
      ['en', 'Another member of the team has this e-mail.'],
    ] as const) {
      const agent = await agentOf(owner.id, lang);
      const form = await agent.get(`/entries/new?contest=${contest.slug}`).expect(200);
      const created = await agent
        .post('/entries/new')
        .type('form')
        .send({
          _csrf: csrfOf(form.text),
          contest: contest.slug,
          categoryKey: 'y-tuong',
          applicantType: 'team',
          title: `Nhóm ${lang ?? 'vi'}`,
        });
      // One person, one entry: the second language reuses the first entry.
      const location =
        created.status === 303
          ? (created.headers.location as string).replace(/\?.*$/, '')
          : undefined;
      const editPath = location ?? (await firstEntryOf(agent));
      const edit = await agent.get(editPath).expect(200);
      const refused = await agent
        .post(editPath)
        .type('form')
        .send({
          _csrf: csrfOf(edit.text),
          action: 'save',
          title: 'Nhóm',
          applicantType: 'team',
          'members[0][fullName]': owner.fullName,
          'members[1][fullName]': 'Trần Văn Bình',
          'members[1][email]': owner.email.toUpperCase(),
        })
        .expect(400);
      expect(fieldError(refused.text, 'm1-email')).toBe(duplicate);
      expect(refused.text).not.toContain('is the same as');
    }
  });

  it('shows an ineligible team the reason with the member’s row and the limit', async () => {
    const contest = await createContest(db, { eligibility: { maxAge: 20 } });
    const owner = await createUser(db, { role: Role.applicant });
    await db.manager.update(User, { id: owner.id }, { dateOfBirth: '2001-04-30', gender: 'male' });
    const agent = await agentOf(owner.id);
    const form = await agent.get(`/entries/new?contest=${contest.slug}`).expect(200);
    const refused = await agent
      .post('/entries/new')
      .type('form')
      .send({
        _csrf: csrfOf(form.text),
        contest: contest.slug,
        categoryKey: 'y-tuong',
        applicantType: 'team',
        title: 'Quá tuổi',
      });
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('Thành viên 1: quá 20 tuổi tính đến hạn nộp.');
  });

  it('shows a round whose judging closes before it opens the order rule, by its code', async () => {
    const organizer = await createUser(db, { role: Role.organizer });
    const contest = await createContest(db);
    const base = `/organizer/contests/${contest.id}/rounds`;
    for (const [lang, order] of [
      [undefined, 'Thời điểm kết thúc phải sau thời điểm bắt đầu.'],
      ['en', 'The end must be after the start.'],
    ] as const) {
      const agent = await agentOf(organizer.id, lang);
      const page = await agent.get(`${base}/new`).expect(200);
      const refused = await agent
        .post(`${base}/new`)
        .type('form')
        .send({
          _csrf: csrfOf(page.text),
          position: '1',
          nameVi: 'Vòng sơ khảo',
          nameEn: 'Screening round',
          mode: 'online',
          reviewsPerEntry: '3',
          opensDate: '2030-05-10',
          closesDate: '2030-05-01',
          'criteria[0][key]': 'doi-moi',
          'criteria[0][labelVi]': 'Đổi mới',
          'criteria[0][labelEn]': 'Innovation',
          'criteria[0][weight]': '1',
          'criteria[0][maxScore]': '40',
        })
        .expect(400);
      expect(fieldError(refused.text, 'closesDate')).toBe(order);
      expect(refused.text).not.toContain('judgingClosesAt must be after');
    }
  });

  it('answers an id that cannot be one with the page’s 404, on judge and organizer pages', async () => {
    const s = await scenario();
    const judge = await agentOf(s.judges[0].id);
    const organizer = await agentOf((await createUser(db, { role: Role.organizer })).id);
    for (const [agent, path] of [
      [judge, '/judging/assignments/not-an-id'],
      [judge, `/judging/assignments/${s.assignment(0, 0).id}/files/1`],
      [organizer, '/organizer/contests/1%27%20or%201=1/rounds'],
      [organizer, `/organizer/contests/${s.contest.id}/rounds/new-ish`],
      [organizer, '/organizer/contests/x/judges'],
    ] as const) {
      const res = await agent.get(path);
      expect([path, res.status, res.type]).toEqual([path, 404, 'text/html']);
    }
  });

  const scenario = () => scoringScenario(portal.url, db, env, { entries: 1 });

  async function firstEntryOf(agent: TestAgent): Promise<string> {
    const mine = await agent.get('/me/entries').expect(200);
    const id = /href="\/entries\/([0-9a-f-]{36})"/.exec(mine.text)?.[1];
    if (!id) throw new Error('no entry listed');
    return `/entries/${id}/edit`;
  }
});
