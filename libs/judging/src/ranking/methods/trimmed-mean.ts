import type { ReviewTotal } from './ranking-input';
import { mean, totalsByEntry } from './review-totals';

/** Below this many reviews nothing is dropped: trimming 2 of 4 would discard half the jury. */
export const TRIM_FROM_REVIEWS = 5;

/** Entry score = mean of its totals without the single highest and lowest, from 5 reviews on. */
export function trimmedMean(
  totals: ReviewTotal[],
  byEntry = totalsByEntry(totals),
): Map<string, number> {
  const scores = new Map<string, number>();
  for (const [entryId, list] of byEntry) {
    if (list.length < TRIM_FROM_REVIEWS) {
      scores.set(entryId, mean(list));
      continue;
    }
    const sorted = [...list].sort((a, b) => a - b);
    scores.set(entryId, mean(sorted.slice(1, -1)));
  }
  return scores;
}
