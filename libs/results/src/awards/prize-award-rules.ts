import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PrizeAwards } from '@app/contests';
import type { Prize } from '@app/contests';
import { DomainError, ErrorCode } from '@app/platform';
import { Award, AwardSlot } from './award.entity';

/**
 * The awarding rules on a change of the contest's prize list, registered with the list's
 * owner: a prize awarded (or with an award waiting for confirmation) cannot go, and its
 * number cannot go below its confirmed awards.
 */
@Injectable()
export class PrizeAwardRulesRegistration implements OnModuleInit {
  constructor(private readonly prizeAwards: PrizeAwards) {}

  onModuleInit(): void {
    this.prizeAwards.register({ removing: refuseAwarded, lowering: compactSeats });
  }
}

/** 409 PRIZE_AWARDED while an award of it is confirmed or pending; superseded ones go with it. */
async function refuseAwarded(manager: EntityManager, prize: Prize): Promise<void> {
  const live = await manager
    .createQueryBuilder(Award, 'a')
    .where('a.prizeId = :prizeId AND a.slot IS NOT NULL', { prizeId: prize.id })
    .getCount();
  if (live > 0)
    throw new DomainError(
      ErrorCode.PRIZE_AWARDED,
      'This prize has been awarded (or an award of it waits for confirmation); withdraw the awards first',
    );
  // Superseded awards go with it; the audit log keeps their history.
  await manager.delete(Award, { prizeId: prize.id });
}

/**
 * 409 PRIZE_COUNT_EXCEEDED below the confirmed awards; otherwise the confirmed ones move
 * to the lowest seats first, so the seats stay within 1..quantity, which is what keeps
 * the count under concurrent awards.
 */
async function compactSeats(manager: EntityManager, prize: Prize, quantity: number) {
  const confirmed = await manager.find(Award, {
    where: { prizeId: prize.id, slot: AwardSlot.confirmed },
    order: { seat: 'ASC' },
  });
  if (confirmed.length > quantity)
    throw new DomainError(
      ErrorCode.PRIZE_COUNT_EXCEEDED,
      `${confirmed.length} awards of this prize are confirmed; withdraw some before lowering its number`,
    );
  // Ascending, each seat moves down to one already freed, so the unique index never trips.
  for (const [index, award] of confirmed.entries())
    if (award.seat !== index + 1)
      await manager.update(Award, { id: award.id }, { seat: index + 1 });
}
