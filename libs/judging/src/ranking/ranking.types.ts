import type { RankingMethod } from '@app/contests';

/** One entry's standing under every method, as stored in RankingResult.content. */
export interface RankedEntry {
  entryId: string;
  code: string;
  categoryKey: string;
  /** Submitted reviews counted. */
  reviews: number;
  /** Per method: the score on the round's scale (e.g. 0..100) and the rank within the category (1 = best). */
  methods: Record<
    RankingMethod,
    { score: number | null; rank: number | null; overallRank: number | null }
  >;
  /** Mean score of each criterion across reviews (for criterion tie-breaks). */
  criterionMeans: Record<string, number>;
  /** Highest minus lowest total among the reviews, and whether judges strongly disagree. */
  spread: number;
  disagreement: boolean;
  /** Some criterion was scored 0 by some judge (for the zero-veto rule). */
  hasZeroScore: boolean;
  /** Reviews far below the entry's mean (for the "fewer low outliers" tie-break). */
  lowOutliers: number;
}

export interface JudgeSeverity {
  judgeUserId: string;
  scores: number;
  /** Additive bias model: positive = generous, negative = severe (points on the round's scale), shrunk for judges with few scores. */
  severity: number;
  /** z-score normalisation inputs. */
  mean: number;
  stdDev: number;
}

/** RankingResult.content. */
export interface RankingContent {
  scale: number;
  entries: RankedEntry[];
  judges: JudgeSeverity[];
  /** Entries whose advancement (under the round's rule, if any) differs between methods. */
  methodSensitivity: {
    entryId: string;
    advancesUnder: RankingMethod[];
    notUnder: RankingMethod[];
  }[];
}
