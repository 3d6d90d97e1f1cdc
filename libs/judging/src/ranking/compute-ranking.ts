import { RANKING_METHODS } from '@app/contests';
import type { RankingMethod } from '@app/contests';
import { biasModel } from './methods/bias-model';
import { assignCompetitionRanks, roundScore } from './methods/competition-rank';
import { entryStatistics } from './methods/entry-statistics';
import type { RankingInput, ReviewInput } from './methods/ranking-input';
import { reviewTotals, roundScale, totalsByEntry } from './methods/review-totals';
import { trimmedMean } from './methods/trimmed-mean';
import { weightedMean } from './methods/weighted-mean';
import { judgeStatistics, zScore } from './methods/z-score';
import { type CutOffRule, methodSensitivity } from './method-sensitivity';
import type { RankedEntry, RankingContent } from './ranking.types';

/**
 * The whole ranking of a round from its submitted reviews: every method side by side,
 * ranks per category and overall, the per-entry facts and the judges' severities. Pure
 * and deterministic: the same input always gives the same content.
 */
export function computeRanking(input: RankingInput, rule?: CutOffRule | null): RankingContent {
  const scale = roundScale(input.criteria);
  const known = new Set(input.entries.map((e) => e.entryId));
  const reviews = input.reviews.filter((r) => known.has(r.entryId));
  const totals = reviewTotals({ ...input, reviews });
  // Each entry's totals in review order, grouped once for the facts and the two means.
  const totalsOf = totalsByEntry(totals);
  const stats = judgeStatistics(totals);
  const bias = biasModel(totals);
  const scores: Record<RankingMethod, Map<string, number>> = {
    weighted_mean: weightedMean(totals, totalsOf),
    trimmed_mean: trimmedMean(totals, totalsOf),
    z_score: zScore(totals, stats),
    bias_model: bias.quality,
  };

  const reviewsOf = new Map<string, ReviewInput[]>();
  for (const review of reviews) {
    const mine = reviewsOf.get(review.entryId);
    if (mine) mine.push(review);
    else reviewsOf.set(review.entryId, [review]);
  }
  const criterionKeys = input.criteria.map((c) => c.key);

  // Fields written one by one, not spread: for 5,000 entries the copies showed in the profile.
  const entries: RankedEntry[] = input.entries.map((entry) => {
    const facts = entryStatistics(
      totalsOf.get(entry.entryId) ?? [],
      reviewsOf.get(entry.entryId) ?? [],
      criterionKeys,
      scale,
    );
    const criterionMeans: Record<string, number> = {};
    for (const key in facts.criterionMeans)
      criterionMeans[key] = roundScore(facts.criterionMeans[key]);
    const methods = {} as RankedEntry['methods'];
    for (const method of RANKING_METHODS) {
      const score = scores[method].get(entry.entryId);
      methods[method] = {
        score: score === undefined ? null : roundScore(score),
        rank: null,
        overallRank: null,
      };
    }
    return {
      entryId: entry.entryId,
      code: entry.code,
      categoryKey: entry.categoryKey,
      reviews: facts.reviews,
      spread: roundScore(facts.spread),
      disagreement: facts.disagreement,
      hasZeroScore: facts.hasZeroScore,
      lowOutliers: facts.lowOutliers,
      criterionMeans,
      methods,
    };
  });

  for (const method of RANKING_METHODS)
    assignCompetitionRanks(
      entries,
      (entry) => entry.methods[method].score,
      (entry) => entry.categoryKey,
      (entry, overall, inCategory) => {
        entry.methods[method].overallRank = overall;
        entry.methods[method].rank = inCategory;
      },
    );

  const judges = [...stats]
    .map(([judgeUserId, s]) => ({
      judgeUserId,
      scores: s.scores,
      severity: roundScore(bias.severity.get(judgeUserId) ?? 0),
      mean: roundScore(s.mean),
      stdDev: roundScore(s.stdDev),
    }))
    .sort((a, b) => a.severity - b.severity || a.judgeUserId.localeCompare(b.judgeUserId));

  return { scale, entries, judges, methodSensitivity: methodSensitivity(entries, rule) };
}
