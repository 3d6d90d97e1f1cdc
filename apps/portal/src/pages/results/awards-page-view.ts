import type { Locale } from '@app/platform';
import type { AwardsView, AwardWithEntry, FeedbackSettingResponse } from '@app/results';
import { inLocale } from '../contests/contest-view';

/** What the awards page shows, in the reader's language, for the organizer reading it. */
export function awardsPageView(
  view: AwardsView,
  categories: Record<string, string>,
  locale: Locale,
  userId: string,
) {
  const categoryById = categories;
  const award = (a: AwardWithEntry) => ({
    id: a.id,
    seat: a.seat,
    code: a.entry?.code ?? '',
    title: a.entry?.title ?? '',
    fromProposal: a.fromProposal,
    reason: a.reason,
    replacesCode: a.replacesEntry?.code ?? null,
    confirmedAt: a.confirmedAt,
    createdAt: a.createdAt,
    mine: a.proposedBy === userId,
    withdrawal: a.withdrawal
      ? {
          reason: a.withdrawal.reason,
          by: a.withdrawal.proposedByName ?? '',
          at: a.withdrawal.createdAt,
          pending: a.withdrawal.state === 'pending',
          mine: a.withdrawal.proposedBy === userId,
        }
      : null,
  });
  const prizes = view.prizes.map((p) => {
    const unconfirmed = p.proposal.filter((s) => !s.confirmed).length;
    return {
      id: p.id,
      name: inLocale(p, 'name', locale),
      kind: p.kind,
      quantity: p.quantity,
      amount: p.amount,
      category: p.categoryId ? (categoryById[p.categoryId] ?? null) : null,
      free: p.free,
      proposal: p.proposal.map((s) => ({
        seat: s.seat,
        code: s.entry?.code ?? '',
        title: s.entry?.title ?? '',
        total: s.total,
        tied: s.tiedAtCutOff,
        confirmed: s.confirmed,
      })),
      confirmed: p.confirmed.map(award),
      pending: p.pending.map(award),
      /** The proposal still has places it can fill. */
      canConfirm: view.open && unconfirmed > 0 && p.free > 0,
      /** Finalists who may receive it (its category's, or all). */
      candidates: view.ranking
        .filter((r) => r.entry && (!p.categoryId || r.entry.categoryId === p.categoryId))
        .map((r) => ({ id: r.entry!.id, code: r.entry!.code, title: r.entry!.title })),
    };
  });
  return {
    open: view.open,
    rankingReady: view.rankingReady,
    method: view.method,
    finalRound: view.finalRound
      ? { ...view.finalRound, name: inLocale(view.finalRound, 'name', locale) }
      : null,
    prizes,
    pendingCount: prizes.reduce((n, p) => n + p.pending.length, 0),
    withdrawalCount: prizes.reduce(
      (n, p) => n + p.confirmed.filter((a) => a.withdrawal?.pending).length,
      0,
    ),
    /** Awards withdrawn without a replacement, for the record. */
    withdrawn: view.history
      .filter((a) => a.state === 'withdrawn')
      .map((a) => ({
        ...award(a),
        prize: prizes.find((p) => p.id === a.prizeId)?.name ?? '',
        withdrawnAt: a.supersededAt,
      })),
    canConfirmAny: prizes.some((p) => p.canConfirm),
    ranking: view.ranking.map((r, index) => ({
      position: index + 1,
      code: r.entry?.code ?? '',
      title: r.entry?.title ?? '',
      category: r.entry ? (categoryById[r.entry.categoryId] ?? '') : '',
      total: r.total,
      reviews: r.reviews,
      prizes: prizes
        .filter((p) => p.confirmed.some((a) => a.code === r.entry?.code))
        .map((p) => p.name),
    })),
  };
}

/** The rounds with their feedback setting, named in the reader's language. */
export function feedbackRows(settings: FeedbackSettingResponse[], locale: Locale) {
  return settings.map((s) => ({ ...s, name: inLocale(s, 'name', locale) }));
}
