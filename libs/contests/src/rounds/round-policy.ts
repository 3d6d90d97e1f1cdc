/** The ranking methods a round can be decided on (all are computed and shown side by side). */
export const RANKING_METHODS = ['weighted_mean', 'trimmed_mean', 'z_score', 'bias_model'] as const;
export type RankingMethod = (typeof RANKING_METHODS)[number];

/**
 * One step of the tie-break chain, tried in order: the total (under the round's method),
 * a criterion's mean score, or fewer low outliers (scores far below the entry's mean).
 */
export type TieBreakStep = 'total' | `criterion:${string}` | 'fewer_low_outliers';

/** Advancement as the province writes it. Every part is optional. */
export interface AdvancementRule {
  method?: RankingMethod;
  /** How many advance from each category (bảng). */
  topNPerCategory?: number | null;
  /** A minimum total on the round's scale, e.g. 50 of 100. */
  minTotal?: number | null;
  /** No criterion scored 0 by any judge. */
  zeroVeto?: boolean;
  /** At least this many submitted reviews. */
  minReviews?: number | null;
  tieBreak?: TieBreakStep[];
}

/** Who sees what during judging. Safe defaults: judges never see each other's scores. */
export interface RoundVisibility {
  /** A judge may see the other judges' scores of an entry after submitting their own. */
  judgesSeeOthersAfterSubmitting?: boolean;
}
