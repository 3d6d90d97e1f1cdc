import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { User } from '@app/accounts';
import { Entry } from '@app/entries';
import { RankingService } from '@app/judging';
import { TransactionRunner } from '@app/platform';
import { Award, AwardSlot } from './award.entity';
import { AwardWithdrawal } from './award-withdrawal.entity';
import { entriesById, loadAwardContext } from './award-context';
import { toAwardsView } from './award-view';
import type { AwardsView } from './award-view';
import { Prize } from '@app/contests';
import type { AwardedPrize } from './awards.mapper';

/**
 * The awards of a contest as they stand: confirmed awards are in effect; pending changes
 * wait for a second organizer and count for nothing yet.
 */
@Injectable()
export class AwardService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly rankings: RankingService,
  ) {}

  /**
   * The confirmed awards of a contest with their prize and entry, in prize order then seat;
   * empty for a contest without any (or an unknown one). Pending changes are left out.
   */
  async listAwards(contestId: string, manager?: EntityManager): Promise<AwardedPrize[]> {
    return confirmedAwards(manager ?? this.tx.manager, contestId);
  }

  /**
   * The organizers' awards page and API: each prize with the platform's proposal, its
   * confirmed awards (each with its withdrawal waiting, if any) and the changes waiting
   * for a second organizer, beside the final round's ranking; 404 for an unknown contest.
   */
  async view(contestId: string): Promise<AwardsView> {
    const manager = this.tx.manager;
    const context = await loadAwardContext(manager, contestId, (roundId) =>
      this.rankings.latest(roundId),
    );
    const [awards, withdrawals] = await Promise.all([
      manager.find(Award, { where: { contestId } }),
      manager.find(AwardWithdrawal, { where: { contestId } }),
    ]);
    const entries = await entriesById(manager, [
      ...awards.map((a) => a.entryId),
      ...(context.ranking ?? []).map((r) => r.entryId),
    ]);
    const proposers = [...new Set(withdrawals.map((w) => w.proposedBy))];
    const users = proposers.length
      ? await manager.find(User, {
          where: { id: In(proposers) },
          select: { id: true, fullName: true },
        })
      : [];
    return toAwardsView(
      context,
      awards,
      entries,
      withdrawals,
      new Map(users.map((u) => [u.id, u.fullName])),
    );
  }
}

export async function confirmedAwards(
  manager: EntityManager,
  contestId: string,
): Promise<AwardedPrize[]> {
  const awards = await manager.find(Award, {
    where: { contestId, slot: AwardSlot.confirmed },
  });
  if (awards.length === 0) return [];
  const [prizes, entries] = await Promise.all([
    manager.find(Prize, { where: { id: In([...new Set(awards.map((a) => a.prizeId))]) } }),
    manager.find(Entry, { where: { id: In([...new Set(awards.map((a) => a.entryId))]) } }),
  ]);
  const prizeOf = new Map(prizes.map((p) => [p.id, p]));
  const entryOf = new Map(entries.map((e) => [e.id, e]));
  return awards
    .flatMap((award) => {
      const prize = prizeOf.get(award.prizeId);
      const entry = entryOf.get(award.entryId);
      return prize && entry ? [{ award, prize, entry }] : [];
    })
    .sort(
      (a, b) =>
        a.prize.position - b.prize.position ||
        a.prize.createdAt.getTime() - b.prize.createdAt.getTime() ||
        (a.award.seat ?? 0) - (b.award.seat ?? 0),
    );
}
