import type { Round } from '@app/contests';
import type { Entry } from '@app/entries';
import { toVietnamIsoOrNull } from '@app/platform';
import type { RankingMethod } from '@app/contests';
import { AwardSlot } from './award.entity';
import type { Award } from './award.entity';
import type { AwardContext } from './award-context';
import { toAwardedEntryResponse, toAwardResponse, toPrizeResponse } from './awards.mapper';
import type { AwardedEntryResponse, AwardResponse, PrizeResponse } from './awards.mapper';

export interface AwardWithEntry extends AwardResponse {
  entry: AwardedEntryResponse | null;
  /** For a pending replacement: the entry whose award it would end. */
  replacesEntry: AwardedEntryResponse | null;
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
): AwardsView {
  const entryOf = (id: string) => {
    const entry = entries.get(id);
    return entry ? toAwardedEntryResponse(entry) : null;
  };
  const byId = new Map(awards.map((a) => [a.id, a]));
  const withEntry = (award: Award): AwardWithEntry => {
    const replaced = award.replacesAwardId ? byId.get(award.replacesAwardId) : undefined;
    return {
      ...toAwardResponse(award),
      entry: entryOf(award.entryId),
      replacesEntry: replaced ? entryOf(replaced.entryId) : null,
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
