import type { ReviewInput } from './ranking-input';
import { mean, populationStdDev } from './review-totals';

/**
 * When judges "strongly disagree" on an entry, as shares of the round's scale: a spread
 * (highest - lowest total) above 25 %, or a standard deviation above 12.5 %.
 */
export const DISAGREEMENT = { spreadShare: 0.25, stdDevShare: 0.125 } as const;

/** A review is a low outlier below mean - 1.5 std-dev, or more than 20 % of the scale below the mean. */
export const LOW_OUTLIER = { stdDevs: 1.5, scaleShare: 0.2 } as const;

export interface EntryStatistics {
  reviews: number;
  spread: number;
  disagreement: boolean;
  hasZeroScore: boolean;
  lowOutliers: number;
  criterionMeans: Record<string, number>;
}

/** The per-entry facts every method shares: `totals` and `reviews` are the same reviews, in the same order. */
export function entryStatistics(
  totals: number[],
  reviews: ReviewInput[],
  criterionKeys: string[],
  scale: number,
): EntryStatistics {
  const criterionMeans: Record<string, number> = {};
  if (totals.length === 0)
    return {
      reviews: 0,
      spread: 0,
      disagreement: false,
      hasZeroScore: false,
      lowOutliers: 0,
      criterionMeans,
    };
  // Plain loops: this runs for every entry of the round (5,000 in a national final).
  const average = mean(totals);
  const stdDev = populationStdDev(totals);
  let highest = -Infinity;
  let lowest = Infinity;
  for (const t of totals) {
    if (t > highest) highest = t;
    if (t < lowest) lowest = t;
  }
  const spread = highest - lowest;
  // Below either threshold is below the higher of the two.
  const outlierBelow = Math.max(
    average - LOW_OUTLIER.stdDevs * stdDev,
    average - LOW_OUTLIER.scaleShare * scale,
  );
  let lowOutliers = 0;
  for (const t of totals) if (t < outlierBelow) lowOutliers++;
  let hasZeroScore = false;
  for (const key of criterionKeys) {
    let sum = 0;
    for (const review of reviews) {
      const value = review.values[key] ?? 0;
      if (value === 0) hasZeroScore = true;
      sum += value;
    }
    criterionMeans[key] = sum / reviews.length;
  }
  return {
    reviews: totals.length,
    spread,
    disagreement:
      spread > DISAGREEMENT.spreadShare * scale || stdDev > DISAGREEMENT.stdDevShare * scale,
    hasZeroScore,
    lowOutliers,
    criterionMeans,
  };
}
