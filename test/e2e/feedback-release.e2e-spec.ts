import request from 'supertest';
import type { DataSource } from 'typeorm';
import { AuditLog } from '@app/accounts/audit/audit-log.entity';
import { Role } from '@app/accounts/users/role';
import type { User } from '@app/accounts/users/user.entity';
import type { Round } from '@app/contests/rounds/round.entity';
import type { Entry } from '@app/entries/entries/entry.entity';
import { createContest, createRound } from '../support/contest-factory';
import type { ContestFixture } from '../support/contest-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { enterRound, scoreEntry } from '../support/judging-factory-advancement';
import { createListedEntry } from '../support/listing-factory';
import { RunningPortal, startPortal } from '../support/portal';

const JUDGE_NAMES = ['Trần Văn Khoa', 'Lê Thị Hằng', 'Võ Đức Trí'];
const NOTE = 'Ghi chú riêng cho Ban tổ chức';

describe.each(PROFILES)("judges' feedback released to teams (%s profile)", (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let organizer: string;
  let team: string;
  let stranger: string;
  let judges: User[];
  let contest: ContestFixture;
  let decided: Round;
  let undecided: Round;
  let entry: Entry;
  let outsider: Entry;

  const login = async (email: string) =>
    (
      await request(portal.url)
        .post('/api/v1/auth/login')
        .send({ email, password: FACTORY_PASSWORD })
        .expect(200)
    ).body.accessToken as string;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const feedback = (round: Round, token = team, entryId = entry.id) =>
    request(portal.url)
      .get(`/api/v1/entries/${entryId}/rounds/${round.id}/feedback`)
      .set(as(token));
  const release = (round: Round, released: unknown, token = organizer, contestId = contest.id) =>
    request(portal.url)
      .put(`/api/v1/contests/${contestId}/rounds/${round.id}/feedback-release`)
      .set(as(token))
      .send({ released });

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    const [org, leader, other] = await Promise.all([
      createUser(db, { role: Role.organizer }),
      createUser(db, { fullName: 'Nguyễn Minh Anh' }),
      createUser(db),
    ]);
    judges = await Promise.all(
      JUDGE_NAMES.map((fullName) => createUser(db, { role: Role.judge, fullName })),
    );
    [organizer, team, stranger] = await Promise.all(
      [org, leader, other].map((u) => login(u.email)),
    );
    contest = await createContest(db);
    decided = await createRound(db, contest, { position: 1, decidedAt: new Date() });
    undecided = await createRound(db, contest, { position: 2 });
    entry = await createListedEntry(db, contest, leader);
    outsider = await createListedEntry(db, contest, other);
    await enterRound(db, decided, [entry, outsider]);
    await enterRound(db, undecided, [entry]);
    await scoreEntry(db, decided, entry, judges[0].id, {
      values: { 'doi-moi': 30, 'kha-thi': 20, 'doi-ngu': 20 },
      commentForTeam: 'Cần làm rõ chi phí thiết bị.',
      noteForOrganizers: NOTE,
    });
    await scoreEntry(db, decided, entry, judges[1].id, {
      values: { 'doi-moi': 36, 'kha-thi': 25, 'doi-ngu': 24 },
      commentForTeam: 'Mô hình kinh doanh rõ ràng.',
    });
    await scoreEntry(db, decided, entry, judges[2].id, {
      values: { 'doi-moi': 1, 'kha-thi': 1, 'doi-ngu': 1 },
      commentForTeam: 'Bản nháp chưa nộp',
      submitted: false,
    });
    await scoreEntry(db, undecided, entry, judges[0].id, {
      values: { 'doi-moi': 10, 'kha-thi': 10, 'doi-ngu': 10 },
    });
  });

  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('is off by default: nothing is shown and the API refuses (403 FEEDBACK_NOT_RELEASED)', async () => {
    const settings = await request(portal.url)
      .get(`/api/v1/contests/${contest.id}/feedback-releases`)
      .set(as(organizer))
      .expect(200);
    expect(settings.body.map((s: { released: boolean }) => s.released)).toEqual([false, false]);
    const res = await feedback(decided).expect(403);
    expect(res.body.code).toBe('FEEDBACK_NOT_RELEASED');
  });

  it('shows a decided, released round to the team, anonymised', async () => {
    await release(decided, true).expect(200);
    const res = await feedback(decided).expect(200);
    expect(res.body.reviews).toEqual([
      {
        number: 1,
        total: 85,
        scores: { 'doi-moi': 36, 'kha-thi': 25, 'doi-ngu': 24 },
        comment: 'Mô hình kinh doanh rõ ràng.',
      },
      {
        number: 2,
        total: 70,
        scores: { 'doi-moi': 30, 'kha-thi': 20, 'doi-ngu': 20 },
        comment: 'Cần làm rõ chi phí thiết bị.',
      },
    ]);
    expect(res.body.scale).toBe(100);
    const text = JSON.stringify(res.body);
    for (const secret of [...judges.map((j) => j.id), ...JUDGE_NAMES, NOTE, 'Bản nháp'])
      expect(text).not.toContain(secret);
    const audit = await db.manager.findBy(AuditLog, { subjectId: decided.id });
    expect(audit.map((r) => r.action)).toContain('round.feedback_released');
  });

  it('keeps an undecided round closed even when released', async () => {
    await release(undecided, true).expect(200);
    const res = await feedback(undecided).expect(403);
    expect(res.body.code).toBe('FEEDBACK_NOT_RELEASED');
  });

  it('closes it again when turned off', async () => {
    await release(decided, false).expect(200);
    expect((await feedback(decided).expect(403)).body.code).toBe('FEEDBACK_NOT_RELEASED');
    await release(decided, true).expect(200);
  });

  it("answers 404 for another team's entry, a round it did not take part in, or a bad id", async () => {
    expect((await feedback(decided, stranger).expect(404)).body.code).toBe('NOT_FOUND');
    await feedback(undecided, stranger, outsider.id).expect(404);
    const otherContest = await createContest(db);
    const foreign = await createRound(db, otherContest, { decidedAt: new Date() });
    await feedback(foreign).expect(404);
    await request(portal.url)
      .get(`/api/v1/entries/not-a-uuid/rounds/${decided.id}/feedback`)
      .set(as(team))
      .expect(400);
  });

  it('lets only organizers change the setting, with a boolean, for a round of the contest', async () => {
    expect((await release(decided, false, team).expect(403)).body.code).toBe('FORBIDDEN');
    expect((await release(decided, 'yes').expect(400)).body.code).toBe('VALIDATION_FAILED');
    const otherContest = await createContest(db);
    await release(decided, false, organizer, otherContest.id).expect(404);
    await feedback(decided).expect(200);
  });
});
