import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@app/accounts';
import { Round } from '@app/contests';
import { ConcurrentChange, DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { RoundEntry } from '../assignment/round-entry.entity';
import { AdvancementOverride, OverrideDecision, OverrideSlot } from './advancement-override.entity';
import { roundDecided } from './advancement.service';
import { toOverrideResponse } from './advancement.mapper';
import type { ConfirmOverrideResponse, ProposeOverrideResponse } from './advancement.mapper';

export interface ProposeOverrideCommand {
  entryId: string;
  decision: OverrideDecision;
  reason: string;
}

/** What the organizer who lost a race of overrides of one entry is told after the tries. */
const RACE_LOST =
  'Another organizer changed the overrides of this entry at the same moment; reload and try again';

/**
 * Organizers' departures from the proposal. One organizer writes the reason, a second one
 * confirms it; only confirmed overrides count when the round is decided.
 *
 * One entry of a round has at most one effective override. A new proposal supersedes a
 * pending one at once (it can no longer be confirmed); a confirmed one stays in effect
 * until a newer proposal is confirmed by a second organizer, which supersedes it. So no
 * organizer can undo a two-person decision alone, and two crossed confirmations of
 * contradictory proposals cannot both land: the first proposal was superseded when the
 * second was made. The slots are guarded by a unique index and every move between them is
 * a conditional update, so the rule holds under concurrent requests, not only in this code.
 */
@Injectable()
export class AdvancementOverrideService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async propose(
    actorId: string,
    roundId: string,
    command: ProposeOverrideCommand,
  ): Promise<ProposeOverrideResponse> {
    const reason = command.reason.trim();
    if (!reason)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'A reason is required', [
        { field: 'reason', code: 'required', messages: ['reason must not be empty'] },
      ]);
    return this.tx.runRacing(async (manager) => {
      const round = await manager.findOneBy(Round, { id: roundId });
      if (!round) throw new DomainError(ErrorCode.NOT_FOUND, 'No such round');
      if (round.decidedAt) throw roundDecided();
      if (!(await manager.existsBy(RoundEntry, { roundId, entryId: command.entryId })))
        throw new DomainError(ErrorCode.NOT_FOUND, 'The entry does not take part in this round');
      const slotOf = (slot: OverrideSlot) =>
        manager.findOneBy(AdvancementOverride, { roundId, entryId: command.entryId, slot });
      const [pending, confirmed] = await Promise.all([
        slotOf(OverrideSlot.pending),
        slotOf(OverrideSlot.confirmed),
      ]);
      const override = manager.create(AdvancementOverride, {
        roundId,
        entryId: command.entryId,
        decision: command.decision,
        reason,
        proposedBy: actorId,
        confirmedBy: null,
        confirmedAt: null,
        slot: OverrideSlot.pending,
        supersededBy: null,
        supersededAt: null,
      });
      if (pending) await this.supersede(manager, pending, OverrideSlot.pending, override.id);
      // A proposal that appeared since the read above takes the slot first: the insert
      // fails on the unique index and the whole unit runs again, superseding it.
      await manager.insert(AdvancementOverride, override);
      await this.audit.record(manager, {
        actorId,
        action: 'advancement.override_proposed',
        subjectType: 'entry',
        subjectId: command.entryId,
        data: {
          roundId,
          overrideId: override.id,
          decision: command.decision,
          reason,
          supersedes: pending?.id ?? null,
        },
      });
      const saved = await manager.findOneByOrFail(AdvancementOverride, { id: override.id });
      return {
        ...toOverrideResponse(saved),
        supersededPending: pending ? toOverrideResponse(await this.reload(manager, pending)) : null,
        replacesOnConfirmation: confirmed ? toOverrideResponse(confirmed) : null,
      };
    }, RACE_LOST);
  }

  /**
   * 403 SECOND_ORGANIZER_REQUIRED for the organizer who proposed it; 409
   * OVERRIDE_SUPERSEDED once a newer proposal took its place; 409 CONFLICT when it is
   * already confirmed. Confirming supersedes the entry's earlier confirmed override.
   */
  async confirm(actorId: string, overrideId: string): Promise<ConfirmOverrideResponse> {
    return this.tx.runRacing(async (manager) => {
      const override = await manager.findOneBy(AdvancementOverride, { id: overrideId });
      if (!override) throw new DomainError(ErrorCode.NOT_FOUND, 'No such override');
      if (override.proposedBy === actorId)
        throw new DomainError(
          ErrorCode.SECOND_ORGANIZER_REQUIRED,
          'An override must be confirmed by an organizer other than the one who proposed it',
        );
      const round = await manager.findOneByOrFail(Round, { id: override.roundId });
      if (round.decidedAt) throw roundDecided();
      if (override.slot === OverrideSlot.confirmed)
        throw new DomainError(ErrorCode.CONFLICT, 'The override is already confirmed');
      if (override.slot !== OverrideSlot.pending) throw superseded();

      const earlier = await manager.findOneBy(AdvancementOverride, {
        roundId: override.roundId,
        entryId: override.entryId,
        slot: OverrideSlot.confirmed,
      });
      if (earlier) await this.supersede(manager, earlier, OverrideSlot.confirmed, overrideId);
      // Conditional on still being the pending one: a proposal or a confirmation that won
      // meanwhile leaves nothing to update; the transaction (with the supersession above)
      // is rolled back and the next run answers from the new state.
      const result = await manager
        .createQueryBuilder()
        .update(AdvancementOverride)
        .set({ slot: OverrideSlot.confirmed, confirmedBy: actorId, confirmedAt: new Date() })
        .where('id = :id AND slot = :pending', { id: overrideId, pending: OverrideSlot.pending })
        .execute();
      if (!result.affected) throw new ConcurrentChange();
      await this.audit.record(manager, {
        actorId,
        action: 'advancement.override_confirmed',
        subjectType: 'entry',
        subjectId: override.entryId,
        data: {
          roundId: override.roundId,
          overrideId,
          proposedBy: override.proposedBy,
          supersedes: earlier?.id ?? null,
        },
      });
      return {
        ...toOverrideResponse(await this.reload(manager, override)),
        superseded: earlier ? toOverrideResponse(await this.reload(manager, earlier)) : null,
      };
    }, RACE_LOST);
  }

  /** Takes `override` out of its slot, conditionally: someone else may have moved it already. */
  private async supersede(
    manager: EntityManager,
    override: AdvancementOverride,
    slot: OverrideSlot,
    by: string,
  ): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(AdvancementOverride)
      .set({ slot: null, supersededBy: by, supersededAt: new Date() })
      .where('id = :id AND slot = :slot', { id: override.id, slot })
      .execute();
    if (!result.affected) throw new ConcurrentChange();
  }

  private reload(manager: EntityManager, override: AdvancementOverride) {
    return manager.findOneByOrFail(AdvancementOverride, { id: override.id });
  }
}

function superseded(): DomainError {
  return new DomainError(
    ErrorCode.OVERRIDE_SUPERSEDED,
    'A newer proposal for this entry has replaced this override; it can no longer be confirmed',
  );
}
