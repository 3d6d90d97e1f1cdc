import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import type { User } from '@app/accounts/users/user.entity';
import { Round } from '@app/contests/rounds/round.entity';
import type { Entry } from '@app/entries/entries/entry.entity';
import {
  Assignment,
  AssignmentSource,
  AssignmentStatus,
} from '@app/judging/assignment/assignment.entity';
import { createContest, createRound, FACTORY_CRITERIA } from '../support/contest-factory';
import type { ContestFixture } from '../support/contest-factory';
import { openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { signIn } from '../support/entry-factory';
import type { SignedInUser } from '../support/entry-factory';
import {
  acceptedJudges,
  entriesWithStatus,
  recordEntryConflict,
} from '../support/judging-factory-assignment';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';
import { csrfOf } from '../support/page-forms';

/**
 * The round's maximum load per judge: stored and validated on the round (API and form),
 * respected by the automatic planner, enforced on manual assignment and moves; and moving
 * an assignment from the matrix page, refusing conflicted judges and judges at the maximum.
 */
describe.each(PROFILES)('maximum load per judge (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let organizer: SignedInUser;
  let cookie: string;
  let contest: ContestFixture;
  let round: Round;
  let entries: Entry[];
  let judges: User[];

  const api = () => ({
    get: (path: string) => request(portal.url).get(path).set(organizer.auth),
    post: (path: string, body: object = {}) =>
      request(portal.url).post(path).set(organizer.auth).send(body),
    patch: (path: string, body: object) =>
      request(portal.url).patch(path).set(organizer.auth).send(body),
  });
  const page = (path: string, lang = 'vi') =>
    request(portal.url).get(path).set('cookie', `${cookie}; lang=${lang}`).expect(200);
  const postPage = async (formPath: string, action: string, fields: Record<string, string>) => {
    const form = await page(formPath);
    // The form's token goes with the browser's CSRF secret, set as a cookie by the page.
    const secret = ([] as string[])
      .concat(form.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0])
      .filter((c) => c.startsWith('_csrf='));
    return request(portal.url)
      .post(action)
      .set('cookie', [cookie, ...secret].join('; '))
      .type('form')
      .send({ _csrf: csrfOf(form.text), ...fields });
  };
  const assignmentOf = (entryId: string, judgeUserId: string) =>
    db.manager.findOneByOrFail(Assignment, { roundId: round.id, entryId, judgeUserId });
  const loadOf = (judgeUserId: string) =>
    db.manager.countBy(Assignment, { roundId: round.id, judgeUserId });

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    organizer = await signIn(portal.url, db, { role: Role.organizer });
    cookie = await webSessionCookie(db, organizer.id);
    contest = await createContest(db);
    round = await createRound(db, contest, { position: 1, reviewsPerEntry: 1 });
    entries = await entriesWithStatus(db, contest, 4);
    judges = await acceptedJudges(db, contest, [
      { fullName: 'GK An' },
      { fullName: 'GK Bình' },
      { fullName: 'GK Cường' },
    ]);
    // GK Cường may not judge the first entry.
    await recordEntryConflict(db, contest.id, judges[2].id, entries[0].id, organizer.id);
    await api().post(`/api/v1/rounds/${round.id}/entries/intake`).expect(200);
  });

  afterAll(async () => {
    await portal?.stop();
    await db?.destroy();
  });

  it('is stored on the round through the API: a whole number of at least 1, or null', async () => {
    for (const bad of [0, -1, 1.5, '2'])
      expect(
        (await api().patch(`/api/v1/rounds/${round.id}`, { maxLoadPerJudge: bad }).expect(400))
          .body,
      ).toMatchObject({ code: 'VALIDATION_FAILED' });
    const set = await api().patch(`/api/v1/rounds/${round.id}`, { maxLoadPerJudge: 2 }).expect(200);
    expect(set.body.maxLoadPerJudge).toBe(2);
    const cleared = await api()
      .patch(`/api/v1/rounds/${round.id}`, { maxLoadPerJudge: null })
      .expect(200);
    expect(cleared.body.maxLoadPerJudge).toBeNull();
    const other = await createContest(db);
    const created = await api()
      .post(`/api/v1/contests/${other.id}/rounds`, {
        position: 1,
        nameVi: 'Vòng sơ khảo',
        nameEn: 'Screening',
        maxLoadPerJudge: 5,
        criteria: [
          { key: 'doi-moi', labelVi: 'Đổi mới', labelEn: 'Novelty', weight: 1, maxScore: 10 },
        ],
      })
      .expect(201);
    expect(created.body.maxLoadPerJudge).toBe(5);
  });

  it('is set on the round form, validated as a whole number of at least 1, empty for none', async () => {
    const formPath = `/organizer/contests/${contest.id}/rounds/${round.id}`;
    const fields = async (maxLoadPerJudge: string) => {
      const current = await db.manager.findOneByOrFail(Round, { id: round.id });
      return {
        version: String(current.version),
        position: '1',
        nameVi: current.nameVi,
        nameEn: current.nameEn,
        mode: 'online',
        reviewsPerEntry: '1',
        maxLoadPerJudge,
        ...Object.fromEntries(
          FACTORY_CRITERIA.flatMap((c, i) =>
            (['key', 'labelVi', 'labelEn', 'weight', 'maxScore'] as const).map((name) => [
              `criteria[${i}][${name}]`,
              String(c[name]),
            ]),
          ),
        ),
      };
    };
    for (const [bad, message] of [
      ['0', /Giá trị nằm ngoài khoảng cho phép\./],
      ['1,5', /Hãy nhập một số( nguyên)?\./],
      ['hai', /Hãy nhập một số( nguyên)?\./],
    ] as const) {
      const refused = await postPage(formPath, formPath, await fields(bad));
      expect(refused.status).toBe(400);
      expect(refused.text).toMatch(message);
    }
    expect((await postPage(formPath, formPath, await fields('1'))).status).toBe(303);
    expect((await db.manager.findOneByOrFail(Round, { id: round.id })).maxLoadPerJudge).toBe(1);
    const form = await page(formPath);
    expect(form.text).toContain('Số bài dự thi tối đa mỗi giám khảo');
    expect(form.text).toMatch(/name="maxLoadPerJudge" type="text" value="1"/);
    expect((await page(formPath, 'en')).text).toContain('Most entries per judge');
  });

  it('bounds the automatic assignment: judges at the maximum leave entries unfilled', async () => {
    // Three judges, at most one entry each, four entries of one review: one is left over.
    const run = await api().post(`/api/v1/rounds/${round.id}/assignments/auto`).expect(200);
    expect(run.body).toMatchObject({ created: 3, slots: { unfilled: 1 } });
    expect(run.body.unfilled).toEqual([
      expect.objectContaining({ reason: 'judges_at_max_load', missing: 1 }),
    ]);
    for (const judge of judges) expect(await loadOf(judge.id)).toBe(1);
  });

  it('refuses a manual assignment or a move to a judge at the maximum with 409 JUDGE_AT_MAX_LOAD', async () => {
    const rows = await db.manager.findBy(Assignment, { roundId: round.id });
    const unfilled = entries.find((e) => !rows.some((a) => a.entryId === e.id))!;
    const mine = rows.find((a) => a.judgeUserId === judges[0].id)!;
    const added = await api()
      .post(`/api/v1/rounds/${round.id}/assignments`, {
        entryId: unfilled.id,
        judgeUserId: judges[1].id,
      })
      .expect(409);
    expect(added.body.code).toBe('JUDGE_AT_MAX_LOAD');
    const moved = await api()
      .patch(`/api/v1/assignments/${mine.id}`, { judgeUserId: judges[1].id })
      .expect(409);
    expect(moved.body.code).toBe('JUDGE_AT_MAX_LOAD');
    expect((await db.manager.findOneByOrFail(Assignment, { id: mine.id })).judgeUserId).toBe(
      judges[0].id,
    );
    expect(await loadOf(judges[1].id)).toBe(1);

    // The matrix tells the page the round's maximum.
    const matrix = await api().get(`/api/v1/rounds/${round.id}/assignments`).expect(200);
    expect(matrix.body.maxLoadPerJudge).toBe(1);
  });

  it('moves an assignment from the matrix page, refusing conflicted judges and judges at the maximum', async () => {
    // GK An has the first entry, GK Bình is at the maximum of 2, GK Cường is conflicted
    // with the first entry and GK Dung, new, is free.
    await db.manager.update(Round, { id: round.id }, { maxLoadPerJudge: 2 });
    await db.manager.delete(Assignment, { roundId: round.id });
    const [dung] = await acceptedJudges(db, contest, [{ fullName: 'GK Dung' }]);
    const holders = [judges[0], judges[1], judges[1], judges[2]];
    for (const [n, judge] of holders.entries())
      await db.manager.insert(Assignment, {
        roundId: round.id,
        entryId: entries[n].id,
        judgeUserId: judge.id,
        status: AssignmentStatus.assigned,
        source: AssignmentSource.manual,
        dueAt: null,
      });
    const target = await assignmentOf(entries[0].id, judges[0].id);
    const base = `/organizer/rounds/${round.id}/assignments`;

    // The form offers both other judges, each disabled with the reason it cannot take it.
    const matrixPage = await page(base);
    expect(matrixPage.text).toContain(`action="${base}/${target.id}/move"`);
    const select = new RegExp(`<select id="move-${target.id}"[^>]*>([\\s\\S]*?)</select>`).exec(
      matrixPage.text,
    )![1];
    expect(select).toMatch(
      /<option value="[^"]+" disabled>GK Bình \(2 bài\) – đã đủ số bài tối đa/,
    );
    expect(select).toMatch(
      /<option value="[^"]+" disabled>GK Cường \(\d bài\) – có xung đột lợi ích/,
    );
    expect(select).toMatch(/<option value="[^"]+">GK Dung \(0 bài\)<\/option>/);
    expect(matrixPage.text).toContain('tối đa 2 bài mỗi giám khảo');

    // Posted anyway (a stale page), each is refused with its own message, nothing moves.
    const refusals = [
      [judges[2].id, 'CONFLICT_OF_INTEREST', 'giám khảo có xung đột lợi ích với bài dự thi này'],
      [judges[1].id, 'JUDGE_AT_MAX_LOAD', 'giám khảo đã đủ số bài tối đa của vòng này'],
    ];
    for (const [judgeUserId, code, message] of refusals) {
      const refused = await postPage(base, `${base}/${target.id}/move`, { judgeUserId });
      expect([refused.status, refused.headers.location]).toEqual([303, `${base}?error=${code}`]);
      expect((await page(refused.headers.location)).text).toContain(message);
    }
    const english = await page(`${base}?error=JUDGE_AT_MAX_LOAD`, 'en');
    expect(english.text).toContain('maximum number of entries. Choose another judge');
    expect((await db.manager.findOneByOrFail(Assignment, { id: target.id })).judgeUserId).toBe(
      judges[0].id,
    );

    // The free judge takes it.
    const moved = await postPage(base, `${base}/${target.id}/move`, { judgeUserId: dung.id });
    expect([moved.status, moved.headers.location]).toEqual([303, `${base}?moved=1`]);
    expect((await db.manager.findOneByOrFail(Assignment, { id: target.id })).judgeUserId).toBe(
      dung.id,
    );
    expect((await page(moved.headers.location)).text).toContain(
      'Đã chuyển bài cho giám khảo khác.',
    );
  });
});
