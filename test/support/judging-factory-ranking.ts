import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import type { Category } from '@app/contests/categories/category.entity';
import type { AdvancementRule } from '@app/contests/rounds/round-policy';
import type { Round } from '@app/contests/rounds/round.entity';
import type { Entry } from '@app/entries/entries/entry.entity';
import { Assignment, AssignmentStatus } from '@app/judging/assignment/assignment.entity';
import { RoundEntry } from '@app/judging/assignment/round-entry.entity';
import { Score, ScoreStatus } from '@app/judging/scoring/score.entity';
import { RankingResult } from '@app/judging/ranking/ranking-result.entity';
import { createCategory, createContest, createRound, type ContestFixture } from './contest-factory';
import { createUser } from './database';
import { createListedEntry } from './listing-factory';

/**
 * Factories for rankings: a round with two categories, entries taking part, and submitted
 * scores written straight to the database (the scoring routes are tested on their own).
 *
 *   const r = await rankingRound(db, { minTotal: 52 });
 *   const x = await roundEntry(db, r, r.categories[0]);
 *   await submittedScore(db, r.round, x, judge.id, { 'doi-moi': 30, 'kha-thi': 25, 'doi-ngu': 25 });
 */
export interface RankingRoundFixture {
  contest: ContestFixture;
  round: Round;
  /** `y-tuong` (the contest's default) and `du-an`. */
  categories: [Category, Category];
}

export async function rankingRound(
  db: DataSource,
  rule: AdvancementRule | null = null,
): Promise<RankingRoundFixture> {
  const contest = await createContest(db);
  const second = await createCategory(db, contest, {
    key: 'du-an',
    nameVi: 'Dự án',
    nameEn: 'Project',
    position: 1,
  });
  const round = await createRound(db, contest, { advancementRule: rule });
  return { contest, round, categories: [contest.category, second] };
}

/** A submitted entry of the category, taking part in the round. */
export async function roundEntry(
  db: DataSource,
  fixture: RankingRoundFixture,
  category: Category,
): Promise<Entry> {
  const owner = await createUser(db, { role: Role.applicant });
  const entry = await createListedEntry(db, fixture.contest, owner, { categoryId: category.id });
  await db.manager.insert(
    RoundEntry,
    db.manager.create(RoundEntry, { roundId: fixture.round.id, entryId: entry.id }),
  );
  return entry;
}

/** A scored assignment and its submitted score. */
export async function submittedScore(
  db: DataSource,
  round: Round,
  entry: Entry,
  judgeUserId: string,
  values: Record<string, number>,
): Promise<Score> {
  const assignment = db.manager.create(Assignment, {
    roundId: round.id,
    entryId: entry.id,
    judgeUserId,
    status: AssignmentStatus.scored,
  });
  await db.manager.insert(Assignment, assignment);
  const score = db.manager.create(Score, {
    assignmentId: assignment.id,
    roundId: round.id,
    entryId: entry.id,
    judgeUserId,
    values,
    commentForTeam: null,
    noteForOrganizers: null,
    status: ScoreStatus.submitted,
    submittedAt: new Date(),
  });
  await db.manager.insert(Score, score);
  return score;
}

export function rankingResultCount(db: DataSource, round: Round): Promise<number> {
  return db.manager.count(RankingResult, { where: { roundId: round.id } });
}
