import type { RankedEntry } from '@app/judging';
import type { PrizeKind, RankingMethod } from '@app/contests';
import { RANKED_PRIZE_KINDS } from '@app/contests';

/** What the proposal needs of a prize. */
export interface ProposalPrize {
  id: string;
  kind: PrizeKind;
  /** The category key whose entries compete; null: the whole contest. */
  categoryKey: string | null;
  quantity: number;
}

/** One seat of a prize as the platform proposes it. */
export interface ProposedSeat {
  prizeId: string;
  seat: number;
  entryId: string;
  code: string;
  categoryKey: string;
  total: number;
  /** 1 + the candidates strictly better on total (within the category, or the contest). */
  rank: number;
  /** An entry left without this prize has the same total: organizers should settle it. */
  tiedAtCutOff: boolean;
}

// Methods produce floating means; equal to six decimals counts as a tie (as advancement does).
const settle = (value: number) => Math.round(value * 1e6) / 1e6;

/** A confirmed award of a prize, as the proposal takes it into account. */
export interface HeldAward {
  prizeId: string;
  entryId: string;
}

/**
 * The platform's proposal: ranked prizes (first, second, third, consolation) in the given
 * order, each filled with the best entries of its category (or of the contest) on the final
 * round's ranking under the round's method, an entry getting at most one of them. Entries
 * without a score are never proposed; entries tied on total keep the order of their codes,
 * and the seat says so (tiedAtCutOff) so organizers settle it with a reasoned change.
 * Special prizes are never proposed: what makes a team the best women-led one is for the
 * organizers to say.
 *
 * Confirmed awards (`held`) come first: a prize's holders keep their places, and an entry
 * holding a ranked prize is proposed for no other, so after a confirmed change the
 * proposal for the remaining places never gives one entry two ranked prizes.
 *
 * Entries whose award was withdrawn (`withdrawn`: found ineligible, or renounced) are
 * never proposed again, or confirming the proposal would hand the freed seat straight
 * back; organizers may still award one by a reasoned change.
 */
export function proposeAwards(
  prizes: ProposalPrize[],
  ranking: RankedEntry[],
  method: RankingMethod,
  held: HeldAward[] = [],
  withdrawn: ReadonlySet<string> = new Set(),
): ProposedSeat[] {
  const scored = ranking
    .filter((entry) => !withdrawn.has(entry.entryId))
    .map((entry) => ({ entry, total: totalOf(entry, method) }))
    .filter((c): c is { entry: RankedEntry; total: number } => c.total !== null)
    .sort((a, b) => b.total - a.total || a.entry.code.localeCompare(b.entry.code));
  const ranked = new Set(
    prizes.filter((p) => RANKED_PRIZE_KINDS.includes(p.kind)).map((p) => p.id),
  );
  const taken = new Set(held.filter((h) => ranked.has(h.prizeId)).map((h) => h.entryId));
  const seats: ProposedSeat[] = [];
  for (const prize of prizes) {
    if (!ranked.has(prize.id)) continue;
    const pool = scored.filter(
      (c) => prize.categoryKey === null || c.entry.categoryKey === prize.categoryKey,
    );
    const holders = new Set(held.filter((h) => h.prizeId === prize.id).map((h) => h.entryId));
    const free = pool.filter((c) => !taken.has(c.entry.entryId));
    const places = Math.max(0, prize.quantity - holders.size);
    const chosen = [
      ...pool.filter((c) => holders.has(c.entry.entryId)),
      ...free.slice(0, places),
    ].sort((a, b) => b.total - a.total || a.entry.code.localeCompare(b.entry.code));
    const firstLeft = free[places];
    for (const [index, candidate] of chosen.entries()) {
      taken.add(candidate.entry.entryId);
      seats.push({
        prizeId: prize.id,
        seat: index + 1,
        entryId: candidate.entry.entryId,
        code: candidate.entry.code,
        categoryKey: candidate.entry.categoryKey,
        total: candidate.total,
        rank: 1 + pool.filter((c) => c.total > candidate.total).length,
        tiedAtCutOff:
          !holders.has(candidate.entry.entryId) &&
          firstLeft !== undefined &&
          firstLeft.total === candidate.total,
      });
    }
  }
  return seats;
}

function totalOf(entry: RankedEntry, method: RankingMethod): number | null {
  const score = entry.methods[method]?.score;
  return score === null || score === undefined ? null : settle(score);
}
