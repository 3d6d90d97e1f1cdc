import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@app/accounts';
import { ConcurrentChange, DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { Award, AwardSlot } from './award.entity';
import type { WithdrawAwardDto } from './award.dto';
import { AwardWithdrawal, WITHDRAWAL_PENDING, WithdrawalOutcome } from './award-withdrawal.entity';
import { toAwardResponse } from './awards.mapper';
import type { AwardResponse } from './awards.mapper';
import { supersede } from './award-seats';
import { toWithdrawalResponse } from './award-withdrawal.mapper';
import type { WithdrawalResponse } from './award-withdrawal.mapper';

/** What the organizer who lost a race on one award's withdrawal is told after the tries. */
const RACE_LOST = 'Another organizer changed this award at the same moment; reload and try again';

export interface ConfirmWithdrawalResponse extends WithdrawalResponse {
  /** The award as it now stands: out of its seat, kept as history. */
  award: AwardResponse;
}

/**
 * Withdrawing a confirmed award without giving the prize to anyone else (a team found
 * ineligible after the ceremony, a team that renounces its prize). Like an award change it
 * counts only once a second organizer confirms it; until then the award stands and the
 * announcement waits. Confirmed, the award leaves its slot and seat (kept as history,
 * `supersededBy` its own id), so the seat is free for another award, and the next
 * announcement is a correction for that team alone.
 *
 * Races are settled by the database: the unique (awardId, slot) index allows one pending
 * withdrawal per award, and every decision is a conditional update on the row still being
 * pending (and the award still confirmed), so the loser runs again on the new state.
 */
@Injectable()
export class AwardWithdrawalService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /**
   * 404 for an award not of this contest; 409 AWARD_NOT_CONFIRMED for one that is pending,
   * replaced or withdrawn, AWARD_WITHDRAWAL_PENDING when one waits already.
   */
  async propose(
    actorId: string,
    contestId: string,
    awardId: string,
    dto: WithdrawAwardDto,
  ): Promise<WithdrawalResponse> {
    const reason = dto.reason.trim();
    if (!reason)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'A reason is required', [
        { field: 'reason', code: 'required', messages: ['reason must not be empty'] },
      ]);
    return this.tx.runRacing(async (manager) => {
      const award = await awardOrFail(manager, contestId, awardId);
      if (award.slot !== AwardSlot.confirmed) throw notConfirmed();
      if (await pendingOf(manager, award.id)) throw alreadyPending();
      const withdrawal = manager.create(AwardWithdrawal, {
        contestId,
        awardId: award.id,
        slot: WITHDRAWAL_PENDING,
        outcome: null,
        reason,
        proposedBy: actorId,
        decidedBy: null,
        decidedAt: null,
      });
      // A withdrawal proposed since the read above holds the slot: the insert fails on the
      // unique index and the unit runs again, to answer AWARD_WITHDRAWAL_PENDING.
      await manager.insert(AwardWithdrawal, withdrawal);
      await this.audit.record(manager, {
        actorId,
        action: 'award.withdrawal_proposed',
        subjectType: 'entry',
        subjectId: award.entryId,
        data: { contestId, prizeId: award.prizeId, awardId, withdrawalId: withdrawal.id, reason },
      });
      return toWithdrawalResponse(
        await manager.findOneByOrFail(AwardWithdrawal, { id: withdrawal.id }),
      );
    }, RACE_LOST);
  }

  /**
   * The second organizer's confirmation: 403 SECOND_ORGANIZER_REQUIRED for its proposer,
   * 409 AWARD_WITHDRAWAL_NOT_PENDING when none waits. The award leaves its seat.
   */
  async confirm(
    actorId: string,
    contestId: string,
    awardId: string,
  ): Promise<ConfirmWithdrawalResponse> {
    return this.tx.runRacing(async (manager) => {
      const award = await awardOrFail(manager, contestId, awardId);
      const pending = await pendingOrFail(manager, award.id);
      if (pending.proposedBy === actorId)
        throw new DomainError(
          ErrorCode.SECOND_ORGANIZER_REQUIRED,
          'A withdrawal must be confirmed by an organizer other than the one who proposed it',
        );
      // A confirmed change that replaces the award closes its withdrawal in the same
      // transaction (closeWithdrawalOf), so this holds unless the data was edited by hand.
      if (award.slot !== AwardSlot.confirmed) throw notConfirmed();
      await supersede(manager, award, AwardSlot.confirmed, award.id);
      await decide(manager, pending, WithdrawalOutcome.confirmed, actorId);
      await this.audit.record(manager, {
        actorId,
        action: 'award.withdrawal_confirmed',
        subjectType: 'entry',
        subjectId: award.entryId,
        data: {
          contestId,
          prizeId: award.prizeId,
          awardId,
          withdrawalId: pending.id,
          seat: award.seat,
          proposedBy: pending.proposedBy,
        },
      });
      return {
        ...toWithdrawalResponse(await manager.findOneByOrFail(AwardWithdrawal, { id: pending.id })),
        award: toAwardResponse(await manager.findOneByOrFail(Award, { id: award.id })),
      };
    }, RACE_LOST);
  }

  /** Cancels the award's pending withdrawal (any organizer); 409 AWARD_WITHDRAWAL_NOT_PENDING when none waits. */
  async cancel(actorId: string, contestId: string, awardId: string): Promise<WithdrawalResponse> {
    return this.tx.runRacing(async (manager) => {
      const award = await awardOrFail(manager, contestId, awardId);
      const pending = await pendingOrFail(manager, award.id);
      await decide(manager, pending, WithdrawalOutcome.cancelled, actorId);
      await this.audit.record(manager, {
        actorId,
        action: 'award.withdrawal_cancelled',
        subjectType: 'entry',
        subjectId: award.entryId,
        data: { contestId, prizeId: award.prizeId, awardId, withdrawalId: pending.id },
      });
      return toWithdrawalResponse(
        await manager.findOneByOrFail(AwardWithdrawal, { id: pending.id }),
      );
    }, RACE_LOST);
  }
}

/**
 * Closes the pending withdrawal of an award a confirmed change has just replaced: there is
 * nothing left to withdraw, and a withdrawal left waiting would block the announcement
 * with no form on the page to settle it. Returns the closed withdrawal's id, for the audit.
 */
export async function closeWithdrawalOf(
  manager: EntityManager,
  awardId: string,
  actorId: string,
): Promise<string | null> {
  const pending = await pendingOf(manager, awardId);
  if (!pending) return null;
  await decide(manager, pending, WithdrawalOutcome.overtaken, actorId);
  return pending.id;
}

/** Whether a withdrawal of one of the contest's awards waits for a second organizer. */
export function hasPendingWithdrawal(manager: EntityManager, contestId: string): Promise<boolean> {
  return manager.existsBy(AwardWithdrawal, { contestId, slot: WITHDRAWAL_PENDING });
}

/**
 * The latest withdrawn award of this prize to this entry, or null: what a prize
 * certificate's verification names as the reason it no longer holds, and since when.
 */
export async function withdrawnAward(
  manager: EntityManager,
  prizeId: string,
  entryId: string,
): Promise<Award | null> {
  return manager
    .createQueryBuilder(Award, 'a')
    .where('a.prizeId = :prizeId AND a.entryId = :entryId', { prizeId, entryId })
    .andWhere('a.slot IS NULL AND a.supersededBy = a.id')
    .orderBy('a.supersededAt', 'DESC')
    .getOne();
}

async function awardOrFail(manager: EntityManager, contestId: string, awardId: string) {
  const award = await manager.findOneBy(Award, { id: awardId, contestId });
  if (!award) throw new DomainError(ErrorCode.NOT_FOUND, 'No such award in this contest');
  return award;
}

function pendingOf(manager: EntityManager, awardId: string) {
  return manager.findOneBy(AwardWithdrawal, { awardId, slot: WITHDRAWAL_PENDING });
}

async function pendingOrFail(manager: EntityManager, awardId: string) {
  const pending = await pendingOf(manager, awardId);
  if (!pending)
    throw new DomainError(
      ErrorCode.AWARD_WITHDRAWAL_NOT_PENDING,
      'No withdrawal of this award waits for a decision',
    );
  return pending;
}

/** Closes a pending withdrawal, conditionally: a crossing decision leaves nothing to update. */
async function decide(
  manager: EntityManager,
  withdrawal: AwardWithdrawal,
  outcome: WithdrawalOutcome,
  actorId: string,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(AwardWithdrawal)
    .set({ slot: null, outcome, decidedBy: actorId, decidedAt: new Date() })
    .where('id = :id AND slot = :pending', { id: withdrawal.id, pending: WITHDRAWAL_PENDING })
    .execute();
  if (!result.affected) throw new ConcurrentChange();
}

const notConfirmed = () =>
  new DomainError(ErrorCode.AWARD_NOT_CONFIRMED, 'Only a confirmed award can be withdrawn');

const alreadyPending = () =>
  new DomainError(
    ErrorCode.AWARD_WITHDRAWAL_PENDING,
    'A withdrawal of this award already waits for a second organizer',
  );
