import type { Entry } from '@app/entries';
import { toVietnamIso, toVietnamIsoOrNull } from '@app/platform';
import { AwardSlot } from './award.entity';
import type { Award } from './award.entity';
import { toPrizeResponse } from '@app/contests';
import type { Prize, PrizeResponse } from '@app/contests';

/** What of an entry the organizers' award views show. */
export interface AwardedEntryResponse {
  id: string;
  code: string;
  title: string;
  teamName: string | null;
  categoryId: string;
}

export interface AwardResponse {
  id: string;
  prizeId: string;
  entryId: string;
  /**
   * `pending`: a change waiting for a second organizer, not in effect; `superseded`:
   * replaced by another award; `withdrawn`: taken back without a replacement.
   */
  state: 'pending' | 'confirmed' | 'superseded' | 'withdrawn';
  seat: number | null;
  fromProposal: boolean;
  reason: string | null;
  replacesAwardId: string | null;
  proposedBy: string;
  confirmedBy: string | null;
  confirmedAt: string | null;
  supersededBy: string | null;
  supersededAt: string | null;
  createdAt: string;
}

/** A confirmed award with its prize and entry: what results, the announcement and certificates read. */
export interface AwardedPrize {
  award: Award;
  prize: Prize;
  entry: Entry;
}

export interface AwardedPrizeResponse extends AwardResponse {
  prize: PrizeResponse;
  entry: AwardedEntryResponse;
}

export function toAwardedEntryResponse(entry: Entry): AwardedEntryResponse {
  return {
    id: entry.id,
    code: entry.code,
    title: entry.title,
    teamName: entry.teamName,
    categoryId: entry.categoryId,
  };
}

export function toAwardResponse(award: Award): AwardResponse {
  return {
    id: award.id,
    prizeId: award.prizeId,
    entryId: award.entryId,
    state: award.slot ?? (isWithdrawn(award) ? 'withdrawn' : 'superseded'),
    seat: award.seat,
    fromProposal: award.fromProposal,
    reason: award.reason,
    replacesAwardId: award.replacesAwardId,
    proposedBy: award.proposedBy,
    confirmedBy: award.confirmedBy,
    confirmedAt: toVietnamIsoOrNull(award.confirmedAt),
    supersededBy: award.supersededBy,
    supersededAt: toVietnamIsoOrNull(award.supersededAt),
    createdAt: toVietnamIso(award.createdAt),
  };
}

export function toAwardedPrizeResponse(awarded: AwardedPrize): AwardedPrizeResponse {
  return {
    ...toAwardResponse(awarded.award),
    prize: toPrizeResponse(awarded.prize),
    entry: toAwardedEntryResponse(awarded.entry),
  };
}

export const isConfirmed = (award: Award) => award.slot === AwardSlot.confirmed;

/** A withdrawn award left its slot with no award in its place: it names itself (award-withdrawal.service.ts). */
export const isWithdrawn = (award: Pick<Award, 'id' | 'slot' | 'supersededBy'>) =>
  award.slot === null && award.supersededBy === award.id;
