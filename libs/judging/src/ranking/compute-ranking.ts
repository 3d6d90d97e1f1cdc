import { RANKING_METHODS } from '@app/contests';
import type { RankingMethod } from '@app/contests';
import { biasModel } from './methods/bias-model';
import { competitionRanks, roundScore } from './methods/competition-rank';
import { entryStatistics } from './methods/entry-statistics';
import type { RankingInput, ReviewInput } from './methods/ranking-input';
import { reviewTotals, roundScale } from './methods/review-totals';
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
  const stats = judgeStatistics(totals);
  const bias = biasModel(totals);
  const scores: Record<RankingMethod, Map<string, number>> = {
    weighted_mean: weightedMean(totals),
    trimmed_mean: trimmedMean(totals),
    z_score: zScore(totals, stats),
    bias_model: bias.quality,
  };

  const reviewsOf = new Map<string, ReviewInput[]>();
  const totalsOf = new Map<string, number[]>();
  reviews.forEach((review, i) => {
    const mine = reviewsOf.get(review.entryId);
    if (mine) {
      mine.push(review);
      totalsOf.get(review.entryId)!.push(totals[i].total);
    } else {
      reviewsOf.set(review.entryId, [review]);
      totalsOf.set(review.entryId, [totals[i].total]);
    }
  });
  const criterionKeys = input.criteria.map((c) => c.key);

  const entries: RankedEntry[] = input.entries.map((entry) => {
    const facts = entryStatistics(
      totalsOf.get(entry.entryId) ?? [],
      reviewsOf.get(entry.entryId) ?? [],
      criterionKeys,
      scale,
    );
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
      ...facts,
      spread: roundScore(facts.spread),
      criterionMeans: mapValues(facts.criterionMeans, roundScore),
      methods,
    };
  });

  // The categories' members once, in entry order, for every method's category ranks.
  const categories = new Map<string, RankedEntry[]>();
  for (const entry of entries) {
    const members = categories.get(entry.categoryKey);
    if (members) members.push(entry);
    else categories.set(entry.categoryKey, [entry]);
  }
  for (const method of RANKING_METHODS) {
    const overall = competitionRanks(
      new Map(entries.map((e) => [e.entryId, e.methods[method].score])),
    );
    for (const entry of entries) entry.methods[method].overallRank = overall.get(entry.entryId)!;
    for (const members of categories.values()) {
      const ranks = competitionRanks(
        new Map(members.map((e) => [e.entryId, e.methods[method].score])),
      );
      for (const entry of members) entry.methods[method].rank = ranks.get(entry.entryId)!;
    }
  }

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

function mapValues(
  record: Record<string, number>,
  f: (v: number) => number,
): Record<string, number> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
}
