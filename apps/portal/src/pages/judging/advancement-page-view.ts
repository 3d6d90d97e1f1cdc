import type { AdvancementView, ReasonNames } from '@app/judging';
import { describeReason, describeStep } from '@app/judging';
import type { Locale } from '@app/platform';
import { RANKING_METHODS } from '@app/contests';
import type { RoundResponse } from '@app/contests';

/** What the advancement page shows, with reasons and the trail already in words. */
export function advancementPageView(
  view: AdvancementView,
  round: RoundResponse,
  names: ReasonNames,
  locale: Locale,
) {
  const code = (id: string) => view.entries.find((e) => e.entryId === id)?.code ?? id;
  const number = (value: number | null) =>
    value === null ? '—' : value.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB');
  const rule = view.rule ?? {};
  return {
    decided: view.decidedAt !== null,
    decidedAt: view.decidedAt,
    rankingReady: view.rankingReady,
    method: view.method,
    methods: RANKING_METHODS,
    rule: {
      method: rule.method ?? view.method,
      topNPerCategory: rule.topNPerCategory ?? '',
      minTotal: rule.minTotal ?? '',
      zeroVeto: rule.zeroVeto ?? false,
      minReviews: rule.minReviews ?? '',
      tieBreak: (rule.tieBreak ?? []).join(', '),
    },
    criterionSteps: round.criteria.map((c) => `criterion:${c.key}`).join(', '),
    advancing: view.entries.filter((e) => e.advances).length,
    entries: view.entries.map((e) => ({
      ...e,
      category: names.categories[e.categoryKey] ?? e.categoryKey,
      totalText: number(e.total),
      reasonTexts: e.reasons.map((r) => describeReason(r, locale, names)),
    })),
    trails: view.trails.map((trail) => ({
      category: names.categories[trail.categoryKey] ?? trail.categoryKey,
      contenders: trail.contenders.map((c) => c.code).join(', '),
      total: number(trail.contenders[0]?.total ?? null),
      seats: trail.seats,
      allTied: trail.outcome === 'all_tied_advance',
      steps: trail.steps.map((step) => ({
        name: describeStep(step.step, locale, names),
        values: step.values.map((v) => `${v.code}: ${number(v.value)}`).join(', '),
        advance: step.advance.map(code).join(', '),
        eliminate: step.eliminate.map(code).join(', '),
        stillTied: step.stillTied.map(code).join(', '),
      })),
    })),
    overrides: view.overrides.map((o) => ({ ...o, code: code(o.entryId) })),
  };
}
