import type { ReviewTotal } from './ranking-input';
import { mean, totalsByEntry } from './review-totals';

/** Entry score = mean of its reviews' weighted totals (already on the round's scale). */
export function weightedMean(
  totals: ReviewTotal[],
  byEntry = totalsByEntry(totals),
): Map<string, number> {
  const scores = new Map<string, number>();
  for (const [entryId, list] of byEntry) scores.set(entryId, mean(list));
  return scores;
}
