import type { AdvancementRule, RankingMethod, TieBreakStep } from '@app/contests';
import { hasCutOff } from '../ranking/method-sensitivity';
import type { RankedEntry, RankingContent } from '../ranking/ranking.types';

/** The method a rule decides on when it names none. */
export const DEFAULT_METHOD: RankingMethod = 'weighted_mean';

/**
 * Why an entry passes or not, as a stable code with the numbers behind it, so pages, mails
 * and the minutes can word it in either language.
 */
export type AdvancementReason =
  | { code: 'NO_SCORE' }
  /** The rule names no cut-off (top N per category or a minimum total): nobody is proposed. */
  | { code: 'NO_RULE' }
  | { code: 'TOO_FEW_REVIEWS'; reviews: number; minReviews: number }
  | { code: 'BELOW_MIN_TOTAL'; total: number; minTotal: number }
  | { code: 'ZERO_VETO' }
  | { code: 'MEETS_RULE' }
  | { code: 'WITHIN_TOP_N'; rank: number; topN: number; categoryKey: string }
  | { code: 'OUTSIDE_TOP_N'; rank: number; topN: number; categoryKey: string }
  | { code: 'WON_TIE_BREAK'; step: TieBreakStep; categoryKey: string }
  | { code: 'LOST_TIE_BREAK'; step: TieBreakStep; categoryKey: string }
  | { code: 'TIED_AT_CUT_OFF'; categoryKey: string };

export type ReasonCode = AdvancementReason['code'];

export interface ProposedEntry {
  entryId: string;
  code: string;
  categoryKey: string;
  /** The total under the rule's method, on the round's scale. */
  total: number | null;
  reviews: number;
  /** Competition rank (1 + entries strictly better on total) among the entries meeting every gate of the category. */
  rank: number | null;
  passes: boolean;
  reasons: AdvancementReason[];
}

export interface TrailStep {
  step: TieBreakStep;
  values: { entryId: string; code: string; value: number | null }[];
  /** Settled by this step. */
  advance: string[];
  eliminate: string[];
  /** Still tied at the cut-off after this step. */
  stillTied: string[];
}

/** How the cut-off of a category was settled among entries tied on total. */
export interface TieBreakTrail {
  categoryKey: string;
  topN: number;
  /** Seats left for the tied entries once every entry strictly better on total is in. */
  seats: number;
  contenders: { entryId: string; code: string; total: number }[];
  steps: TrailStep[];
  /** `all_tied_advance`: the chain could not separate them and ties at the cut-off are not broken by chance. */
  outcome: 'resolved' | 'all_tied_advance';
}

export interface AdvancementProposal {
  method: RankingMethod;
  rule: AdvancementRule;
  entries: ProposedEntry[];
  trails: TieBreakTrail[];
}

// Methods produce floating means; equal to six decimals counts as a tie.
const settle = (value: number) => Math.round(value * 1e6) / 1e6;

/** The tie-break value of one step, oriented so that higher wins. */
function stepValue(entry: RankedEntry, step: TieBreakStep, method: RankingMethod): number | null {
  if (step === 'total') return scoreOf(entry, method);
  if (step === 'fewer_low_outliers') return -entry.lowOutliers;
  const mean = entry.criterionMeans[step.slice('criterion:'.length)];
  return mean === undefined ? null : settle(mean);
}

/** The value shown in the trail (outliers as a count, not negated). */
function shownValue(entry: RankedEntry, step: TieBreakStep, method: RankingMethod): number | null {
  return step === 'fewer_low_outliers' ? entry.lowOutliers : stepValue(entry, step, method);
}

function scoreOf(entry: RankedEntry, method: RankingMethod): number | null {
  const score = entry.methods[method]?.score;
  return score === null || score === undefined ? null : settle(score);
}

function gateReasons(entry: RankedEntry, rule: AdvancementRule, total: number | null) {
  const reasons: AdvancementReason[] = [];
  if (rule.minReviews != null && entry.reviews < rule.minReviews)
    reasons.push({ code: 'TOO_FEW_REVIEWS', reviews: entry.reviews, minReviews: rule.minReviews });
  if (total === null) reasons.push({ code: 'NO_SCORE' });
  else if (rule.minTotal != null && total < rule.minTotal)
    reasons.push({ code: 'BELOW_MIN_TOTAL', total, minTotal: rule.minTotal });
  if (rule.zeroVeto && entry.hasZeroScore) reasons.push({ code: 'ZERO_VETO' });
  return reasons;
}

/**
 * Whether a rule says who advances: a top N per category or a minimum total. Without one,
 * a rule of gates alone would pass nearly everyone, so nothing is proposed and deciding
 * the round is refused (ADVANCEMENT_RULE_MISSING) until an organizer sets a cut-off.
 */
export function ruleDecides(rule: AdvancementRule | null | undefined): boolean {
  return hasCutOff(rule);
}

/**
 * Proposes who advances under a rule: gates first (reviews, total, zero-veto), then the
 * top N of each category by total under the rule's method. Entries tied on total across
 * the cut-off are separated by the tie-break chain step by step; those the chain cannot
 * separate all advance, because ties at the cut-off are not broken by chance. A rule
 * without a cut-off proposes nobody (NO_RULE).
 */
export function proposeAdvancement(
  ranking: RankingContent,
  rule: AdvancementRule,
): AdvancementProposal {
  const method = rule.method ?? DEFAULT_METHOD;
  const chain = (rule.tieBreak ?? []).filter((step) => step !== 'total');
  const proposed = new Map<string, ProposedEntry>();
  const qualified: RankedEntry[] = [];
  for (const entry of ranking.entries) {
    const total = scoreOf(entry, method);
    const reasons = gateReasons(entry, rule, total);
    proposed.set(entry.entryId, {
      entryId: entry.entryId,
      code: entry.code,
      categoryKey: entry.categoryKey,
      total,
      reviews: entry.reviews,
      rank: null,
      passes: reasons.length === 0,
      reasons,
    });
    if (reasons.length === 0) qualified.push(entry);
  }

  const trails: TieBreakTrail[] = [];
  const byCategory = new Map<string, RankedEntry[]>();
  for (const entry of qualified)
    byCategory.set(entry.categoryKey, [...(byCategory.get(entry.categoryKey) ?? []), entry]);

  for (const [categoryKey, entries] of [...byCategory].sort(([a], [b]) => a.localeCompare(b))) {
    const totals = new Map(entries.map((e) => [e.entryId, scoreOf(e, method)!]));
    for (const entry of entries) {
      const total = totals.get(entry.entryId)!;
      proposed.get(entry.entryId)!.rank =
        1 + entries.filter((o) => totals.get(o.entryId)! > total).length;
    }
    if (!ruleDecides(rule)) {
      for (const entry of entries) {
        const result = proposed.get(entry.entryId)!;
        result.passes = false;
        result.reasons.push({ code: 'NO_RULE' });
      }
      continue;
    }
    const topN = rule.topNPerCategory;
    if (topN == null) {
      for (const entry of entries)
        proposed.get(entry.entryId)!.reasons.push({ code: 'MEETS_RULE' });
      continue;
    }
    const ordered = [...entries].sort((a, b) => totals.get(b.entryId)! - totals.get(a.entryId)!);
    const cutTotal = ordered.length > topN ? totals.get(ordered[topN - 1].entryId)! : null;
    const straddles =
      cutTotal !== null && topN > 0 && totals.get(ordered[topN].entryId)! === cutTotal;
    const contenders = straddles ? ordered.filter((e) => totals.get(e.entryId) === cutTotal) : [];
    const settled = straddles ? breakTie(contenders, topN, ordered, totals, chain, method) : null;
    if (settled) trails.push({ categoryKey, topN, ...settled.trail });

    ordered.forEach((entry, index) => {
      const result = proposed.get(entry.entryId)!;
      const decided = settled?.decisions.get(entry.entryId);
      if (decided) {
        result.passes = decided.passes;
        result.reasons.push(decided.reason(categoryKey));
        return;
      }
      const rank = result.rank!;
      result.passes = index < topN;
      result.reasons.push({
        code: result.passes ? 'WITHIN_TOP_N' : 'OUTSIDE_TOP_N',
        rank,
        topN,
        categoryKey,
      });
    });
  }
  return { method, rule, entries: [...proposed.values()], trails };
}

interface Decision {
  passes: boolean;
  reason: (categoryKey: string) => AdvancementReason;
}

function breakTie(
  contenders: RankedEntry[],
  topN: number,
  ordered: RankedEntry[],
  totals: Map<string, number>,
  chain: TieBreakStep[],
  method: RankingMethod,
) {
  const cutTotal = totals.get(contenders[0].entryId)!;
  const seats = topN - ordered.filter((e) => totals.get(e.entryId)! > cutTotal).length;
  const decisions = new Map<string, Decision>();
  const steps: TrailStep[] = [];
  let open = contenders;
  let seatsLeft = seats;
  for (const step of chain) {
    const value = (e: RankedEntry) => stepValue(e, step, method) ?? Number.NEGATIVE_INFINITY;
    const better = (e: RankedEntry) => open.filter((o) => value(o) > value(e)).length;
    const won = open.filter(
      (e) => better(e) + open.filter((o) => value(o) === value(e)).length <= seatsLeft,
    );
    const lost = open.filter((e) => better(e) >= seatsLeft);
    for (const e of won)
      decisions.set(e.entryId, {
        passes: true,
        reason: (c) => ({ code: 'WON_TIE_BREAK', step, categoryKey: c }),
      });
    for (const e of lost)
      decisions.set(e.entryId, {
        passes: false,
        reason: (c) => ({ code: 'LOST_TIE_BREAK', step, categoryKey: c }),
      });
    const remaining = open.filter((e) => !won.includes(e) && !lost.includes(e));
    steps.push({
      step,
      values: open.map((e) => ({
        entryId: e.entryId,
        code: e.code,
        value: shownValue(e, step, method),
      })),
      advance: won.map((e) => e.entryId),
      eliminate: lost.map((e) => e.entryId),
      stillTied: remaining.map((e) => e.entryId),
    });
    seatsLeft -= won.length;
    open = remaining;
    if (open.length === 0) break;
  }
  for (const e of open)
    decisions.set(e.entryId, {
      passes: true,
      reason: (c) => ({ code: 'TIED_AT_CUT_OFF', categoryKey: c }),
    });
  return {
    decisions,
    trail: {
      seats,
      contenders: contenders.map((e) => ({ entryId: e.entryId, code: e.code, total: cutTotal })),
      steps,
      outcome: open.length === 0 ? ('resolved' as const) : ('all_tied_advance' as const),
    },
  };
}
