import type { DataSource } from 'typeorm';
import type { Category } from '@app/contests/categories/category.entity';
import type { Round } from '@app/contests/rounds/round.entity';
import type { Entry } from '@app/entries/entries/entry.entity';
import { Assignment, AssignmentStatus } from '@app/judging/assignment/assignment.entity';
import { RoundEntry } from '@app/judging/assignment/round-entry.entity';
import { RankingResult } from '@app/judging/ranking/ranking-result.entity';
import type { RankedEntry, RankingContent } from '@app/judging/ranking/ranking.types';
import { Score, ScoreStatus } from '@app/judging/scoring/score.entity';

/**
 * Advancement fixtures written straight to the database: entries taking part in a round,
 * scored assignments and a stored ranking, so advancement is tested apart from the
 * assignment and ranking jobs.
 */

export async function enterRound(db: DataSource, round: Round, entries: Entry[]): Promise<void> {
  await db.manager.insert(
    RoundEntry,
    entries.map((entry) => db.manager.create(RoundEntry, { roundId: round.id, entryId: entry.id })),
  );
}

export interface ScoreInput {
  values: Record<string, number>;
  commentForTeam?: string | null;
  noteForOrganizers?: string | null;
  submitted?: boolean;
}

/** A judge's scored assignment of an entry. */
export async function scoreEntry(
  db: DataSource,
  round: Round,
  entry: Entry,
  judgeUserId: string,
  input: ScoreInput,
): Promise<void> {
  const submitted = input.submitted ?? true;
  const assignment = db.manager.create(Assignment, {
    roundId: round.id,
    entryId: entry.id,
    judgeUserId,
    status: submitted ? AssignmentStatus.scored : AssignmentStatus.inProgress,
    dueAt: null,
  });
  await db.manager.insert(Assignment, assignment);
  await db.manager.insert(
    Score,
    db.manager.create(Score, {
      assignmentId: assignment.id,
      roundId: round.id,
      entryId: entry.id,
      judgeUserId,
      values: input.values,
      commentForTeam: input.commentForTeam ?? null,
      noteForOrganizers: input.noteForOrganizers ?? null,
      status: submitted ? ScoreStatus.submitted : ScoreStatus.draft,
      submittedAt: submitted ? new Date() : null,
      version: 1,
    }),
  );
}

export interface StandingInput {
  total: number | null;
  reviews?: number;
  criterionMeans?: Record<string, number>;
  hasZeroScore?: boolean;
  lowOutliers?: number;
}

/** One entry's standing, the same score under every method. */
export function standing(entry: Entry, category: Category, input: StandingInput): RankedEntry {
  const score = { score: input.total, rank: null, overallRank: null };
  return {
    entryId: entry.id,
    code: entry.code,
    categoryKey: category.key,
    reviews: input.reviews ?? 3,
    methods: { weighted_mean: score, trimmed_mean: score, z_score: score, bias_model: score },
    criterionMeans: input.criterionMeans ?? {},
    spread: 0,
    disagreement: false,
    hasZeroScore: input.hasZeroScore ?? false,
    lowOutliers: input.lowOutliers ?? 0,
  };
}

/** Stores a ranking as the recomputation job would. */
export async function storeRanking(
  db: DataSource,
  round: Round,
  entries: RankedEntry[],
): Promise<void> {
  const content: RankingContent = { scale: 100, entries, judges: [], methodSensitivity: [] };
  // save(), not insert(): insert() reads a JSON object as a nested partial entity.
  await db.manager.save(
    db.manager.create(RankingResult, {
      roundId: round.id,
      scoreCount: entries.reduce((sum, e) => sum + e.reviews, 0),
      content: content as unknown as Record<string, unknown>,
    }),
  );
}
