import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/accounts';
import { Round } from '@app/contests';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { RoundEntry } from '../assignment/round-entry.entity';
import { AdvancementOverride, OverrideDecision } from './advancement-override.entity';
import { roundDecided } from './advancement.service';
import { toOverrideResponse } from './advancement.mapper';
import type { OverrideResponse } from './advancement.mapper';

export interface ProposeOverrideCommand {
  entryId: string;
  decision: OverrideDecision;
  reason: string;
}

/**
 * Organizers' departures from the proposal. One organizer writes the reason, a second one
 * confirms it; only confirmed overrides count when the round is decided.
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
  ): Promise<OverrideResponse> {
    const reason = command.reason.trim();
    if (!reason)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'A reason is required', [
        { field: 'reason', messages: ['reason must not be empty'] },
      ]);
    return this.tx.run(async (manager) => {
      const round = await manager.findOneBy(Round, { id: roundId });
      if (!round) throw new DomainError(ErrorCode.NOT_FOUND, 'No such round');
      if (round.decidedAt) throw roundDecided();
      if (!(await manager.existsBy(RoundEntry, { roundId, entryId: command.entryId })))
        throw new DomainError(ErrorCode.NOT_FOUND, 'The entry does not take part in this round');
      const override = manager.create(AdvancementOverride, {
        roundId,
        entryId: command.entryId,
        decision: command.decision,
        reason,
        proposedBy: actorId,
        confirmedBy: null,
        confirmedAt: null,
      });
      await manager.insert(AdvancementOverride, override);
      await this.audit.record(manager, {
        actorId,
        action: 'advancement.override_proposed',
        subjectType: 'entry',
        subjectId: command.entryId,
        data: { roundId, overrideId: override.id, decision: command.decision, reason },
      });
      return toOverrideResponse(
        await manager.findOneByOrFail(AdvancementOverride, { id: override.id }),
      );
    });
  }

  /** 403 SECOND_ORGANIZER_REQUIRED for the organizer who proposed it. */
  async confirm(actorId: string, overrideId: string): Promise<OverrideResponse> {
    return this.tx.run(async (manager) => {
      const override = await manager.findOneBy(AdvancementOverride, { id: overrideId });
      if (!override) throw new DomainError(ErrorCode.NOT_FOUND, 'No such override');
      if (override.proposedBy === actorId)
        throw new DomainError(
          ErrorCode.SECOND_ORGANIZER_REQUIRED,
          'An override must be confirmed by an organizer other than the one who proposed it',
        );
      const round = await manager.findOneByOrFail(Round, { id: override.roundId });
      if (round.decidedAt) throw roundDecided();
      const confirmedAt = new Date();
      // Conditional on still being unconfirmed, so two confirmations cannot both land.
      const result = await manager
        .createQueryBuilder()
        .update(AdvancementOverride)
        .set({ confirmedBy: actorId, confirmedAt })
        .where('id = :id AND confirmedBy IS NULL', { id: overrideId })
        .execute();
      if (!result.affected)
        throw new DomainError(ErrorCode.CONFLICT, 'The override is already confirmed');
      await this.audit.record(manager, {
        actorId,
        action: 'advancement.override_confirmed',
        subjectType: 'entry',
        subjectId: override.entryId,
        data: { roundId: override.roundId, overrideId, proposedBy: override.proposedBy },
      });
      return toOverrideResponse(
        await manager.findOneByOrFail(AdvancementOverride, { id: overrideId }),
      );
    });
  }
}
