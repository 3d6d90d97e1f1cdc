import type { RankingMethod } from '@app/contests/rounds/round-policy';
import type { RankingResponse } from '@app/judging/ranking/ranking.mapper';
import type { RankedEntry } from '@app/judging/ranking/ranking.types';
import type { Locale } from '@app/platform/i18n/translator';
import { vietnamDeadline } from '../contests/contest-view';
import { queryString } from '../contests/organizer-view';

/** The tab of all categories together. */
export const OVERALL = 'all';

export interface CategoryName {
  key: string;
  name: string;
}

function numberIn(locale: Locale) {
  const format = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    maximumFractionDigits: 2,
  });
  return (value: number | null) => (value === null ? '—' : format.format(value));
}

/**
 * What the ranking page shows: one tab per category (bảng) and one overall, rows ordered
 * by the method the round is decided on, every method side by side.
 */
export function rankingPageView(
  ranking: RankingResponse,
  categories: CategoryName[],
  selected: string,
  locale: Locale,
) {
  const n = numberIn(locale);
  const tab =
    selected === OVERALL || categories.some((c) => c.key === selected) ? selected : OVERALL;
  const nameOf = new Map(categories.map((c) => [c.key, c.name]));
  const rankOf = (e: RankedEntry, m: RankingMethod) =>
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
    computedAt: vietnamDeadline(ranking.computedAt),
    scoreCount: ranking.scoreCount,
    scale: n(ranking.scale),
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
      spread: n(e.spread),
      disagreement: e.disagreement,
      hasZeroScore: e.hasZeroScore,
      lowOutliers: e.lowOutliers,
      methods: ranking.methods.map((m) => ({
        method: m,
        score: n(e.methods[m].score),
        rank: rankOf(e, m),
      })),
    })),
    disagreements: entries.filter((e) => e.disagreement).length,
    judges: ranking.judges.map((j) => ({
      name: j.fullName ?? j.judgeUserId,
      scores: j.scores,
      mean: n(j.mean),
      stdDev: n(j.stdDev),
      severity: n(j.severity),
      tone: j.severity > 0 ? 'generous' : j.severity < 0 ? 'severe' : 'neutral',
    })),
    cutOff: ranking.cutOff
      ? {
          topN: ranking.cutOff.topNPerCategory ?? null,
          minTotal: ranking.cutOff.minTotal == null ? null : n(ranking.cutOff.minTotal),
        }
      : null,
    sensitivity: ranking.methodSensitivity.map((s) => ({
      code: codeOf.get(s.entryId) ?? s.entryId,
      advancesUnder: s.advancesUnder,
      notUnder: s.notUnder,
    })),
  };
}
