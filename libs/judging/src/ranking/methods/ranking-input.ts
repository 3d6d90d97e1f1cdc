import type { Criterion } from '@app/contests';

/** One submitted review: a judge's points per criterion key for one entry. */
export interface ReviewInput {
  judgeUserId: string;
  entryId: string;
  values: Record<string, number>;
}

/** An entry taking part in the round, whether or not it has reviews yet. */
export interface EntryInput {
  entryId: string;
  code: string;
  categoryKey: string;
}

/** Everything a ranking is computed from; the computation reads nothing else. */
export interface RankingInput {
  criteria: Pick<Criterion, 'key' | 'weight' | 'maxScore'>[];
  entries: EntryInput[];
  reviews: ReviewInput[];
}

/** A review reduced to its total on the round's scale. */
export interface ReviewTotal {
  judgeUserId: string;
  entryId: string;
  total: number;
}
