import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@app/accounts';
import { RankingService } from '@app/judging';
import { ConcurrentChange, DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { Award, AwardSlot } from './award.entity';
import { assertFinalDecided, finalistOrFail, loadAwardContext } from './award-context';
import type { AwardContext } from './award-context';
import { AwardService } from './award.service';
import type { AwardsView } from './award-view';
import { toAwardResponse } from './awards.mapper';
import type { AwardResponse } from './awards.mapper';
import type { ConfirmProposalDto, ProposeAwardChangeDto } from './award.dto';
import { prizeOrFail } from '@app/contests';
import { closeWithdrawalOf } from './award-withdrawal.service';
import {
  alreadyHolds,
  confirmedOf,
  countExceeded,
  freeSeat,
  replacedGone,
  superseded,
  supersede,
} from './award-seats';

/** What the organizer who lost a race of one prize's awards is told after the tries. */
const RACE_LOST =
  'Another organizer changed the awards of this prize at the same moment; reload and try again';

export interface ConfirmChangeResponse extends AwardResponse {
  /** The confirmed award it took the place of, now superseded. */
  replaced: AwardResponse | null;
}

/**
 * Awarding prizes, in the way advancement overrides work. Confirming the platform's
 * proposal takes effect at once; any other award (another entry, a special prize) is a
 * change with a reason that counts only once a second organizer confirms it. A newer
 * change for the same prize and entry supersedes a pending one.
 *
 * The prize's number holds under concurrent requests because a confirmed award occupies a
 * seat 1..quantity under a unique index (and on MariaDB the prize row is locked first): a
 * confirmation that loses a race fails on the index, runs again and finds the prize full.
 */
@Injectable()
export class AwardingService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly rankings: RankingService,
    private readonly audit: AuditService,
    private readonly awards: AwardService,
  ) {}

  /**
   * Confirms the proposal of one prize (or of all): each proposed entry not holding the
   * prize yet gets a free seat; seats filled by confirmed changes are left as they are.
   */
  async confirmProposal(
    actorId: string,
    contestId: string,
    dto: ConfirmProposalDto,
  ): Promise<AwardsView> {
    await this.tx.runRacing(async (manager) => {
      const context = await this.context(manager, contestId);
      assertFinalDecided(context);
      if (!context.ranking)
        throw new DomainError(ErrorCode.RANKING_NOT_READY, 'The final round has no ranking yet');
      const prizes = dto.prizeId
        ? [await prizeOrFail(manager, contestId, dto.prizeId)]
        : context.prizes;
      for (const prize of prizes) {
        const locked = await prizeOrFail(manager, contestId, prize.id, true);
        const live = await confirmedOf(manager, prize.id);
        const holders = new Set(live.map((a) => a.entryId));
        const seats = new Set(live.map((a) => a.seat));
        for (const proposed of context.proposal.filter((s) => s.prizeId === prize.id)) {
          if (holders.has(proposed.entryId)) continue;
          const seat = freeSeat(seats, locked.quantity);
          if (seat === null) break;
          seats.add(seat);
          const award = manager.create(Award, {
            contestId,
            prizeId: prize.id,
            entryId: proposed.entryId,
            slot: AwardSlot.confirmed,
            seat,
            fromProposal: true,
            reason: null,
            replacesAwardId: null,
            proposedBy: actorId,
            confirmedBy: actorId,
            confirmedAt: new Date(),
            supersededBy: null,
            supersededAt: null,
          });
          await manager.insert(Award, award);
          await this.audit.record(manager, {
            actorId,
            action: 'award.proposal_confirmed',
            subjectType: 'entry',
            subjectId: proposed.entryId,
            data: { contestId, prizeId: prize.id, awardId: award.id, seat },
          });
        }
      }
    }, RACE_LOST);
    return this.awards.view(contestId);
  }

  /**
   * A reasoned change: 404 for a prize or entry not of this contest, 409
   * FINAL_ROUND_NOT_DECIDED, AWARD_ENTRY_NOT_FINALIST, AWARD_WRONG_CATEGORY, CONFLICT when
   * the entry holds the prize already, PRIZE_COUNT_EXCEEDED when no place is free and it
   * replaces none.
   */
  async proposeChange(
    actorId: string,
    contestId: string,
    dto: ProposeAwardChangeDto,
  ): Promise<AwardResponse> {
    const reason = dto.reason.trim();
    if (!reason)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'A reason is required', [
        { field: 'reason', code: 'required', messages: ['reason must not be empty'] },
      ]);
    return this.tx.runRacing(async (manager) => {
      const context = await this.context(manager, contestId);
      const round = assertFinalDecided(context);
      const prize = await prizeOrFail(manager, contestId, dto.prizeId, true);
      await finalistOrFail(manager, context, round, dto.entryId, prize);
      const live = await confirmedOf(manager, prize.id);
      if (live.some((a) => a.entryId === dto.entryId)) throw alreadyHolds();
      const replaces = dto.replacesAwardId ?? null;
      if (replaces && !live.some((a) => a.id === replaces)) await replacedGone(manager, replaces);
      if (!replaces && live.length >= prize.quantity) throw countExceeded(prize);

      const pending = await manager.findOneBy(Award, {
        prizeId: prize.id,
        entryId: dto.entryId,
        slot: AwardSlot.pending,
      });
      const award = manager.create(Award, {
        contestId,
        prizeId: prize.id,
        entryId: dto.entryId,
        slot: AwardSlot.pending,
        seat: null,
        fromProposal: false,
        reason,
        replacesAwardId: replaces,
        proposedBy: actorId,
        confirmedBy: null,
        confirmedAt: null,
        supersededBy: null,
        supersededAt: null,
      });
      if (pending) await supersede(manager, pending, AwardSlot.pending, award.id);
      // A change that appeared since the read above takes the slot first: the insert fails
      // on the unique index and the whole unit runs again, superseding it.
      await manager.insert(Award, award);
      await this.audit.record(manager, {
        actorId,
        action: 'award.change_proposed',
        subjectType: 'entry',
        subjectId: dto.entryId,
        data: {
          contestId,
          prizeId: prize.id,
          awardId: award.id,
          reason,
          replacesAwardId: replaces,
          supersedes: pending?.id ?? null,
        },
      });
      return toAwardResponse(await manager.findOneByOrFail(Award, { id: award.id }));
    }, RACE_LOST);
  }

  /**
   * The second organizer's confirmation: 403 SECOND_ORGANIZER_REQUIRED for the organizer
   * who proposed it, 409 AWARD_SUPERSEDED once replaced (or when the award it replaces is
   * gone), CONFLICT when already confirmed, PRIZE_COUNT_EXCEEDED when no place is free.
   */
  async confirmChange(
    actorId: string,
    contestId: string,
    awardId: string,
  ): Promise<ConfirmChangeResponse> {
    return this.tx.runRacing(async (manager) => {
      const award = await manager.findOneBy(Award, { id: awardId, contestId });
      if (!award) throw new DomainError(ErrorCode.NOT_FOUND, 'No such award in this contest');
      if (award.proposedBy === actorId)
        throw new DomainError(
          ErrorCode.SECOND_ORGANIZER_REQUIRED,
          'A change must be confirmed by an organizer other than the one who proposed it',
        );
      if (award.slot === AwardSlot.confirmed)
        throw new DomainError(ErrorCode.CONFLICT, 'The award is already confirmed');
      if (award.slot !== AwardSlot.pending) throw superseded();
      const context = await this.context(manager, contestId);
      const round = assertFinalDecided(context);
      const prize = await prizeOrFail(manager, contestId, award.prizeId, true);
      await finalistOrFail(manager, context, round, award.entryId, prize);
      const live = await confirmedOf(manager, prize.id);
      if (live.some((a) => a.entryId === award.entryId)) throw alreadyHolds();

      let seat: number | null;
      let replaced: Award | null = null;
      let closedWithdrawal: string | null = null;
      if (award.replacesAwardId) {
        replaced = live.find((a) => a.id === award.replacesAwardId) ?? null;
        if (!replaced) throw superseded();
        seat = replaced.seat;
        await supersede(manager, replaced, AwardSlot.confirmed, award.id);
        closedWithdrawal = await closeWithdrawalOf(manager, replaced.id, actorId);
      } else {
        seat = freeSeat(new Set(live.map((a) => a.seat)), prize.quantity);
        if (seat === null) throw countExceeded(prize);
      }
      // Conditional on still being pending: a newer change or a crossing confirmation
      // leaves nothing to update; the unit is rolled back and runs again on the new state.
      const result = await manager
        .createQueryBuilder()
        .update(Award)
        .set({ slot: AwardSlot.confirmed, seat, confirmedBy: actorId, confirmedAt: new Date() })
        .where('id = :id AND slot = :pending', { id: awardId, pending: AwardSlot.pending })
        .execute();
      if (!result.affected) throw new ConcurrentChange();
      await this.audit.record(manager, {
        actorId,
        action: 'award.change_confirmed',
        subjectType: 'entry',
        subjectId: award.entryId,
        data: {
          contestId,
          prizeId: prize.id,
          awardId,
          seat,
          proposedBy: award.proposedBy,
          replacesAwardId: replaced?.id ?? null,
          closedWithdrawal,
        },
      });
      return {
        ...toAwardResponse(await manager.findOneByOrFail(Award, { id: awardId })),
        replaced: replaced
          ? toAwardResponse(await manager.findOneByOrFail(Award, { id: replaced.id }))
          : null,
      };
    }, RACE_LOST);
  }

  private context(manager: EntityManager, contestId: string): Promise<AwardContext> {
    return loadAwardContext(manager, contestId, (roundId) => this.rankings.latest(roundId));
  }
}
