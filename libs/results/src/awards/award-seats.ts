import type { EntityManager } from 'typeorm';
import { ConcurrentChange, DomainError, ErrorCode } from '@app/platform';
import { Award, AwardSlot } from './award.entity';
import type { Prize } from '@app/contests';

/**
 * The seats and slots of awards: how a confirmed award holds one of its prize's places,
 * and how one leaves its slot. Every move is a conditional update, so a concurrent move
 * is noticed (ConcurrentChange) and the unit of work runs again on the new state.
 */

export function confirmedOf(manager: EntityManager, prizeId: string): Promise<Award[]> {
  return manager.find(Award, { where: { prizeId, slot: AwardSlot.confirmed } });
}

/** The lowest seat 1..quantity not taken; null when the prize is full. */
export function freeSeat(taken: Set<number | null>, quantity: number): number | null {
  for (let seat = 1; seat <= quantity; seat++) if (!taken.has(seat)) return seat;
  return null;
}

/** Takes `award` out of its slot (and seat), conditionally: someone may have moved it already. */
export async function supersede(manager: EntityManager, award: Award, slot: AwardSlot, by: string) {
  const result = await manager
    .createQueryBuilder()
    .update(Award)
    .set({ slot: null, seat: null, supersededBy: by, supersededAt: new Date() })
    .where('id = :id AND slot = :slot', { id: award.id, slot })
    .execute();
  if (!result.affected) throw new ConcurrentChange();
}

/** The award a change names to replace is not a confirmed award of the prize. */
export async function replacedGone(manager: EntityManager, id: string): Promise<never> {
  if (await manager.existsBy(Award, { id })) throw superseded();
  throw new DomainError(ErrorCode.NOT_FOUND, 'No such award to replace');
}

export const superseded = () =>
  new DomainError(
    ErrorCode.AWARD_SUPERSEDED,
    'This award has been replaced or withdrawn; it can no longer be confirmed',
  );

export const alreadyHolds = () =>
  new DomainError(ErrorCode.CONFLICT, 'The entry holds this prize already');

export const countExceeded = (prize: Prize) =>
  new DomainError(
    ErrorCode.PRIZE_COUNT_EXCEEDED,
    `All ${prize.quantity} of this prize are awarded; replace one of them instead`,
  );
