import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@app/accounts';
import { Round } from '@app/contests';
import { Entry, recordRoundDecision } from '@app/entries';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { RoundEntry, RoundEntryStatus } from '../assignment/round-entry.entity';
import { RankingService } from '../ranking/ranking.service';
import { AdvancementOverride, OverrideDecision, OverrideSlot } from './advancement-override.entity';
import { proposeAdvancement, ruleDecides } from './advancement-proposal';
import type { AdvancementProposal } from './advancement-proposal';
import { toAdvancementView } from './advancement.mapper';
import type { AdvancementView, FinalDecision } from './advancement.mapper';
import { decisionNote } from './reason-text';
import { RoundDecisionMails } from './round-decision-mails';
import { loadRoundContext, reasonNames } from './round-context';

export const roundDecided = () =>
  new DomainError(
    ErrorCode.ROUND_DECIDED,
    'The advancement of this round has already been decided',
  );

/**
 * Who advances from a round: the rule's proposal on the latest ranking, organizers'
 * confirmed overrides on top, and the decision that makes it final.
 */
@Injectable()
export class AdvancementService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly rankings: RankingService,
    private readonly audit: AuditService,
    private readonly mails: RoundDecisionMails,
  ) {}

  /** The rule's proposal on the latest ranking, or null while the round has none. */
  async propose(roundId: string): Promise<AdvancementProposal | null> {
    const round = await this.tx.manager.findOneBy(Round, { id: roundId });
    if (!round) throw new DomainError(ErrorCode.NOT_FOUND, 'No such round');
    const ranking = await this.rankings.latest(roundId);
    return ranking ? proposeAdvancement(ranking, round.advancementRule ?? {}) : null;
  }

  async view(roundId: string): Promise<AdvancementView> {
    const manager = this.tx.manager;
    const context = await loadRoundContext(manager, roundId);
    const proposal = await this.propose(roundId);
    const overrides = await manager.find(AdvancementOverride, {
      where: { roundId },
      order: { createdAt: 'ASC' },
    });
    const roundEntries = await manager.findBy(RoundEntry, { roundId });
    const entries = await entriesOf(manager, roundEntries);
    return toAdvancementView({ context, proposal, overrides, roundEntries, entries });
  }

  /**
   * Makes the round's decision final: every entry of the round advances or not (the
   * proposal, or a confirmed override), the entries' status follows, every team gets its
   * mail and the audit log its rows, all in one transaction. The conditional write of
   * decidedAt lets only one of two concurrent calls through.
   */
  async advance(actorId: string, roundId: string): Promise<AdvancementView> {
    const round = await this.tx.manager.findOneBy(Round, { id: roundId });
    if (!round) throw new DomainError(ErrorCode.NOT_FOUND, 'No such round');
    if (round.decidedAt) throw roundDecided();
    // Deciding without a cut-off used to advance every entry; now it waits for a rule.
    if (!ruleDecides(round.advancementRule))
      throw new DomainError(
        ErrorCode.ADVANCEMENT_RULE_MISSING,
        'Set the advancement rule first: a top N per category or a minimum total',
      );
    const proposal = await this.propose(roundId);
    if (!proposal)
      throw new DomainError(ErrorCode.RANKING_NOT_READY, 'The round has no ranking yet');
    await this.tx.run(async (manager) => {
      const context = await loadRoundContext(manager, roundId);
      const decidedAt = new Date();
      const claimed = await manager
        .createQueryBuilder()
        .update(Round)
        .set({ decidedAt, version: () => 'version + 1' })
        .where('id = :id AND decidedAt IS NULL', { id: roundId })
        .execute();
      if (!claimed.affected) throw roundDecided();
      context.round.decidedAt = decidedAt;

      const overrides = await confirmedOverrides(manager, roundId);
      const roundEntries = await manager.findBy(RoundEntry, { roundId });
      const names = reasonNames(context, 'vi');
      const decisions: FinalDecision[] = roundEntries.map((roundEntry) => {
        const override = overrides.get(roundEntry.entryId);
        const proposed = proposal.entries.find((e) => e.entryId === roundEntry.entryId);
        if (override)
          return {
            entryId: roundEntry.entryId,
            advanced: override.decision === OverrideDecision.advance,
            note: `Điều chỉnh của Ban tổ chức: ${override.reason}`,
            overrideId: override.id,
          };
        return {
          entryId: roundEntry.entryId,
          advanced: proposed?.passes ?? false,
          note: proposed ? decisionNote(proposed.reasons, names) : 'Chưa có điểm',
          overrideId: null,
        };
      });

      for (const decision of decisions) {
        await manager.update(
          RoundEntry,
          { roundId, entryId: decision.entryId },
          {
            status: decision.advanced ? RoundEntryStatus.advanced : RoundEntryStatus.eliminated,
            decisionNote: decision.note,
          },
        );
        await recordRoundDecision(manager, { ...decision, roundId, actorId });
        await this.audit.record(manager, {
          actorId,
          action: decision.advanced ? 'round_entry.advanced' : 'round_entry.eliminated',
          subjectType: 'entry',
          subjectId: decision.entryId,
          data: { roundId, note: decision.note, overrideId: decision.overrideId },
        });
      }
      await this.audit.record(manager, {
        actorId,
        action: 'round.decided',
        subjectType: 'round',
        subjectId: roundId,
        data: {
          method: proposal.method,
          advanced: decisions.filter((d) => d.advanced).length,
          eliminated: decisions.filter((d) => !d.advanced).length,
          overrides: overrides.size,
        },
      });
      await this.mails.enqueue(manager, context, decisions);
    });
    return this.view(roundId);
  }
}

/** The effective (confirmed, not superseded) override of each entry: at most one, by the unique slot. */
export async function confirmedOverrides(
  manager: EntityManager,
  roundId: string,
): Promise<Map<string, AdvancementOverride>> {
  const rows = await manager.find(AdvancementOverride, {
    where: { roundId, slot: OverrideSlot.confirmed },
  });
  return new Map(rows.map((row) => [row.entryId, row]));
}

async function entriesOf(manager: EntityManager, roundEntries: RoundEntry[]): Promise<Entry[]> {
  if (roundEntries.length === 0) return [];
  return manager.find(Entry, { where: { id: In(roundEntries.map((r) => r.entryId)) } });
}
