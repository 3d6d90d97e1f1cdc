import type { ReviewTotal } from './ranking-input';
import { mean, populationStdDev, totalsByEntry } from './review-totals';

export interface JudgeStatistics {
  scores: number;
  mean: number;
  stdDev: number;
}

export function judgeStatistics(totals: ReviewTotal[]): Map<string, JudgeStatistics> {
  const byJudge = new Map<string, number[]>();
  // push, not a spread copy per review: copying made this quadratic in a judge's reviews.
  for (const t of totals) {
    const list = byJudge.get(t.judgeUserId);
    if (list) list.push(t.total);
    else byJudge.set(t.judgeUserId, [t.total]);
  }
  const stats = new Map<string, JudgeStatistics>();
  for (const [judge, list] of byJudge)
    stats.set(judge, { scores: list.length, mean: mean(list), stdDev: populationStdDev(list) });
  return stats;
}

/**
 * Per-judge standardisation: each review becomes z = (total - judge's mean) / judge's
 * std-dev, an entry's score is the mean z of its reviews, mapped back to the round's scale
 * as roundMean + meanZ x roundStdDev (over all review totals). A judge with one score or no
 * variance says nothing about relative quality, so their reviews count as z = 0 (average).
 * The result is not clamped to 0..scale: clamping would create ties that are not there.
 */
export function zScore(
  totals: ReviewTotal[],
  stats = judgeStatistics(totals),
): Map<string, number> {
  const zs: ReviewTotal[] = totals.map((t) => {
    const judge = stats.get(t.judgeUserId)!;
    const z = judge.scores < 2 || judge.stdDev === 0 ? 0 : (t.total - judge.mean) / judge.stdDev;
    return { ...t, total: z };
  });
  const all = totals.map((t) => t.total);
  const roundMean = all.length ? mean(all) : 0;
  const roundStdDev = populationStdDev(all);
  const scores = new Map<string, number>();
  for (const [entryId, list] of totalsByEntry(zs))
    scores.set(entryId, roundMean + mean(list) * roundStdDev);
  return scores;
}
