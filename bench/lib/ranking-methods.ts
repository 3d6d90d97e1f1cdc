// The platform's ranking methods one at a time, as computeRanking uses them: a method's
// scores from the review totals, rounded, then competition ranks overall and per category.
// Bundled by bench/scenarios/ranking-recompute.mjs; never imported by the apps.
import type { RankingMethod } from '@app/contests/rounds/round-policy';
import { biasModel } from '@app/judging/ranking/methods/bias-model';
import { competitionRanks, roundScore } from '@app/judging/ranking/methods/competition-rank';
import type { EntryInput, ReviewTotal } from '@app/judging/ranking/methods/ranking-input';
import { trimmedMean } from '@app/judging/ranking/methods/trimmed-mean';
import { weightedMean } from '@app/judging/ranking/methods/weighted-mean';
import { zScore } from '@app/judging/ranking/methods/z-score';

export { reviewTotals } from '@app/judging/ranking/methods/review-totals';

const METHODS: Record<RankingMethod, (totals: ReviewTotal[]) => Map<string, number>> = {
  weighted_mean: weightedMean,
  trimmed_mean: trimmedMean,
  z_score: (totals) => zScore(totals),
  bias_model: (totals) => biasModel(totals).quality,
};

export function standingsOf(method: RankingMethod, entries: EntryInput[], totals: ReviewTotal[]) {
  const scores = METHODS[method](totals);
  const rounded = new Map(
    entries.map((e) => {
      const score = scores.get(e.entryId);
      return [e.entryId, score === undefined ? null : roundScore(score)] as const;
    }),
  );
  const overall = competitionRanks(rounded);
  const byCategory = new Map<string, Map<string, number | null>>();
  for (const e of entries) {
    const members = byCategory.get(e.categoryKey) ?? new Map<string, number | null>();
    members.set(e.entryId, rounded.get(e.entryId)!);
    byCategory.set(e.categoryKey, members);
  }
  const ranks = [...byCategory.values()].map((members) => competitionRanks(members));
  return { overall, ranks };
}
