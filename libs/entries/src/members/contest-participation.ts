import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Contest } from '@app/contests';
import { TransactionRunner } from '@app/platform';
import { Entry } from '../entries/entry.entity';
import { MemberConfirmation, TeamMember } from './team-member.entity';

/**
 * Who takes part in a contest: the owner of one of its entries, or a member who confirmed a
 * place on one. A person merely listed by someone else does not (typing an address takes
 * nothing from its owner). Judging asks this before making someone a judge of the contest.
 */
@Injectable()
export class ContestParticipation {
  constructor(private readonly tx: TransactionRunner) {}

  /**
   * Locks the contest row first: a member's confirmation takes the same lock, so of an
   * invitation to judge and a confirmation of the same person, one sees the other. The
   * reads are locking reads on MySQL, which see the latest committed rows whatever the
   * transaction read before.
   */
  async takesPart(
    manager: EntityManager,
    contestId: string,
    person: { userId: string | null; email: string },
  ): Promise<boolean> {
    const lock = this.tx.isSqlite ? undefined : 'pessimistic_read';
    if (!this.tx.isSqlite)
      await manager.findOne(Contest, {
        where: { id: contestId },
        select: { id: true },
        lock: { mode: 'pessimistic_write' },
      });
    const owns =
      person.userId &&
      manager
        .createQueryBuilder(Entry, 'e')
        .select('e.id')
        .where('e.contestId = :contestId AND e.ownerId = :userId', {
          contestId,
          userId: person.userId,
        });
    const member = manager
      .createQueryBuilder(TeamMember, 'm')
      .select('m.id')
      .where('m.contestId = :contestId AND m.email = :email AND m.confirmation = :confirmed', {
        contestId,
        email: person.email.toLowerCase(),
        confirmed: MemberConfirmation.confirmed,
      });
    if (lock) {
      if (owns) owns.setLock(lock);
      member.setLock(lock);
    }
    return (owns ? (await owns.getCount()) > 0 : false) || (await member.getCount()) > 0;
  }
}
