import type { AdvancementView, OverrideResponse, ReasonNames } from '@app/judging';
import { describeReason, describeStep } from '@app/judging';
import { formatDecimal } from '@app/platform';
import type { Locale } from '@app/platform';
import { RANKING_METHODS } from '@app/contests';
import type { RoundResponse, TieBreakStep } from '@app/contests';

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The steps an organizer can chain, in words: fewer low outliers, then each criterion by
 * its name. `total` is left out: the chain only ever runs among entries tied on total.
 */
function stepChoices(round: RoundResponse, names: ReasonNames, locale: Locale) {
  const steps: TieBreakStep[] = [
    'fewer_low_outliers',
    ...round.criteria.map((c): TieBreakStep => `criterion:${c.key}`),
  ];
  return steps.map((value) => ({ value, label: sentence(describeStep(value, locale, names)) }));
}

/** One select per possible step, each with the stored step at its place (or none). */
function tieBreakSlots(stored: TieBreakStep[], choices: { value: string }[]) {
  const chosen = stored.filter((step) => choices.some((c) => c.value === step));
  return choices.map((_, index) => ({ number: index + 1, selected: chosen[index] ?? '' }));
}

function overrideView(override: OverrideResponse, code: string, viewerId: string) {
  return {
    id: override.id,
    entryId: override.entryId,
    code,
    decision: override.decision,
    reason: override.reason,
    state: override.state,
    createdAt: override.createdAt,
    confirmedAt: override.confirmedAt,
    /** The proposer cannot confirm their own override: the page says so instead of offering it. */
    mine: override.proposedBy === viewerId,
  };
}

/** What the advancement page shows, with reasons, steps and the trail already in words. */
export function advancementPageView(
  view: AdvancementView,
  round: RoundResponse,
  names: ReasonNames,
  locale: Locale,
  viewerId: string,
) {
  const code = (id: string) => view.entries.find((e) => e.entryId === id)?.code ?? id;
  // The same rounding as the ranking page and the papers (fmt.decimal is this function).
  const number = (value: number | null) => formatDecimal(value, locale) || '—';
  const rule = view.rule ?? {};
  const decided = view.decidedAt !== null;
  const choices = stepChoices(round, names, locale);
  const overrides = view.overrides.map((o) => overrideView(o, code(o.entryId), viewerId));
  const entries = view.entries.map((e) => {
    const confirmed = overrides.find((o) => o.id === e.overrideId);
    const pending = overrides.find((o) => o.state === 'pending' && o.entryId === e.entryId);
    return {
      entryId: e.entryId,
      code: e.code,
      title: e.title,
      category: names.categories[e.categoryKey] ?? e.categoryKey,
      total: e.total,
      reviews: e.reviews,
      underReview: e.underReview,
      rank: e.rank,
      // Once decided, the stored verdict; before, what deciding now would do.
      advances: decided ? e.status === 'advanced' : e.advances,
      reasonTexts: e.reasons.map((r) => describeReason(r, locale, names)),
      confirmedOverride: confirmed ?? null,
      pendingOverride: pending ?? null,
    };
  });
  return {
    decided,
    decidedAt: view.decidedAt,
    rankingReady: view.rankingReady,
    ruleMissing: view.ruleMissing,
    method: view.method,
    methods: RANKING_METHODS,
    rule: {
      method: rule.method ?? view.method,
      topNPerCategory: rule.topNPerCategory ?? '',
      minTotal: rule.minTotal ?? '',
      zeroVeto: rule.zeroVeto ?? false,
      minReviews: rule.minReviews ?? '',
    },
    stepChoices: choices,
    tieBreakSlots: tieBreakSlots(rule.tieBreak ?? [], choices),
    reviewsRequired: view.reviewsRequired,
    underReview: entries.filter((e) => e.underReview).length,
    advancing: entries.filter((e) => e.advances).length,
    entries,
    trails: view.trails.map((trail) => ({
      category: names.categories[trail.categoryKey] ?? trail.categoryKey,
      contenders: trail.contenders.map((c) => c.code).join(', '),
      total: number(trail.contenders[0]?.total ?? null),
      seats: trail.seats,
      allTied: trail.outcome === 'all_tied_advance',
      steps: trail.steps.map((step) => ({
        name: sentence(describeStep(step.step, locale, names)),
        values: step.values.map((v) => `${v.code}: ${number(v.value)}`).join(', '),
        advance: step.advance.map(code).join(', '),
        eliminate: step.eliminate.map(code).join(', '),
        stillTied: step.stillTied.map(code).join(', '),
      })),
    })),
    overrides,
  };
}
