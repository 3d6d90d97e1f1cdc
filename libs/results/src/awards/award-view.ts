import type { Round } from '@app/contests';
import type { Entry } from '@app/entries';
import { toVietnamIsoOrNull } from '@app/platform';
import type { RankingMethod } from '@app/contests';
import { AwardSlot } from './award.entity';
import type { Award } from './award.entity';
import type { AwardContext } from './award-context';
import { WithdrawalOutcome } from './award-withdrawal.entity';
import type { AwardWithdrawal } from './award-withdrawal.entity';
import { toWithdrawalResponse } from './award-withdrawal.mapper';
import type { WithdrawalResponse } from './award-withdrawal.mapper';
import { toPrizeResponse } from '@app/contests';
import type { PrizeResponse } from '@app/contests';
import { toAwardedEntryResponse, toAwardResponse } from './awards.mapper';
import type { AwardedEntryResponse, AwardResponse } from './awards.mapper';

export interface AwardWithEntry extends AwardResponse {
  entry: AwardedEntryResponse | null;
  /** For a pending replacement: the entry whose award it would end. */
  replacesEntry: AwardedEntryResponse | null;
  /**
   * For a confirmed award, the withdrawal waiting for a second organizer; for a withdrawn
   * one, the withdrawal that took it back (its reason and date). Null otherwise.
   */
  withdrawal: (WithdrawalResponse & { proposedByName: string | null }) | null;
}

export interface ProposedSeatView {
  seat: number;
  entry: AwardedEntryResponse | null;
  total: number;
  rank: number;
  tiedAtCutOff: boolean;
  /** The entry holds this prize already (confirmed). */
  confirmed: boolean;
}

export interface PrizeAwardsView extends PrizeResponse {
  proposal: ProposedSeatView[];
  confirmed: AwardWithEntry[];
  /** Changes waiting for a second organizer: not in effect. */
  pending: AwardWithEntry[];
  /** Places still free (quantity minus confirmed). */
  free: number;
}

export interface RankingRowView {
  entry: AwardedEntryResponse | null;
  categoryKey: string;
  total: number | null;
  reviews: number;
}

export interface AwardsView {
  contestId: string;
  finalRound: {
    id: string;
    nameVi: string;
    nameEn: string;
    decidedAt: string | null;
  } | null;
  /** Awarding is open: the final round is decided. */
  open: boolean;
  method: RankingMethod;
  rankingReady: boolean;
  prizes: PrizeAwardsView[];
  /** The final round's ranking under the method, best first. */
  ranking: RankingRowView[];
  /** Every award ever written, superseded ones included, oldest first: the record. */
  history: AwardWithEntry[];
}

export function toAwardsView(
  context: AwardContext,
  awards: Award[],
  entries: Map<string, Entry>,
  withdrawals: AwardWithdrawal[] = [],
  /** Organizers' names by id, to say who proposed a withdrawal. */
  names: Map<string, string> = new Map(),
): AwardsView {
  const entryOf = (id: string) => {
    const entry = entries.get(id);
    return entry ? toAwardedEntryResponse(entry) : null;
  };
  const byId = new Map(awards.map((a) => [a.id, a]));
  // The withdrawal that matters for each award: the pending one, else the confirmed one.
  const withdrawalOf = new Map<string, AwardWithdrawal>();
  for (const w of withdrawals)
    if (w.slot || (w.outcome === WithdrawalOutcome.confirmed && !withdrawalOf.has(w.awardId)))
      withdrawalOf.set(w.awardId, w);
  const withEntry = (award: Award): AwardWithEntry => {
    const replaced = award.replacesAwardId ? byId.get(award.replacesAwardId) : undefined;
    const withdrawal = withdrawalOf.get(award.id);
    return {
      ...toAwardResponse(award),
      entry: entryOf(award.entryId),
      replacesEntry: replaced ? entryOf(replaced.entryId) : null,
      withdrawal: withdrawal
        ? {
            ...toWithdrawalResponse(withdrawal),
            proposedByName: names.get(withdrawal.proposedBy) ?? null,
          }
        : null,
    };
  };
  const prizes = context.prizes.map((prize): PrizeAwardsView => {
    const mine = awards.filter((a) => a.prizeId === prize.id);
    const confirmed = mine
      .filter((a) => a.slot === AwardSlot.confirmed)
      .sort((a, b) => (a.seat ?? 0) - (b.seat ?? 0));
    const holders = new Set(confirmed.map((a) => a.entryId));
    return {
      ...toPrizeResponse(prize),
      proposal: context.proposal
        .filter((s) => s.prizeId === prize.id)
        .map((s) => ({
          seat: s.seat,
          entry: entryOf(s.entryId),
          total: s.total,
          rank: s.rank,
          tiedAtCutOff: s.tiedAtCutOff,
          confirmed: holders.has(s.entryId),
        })),
      confirmed: confirmed.map(withEntry),
      pending: mine.filter((a) => a.slot === AwardSlot.pending).map(withEntry),
      free: Math.max(0, prize.quantity - confirmed.length),
    };
  });
  const method = context.method;
  const ranking = (context.ranking ?? [])
    .map((r) => ({
      entry: entryOf(r.entryId),
      categoryKey: r.categoryKey,
      total: r.methods[method]?.score ?? null,
      reviews: r.reviews,
    }))
    .sort((a, b) => (b.total ?? -Infinity) - (a.total ?? -Infinity));
  return {
    contestId: context.contest.id,
    finalRound: roundView(context.finalRound),
    open: Boolean(context.finalRound?.decidedAt),
    method,
    rankingReady: context.ranking !== null,
    prizes,
    ranking,
    history: [...awards]
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map(withEntry),
  };
}

function roundView(round: Round | null) {
  if (!round) return null;
  return {
    id: round.id,
    nameVi: round.nameVi,
    nameEn: round.nameEn,
    decidedAt: toVietnamIsoOrNull(round.decidedAt),
  };
}
