import type { RankingMethod } from '@app/contests';
import type { RankingEntryResponse, RankingResponse } from '@app/judging';
import { queryString } from '../contests/organizer-view';

/** The tab of all categories together. */
export const OVERALL = 'all';

export interface CategoryName {
  key: string;
  name: string;
}

/**
 * What the ranking page shows: one tab per category (bảng) and one overall, rows ordered
 * by the method the round is decided on, every method side by side. Numbers stay numbers:
 * the template writes them with fmt.decimal, as the advancement page and the papers do.
 */
export function rankingPageView(
  ranking: RankingResponse,
  categories: CategoryName[],
  selected: string,
) {
  const tab =
    selected === OVERALL || categories.some((c) => c.key === selected) ? selected : OVERALL;
  const nameOf = new Map(categories.map((c) => [c.key, c.name]));
  const rankOf = (e: RankingEntryResponse, m: RankingMethod) =>
    tab === OVERALL ? e.methods[m].overallRank : e.methods[m].rank;
  const deciding = ranking.decidingMethod;
  const entries = ranking.entries
    .filter((e) => tab === OVERALL || e.categoryKey === tab)
    .sort(
      (a, b) =>
        (rankOf(a, deciding) ?? Infinity) - (rankOf(b, deciding) ?? Infinity) ||
        a.code.localeCompare(b.code),
    );
  const codeOf = new Map(ranking.entries.map((e) => [e.entryId, e.code]));
  return {
    ready: ranking.ready,
    computedAt: ranking.computedAt,
    scoreCount: ranking.scoreCount,
    scale: ranking.scale,
    reviewsRequired: ranking.reviewsRequired,
    methods: ranking.methods,
    deciding,
    tabs: [
      { key: OVERALL, name: null, href: queryString({}), current: tab === OVERALL },
      ...categories.map((c) => ({
        key: c.key,
        name: c.name,
        href: queryString({ category: c.key }),
        current: tab === c.key,
      })),
    ],
    overall: tab === OVERALL,
    rows: entries.map((e) => ({
      code: e.code,
      category: nameOf.get(e.categoryKey) ?? e.categoryKey,
      reviews: e.reviews,
      underReview: e.underReview,
      spread: e.spread,
      disagreement: e.disagreement,
      hasZeroScore: e.hasZeroScore,
      lowOutliers: e.lowOutliers,
      methods: ranking.methods.map((m) => ({
        method: m,
        score: e.methods[m].score,
        rank: rankOf(e, m),
      })),
    })),
    disagreements: entries.filter((e) => e.disagreement).length,
    underReview: entries.filter((e) => e.underReview).length,
    judges: ranking.judges.map((j) => ({
      name: j.fullName ?? j.judgeUserId,
      scores: j.scores,
      mean: j.mean,
      stdDev: j.stdDev,
      severity: j.severity,
      tone: j.severity > 0 ? 'generous' : j.severity < 0 ? 'severe' : 'neutral',
    })),
    cutOff: ranking.cutOff
      ? {
          topN: ranking.cutOff.topNPerCategory ?? null,
          minTotal: ranking.cutOff.minTotal ?? null,
        }
      : null,
    sensitivity: ranking.methodSensitivity.map((s) => ({
      code: codeOf.get(s.entryId) ?? s.entryId,
      advancesUnder: s.advancesUnder,
      notUnder: s.notUnder,
    })),
  };
}
