import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { Contest, ContestStatus } from '@app/contests/contests/contest.entity';
import { Entry, EntryStatus } from '@app/entries/entries/entry.entity';
import { MemberConfirmation } from '@app/entries/members/team-member.entity';
import { Assignment, AssignmentStatus } from '@app/judging/assignment/assignment.entity';
import { RoundEntry, RoundEntryStatus } from '@app/judging/assignment/round-entry.entity';
import { Score, ScoreStatus } from '@app/judging/scoring/score.entity';
import { createUser } from './database';
import { addContestJudge } from './judging-factory-judges';
import { rankingRound, submittedScore, type RankingRoundFixture } from './judging-factory-ranking';
import { createListedEntry, type ListedEntryInput } from './listing-factory';

/**
 * A contest whose every count is known, for the statistics page and the XLSX report:
 *
 *   received 5 (A eligible, B advanced, C eliminated, D submitted, E ineligible), plus a
 *   draft F and a withdrawn G that only the status chart counts;
 *   category y-tuong 3 (A, B, E), du-an 2 (C, D); field cong-nghe-so 3, nong-nghiep 1,
 *   none 1 (D); applicant types student 3, team 1, startup 1, individual 0;
 *   school "Trường THPT Lê Khiết" 3 (A; B typed in lower case with spaces; D without
 *   accents), Công ty Đông Hải 1, none 1; commune Phường Cẩm Thành 2, Đặc khu Lý Sơn 1, none 2; district
 *   Huyện Lý Sơn 1 (C);
 *   members 11: 5 leaders without a gender, female 4, male 2 (E's declined member and F's
 *   members do not count);
 *   submitted per day (Vietnam time): 20/11/2026 2 (A, B), 29/11/2026 3 (C at 01:30 on the
 *   29th, which is still the 28th in UTC; D; E); deadline 17:00, 30/11/2026;
 *   round 1: A pending, B advanced, C not advanced; judge 1 (invited first) scored A 75
 *   and B 60 and holds C unscored (2/3); judge 2 scored A 100, has a draft on B and
 *   released C (1/2).
 */
export interface ReportContestFixture extends RankingRoundFixture {
  entries: Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g', Entry>;
  judges: [{ id: string; fullName: string }, { id: string; fullName: string }];
}

const at = (iso: string) => new Date(iso);

export async function reportContest(db: DataSource): Promise<ReportContestFixture> {
  const fixture = await rankingRound(db);
  const { contest, round } = fixture;
  const [ideas, projects] = fixture.categories;
  await db.manager.update(
    Contest,
    { id: contest.id },
    {
      status: ContestStatus.judging,
      registrationOpensAt: at('2026-11-15T01:00:00Z'),
      submissionDeadline: at('2026-11-30T10:00:00Z'),
    },
  );
  const entry = async (input: ListedEntryInput) =>
    createListedEntry(db, contest, await createUser(db), input);
  const a = await entry({
    status: EntryStatus.eligible,
    applicantType: 'student',
    organization: 'Trường THPT Lê Khiết',
    commune: 'Phường Cẩm Thành',
    submittedAt: at('2026-11-20T03:00:00Z'),
    members: [
      { fullName: 'Trần Thị Lan', email: 'lan@example.vn', gender: 'female' },
      { fullName: 'Lê Văn Nam', email: 'nam@example.vn', gender: 'male' },
    ],
  });
  const b = await entry({
    status: EntryStatus.advanced,
    applicantType: 'student',
    organization: ' trường thpt lê khiết ',
    commune: 'Phường Cẩm Thành',
    submittedAt: at('2026-11-20T09:00:00Z'),
    members: [{ fullName: 'Phạm Thu Hà', email: 'ha@example.vn', gender: 'female' }],
  });
  const c = await entry({
    categoryId: projects.id,
    fieldKey: 'nong-nghiep',
    status: EntryStatus.eliminated,
    applicantType: 'startup',
    organization: 'Công ty Đông Hải',
    commune: 'Đặc khu Lý Sơn',
    district: 'Huyện Lý Sơn',
    submittedAt: at('2026-11-28T18:30:00Z'),
    members: [
      { fullName: 'Võ Thị Mai', email: 'mai@example.vn', gender: 'female' },
      { fullName: 'Đỗ Thị Hồng', email: 'hong@example.vn', gender: 'female' },
    ],
  });
  const d = await entry({
    categoryId: projects.id,
    fieldKey: null,
    status: EntryStatus.submitted,
    applicantType: 'team',
    organization: 'Truong THPT Le Khiet',
    submittedAt: at('2026-11-29T05:00:00Z'),
    members: [{ fullName: 'Huỳnh Văn Tài', email: 'tai@example.vn', gender: 'male' }],
  });
  const e = await entry({
    categoryId: ideas.id,
    status: EntryStatus.ineligible,
    applicantType: 'student',
    submittedAt: at('2026-11-29T08:00:00Z'),
    members: [
      {
        fullName: 'Ngô Thị Declined',
        email: 'declined@example.vn',
        gender: 'female',
        confirmation: MemberConfirmation.declined,
      },
    ],
  });
  const f = await entry({
    status: EntryStatus.draft,
    submittedAt: null,
    submittedRevision: null,
    members: [{ fullName: 'Nháp', email: 'draft@example.vn', gender: 'female' }],
  });
  const g = await entry({
    status: EntryStatus.withdrawn,
    submittedAt: at('2026-11-21T03:00:00Z'),
  });

  const outcomes: [Entry, RoundEntryStatus][] = [
    [a, RoundEntryStatus.inRound],
    [b, RoundEntryStatus.advanced],
    [c, RoundEntryStatus.eliminated],
  ];
  for (const [member, status] of outcomes)
    await db.manager.insert(RoundEntry, { roundId: round.id, entryId: member.id, status });

  const one = await createUser(db, { role: Role.judge, fullName: 'PGS.TS. Nguyễn Văn Một' });
  const two = await createUser(db, { role: Role.judge, fullName: 'ThS. Trần Thị Hai' });
  await addContestJudge(db, contest.id, one.id, { createdAt: at('2026-11-01T00:00:00Z') });
  await addContestJudge(db, contest.id, two.id, { createdAt: at('2026-11-02T00:00:00Z') });
  await submittedScore(db, round, a, one.id, { 'doi-moi': 30, 'kha-thi': 20, 'doi-ngu': 25 });
  await submittedScore(db, round, b, one.id, { 'doi-moi': 20, 'kha-thi': 20, 'doi-ngu': 20 });
  await assignment(db, round.id, c.id, one.id, AssignmentStatus.assigned);
  await submittedScore(db, round, a, two.id, { 'doi-moi': 40, 'kha-thi': 30, 'doi-ngu': 30 });
  const draft = await assignment(db, round.id, b.id, two.id, AssignmentStatus.inProgress);
  await db.manager.insert(Score, {
    assignmentId: draft.id,
    roundId: round.id,
    entryId: b.id,
    judgeUserId: two.id,
    values: { 'doi-moi': 1, 'kha-thi': 1, 'doi-ngu': 1 },
    status: ScoreStatus.draft,
  });
  await assignment(db, round.id, c.id, two.id, AssignmentStatus.released);
  return { ...fixture, entries: { a, b, c, d, e, f, g }, judges: [one, two] };
}

async function assignment(
  db: DataSource,
  roundId: string,
  entryId: string,
  judgeUserId: string,
  status: AssignmentStatus,
): Promise<Assignment> {
  const row = db.manager.create(Assignment, { roundId, entryId, judgeUserId, status });
  await db.manager.insert(Assignment, row);
  return row;
}
