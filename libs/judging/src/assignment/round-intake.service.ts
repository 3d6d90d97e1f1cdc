import { Injectable } from '@nestjs/common';
import { EntityManager, In, Not } from 'typeorm';
import { AuditService } from '@app/accounts';
import { Round } from '@app/contests';
import { Entry, EntryStatus } from '@app/entries';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { Assignment, AssignmentStatus } from './assignment.entity';
import type { IntakeResponse, RoundEntryResponse } from './assignment.dto';
import { AssignmentRepository } from './assignment.repository';
import { RoundEntry, RoundEntryStatus } from './round-entry.entity';

/**
 * Entries entering a round: round 1 takes the contest's eligible entries, a later round
 * the entries advanced from the round before it. Running it again adds only what is new
 * (the unique (round, entry) index makes a concurrent second run harmless).
 */
@Injectable()
export class RoundIntakeService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly repository: AssignmentRepository,
    private readonly audit: AuditService,
  ) {}

  async enterRound(roundId: string, actorId: string | null = null): Promise<IntakeResponse> {
    return this.tx.run(async (manager) => {
      const round = await this.repository.round(manager, roundId);
      const candidates = await this.candidates(round, manager);
      const present = new Set(
        (await manager.find(RoundEntry, { where: { roundId }, select: { entryId: true } })).map(
          (row) => row.entryId,
        ),
      );
      const fresh = candidates.filter((entryId) => !present.has(entryId));
      if (fresh.length > 0) {
        // Chunks keep the statement under the drivers' parameter limits on big rounds.
        for (let i = 0; i < fresh.length; i += 500)
          await manager
            .createQueryBuilder()
            .insert()
            .into(RoundEntry)
            .values(fresh.slice(i, i + 500).map((entryId) => ({ roundId, entryId })))
            .orIgnore()
            .execute();
        await this.audit.record(manager, {
          actorId,
          action: 'round.entries_taken_in',
          subjectType: 'round',
          subjectId: roundId,
          data: { added: fresh.length },
        });
      }
      return { roundId, added: fresh.length, total: present.size + fresh.length };
    });
  }

  async list(roundId: string): Promise<RoundEntryResponse[]> {
    const manager = this.tx.manager;
    await this.repository.round(manager, roundId);
    const [rows, active] = await Promise.all([
      this.repository.roundEntries(manager, roundId),
      manager.find(Assignment, {
        where: { roundId, status: Not(AssignmentStatus.released) },
        select: { entryId: true },
      }),
    ]);
    const counts = new Map<string, number>();
    for (const a of active) counts.set(a.entryId, (counts.get(a.entryId) ?? 0) + 1);
    return rows.map((row) => ({ ...row, assignments: counts.get(row.entryId) ?? 0 }));
  }

  private async candidates(round: Round, manager: EntityManager): Promise<string[]> {
    if (round.position <= 1) {
      const entries = await manager.find(Entry, {
        where: { contestId: round.contestId, status: EntryStatus.eligible },
        select: { id: true },
        order: { code: 'ASC' },
      });
      return entries.map((e) => e.id);
    }
    const previous = await manager.findOneBy(Round, {
      contestId: round.contestId,
      position: round.position - 1,
    });
    if (!previous)
      throw new DomainError(
        ErrorCode.CONFLICT,
        `Round ${round.position - 1} of this contest does not exist: nothing can advance to round ${round.position}`,
      );
    const advanced = await manager.find(RoundEntry, {
      where: { roundId: previous.id, status: RoundEntryStatus.advanced },
      select: { entryId: true },
    });
    if (advanced.length === 0) return [];
    // Withdrawn entries never come back, whatever the previous round decided.
    const entries = await manager.find(Entry, {
      where: { id: In(advanced.map((a) => a.entryId)), status: Not(EntryStatus.withdrawn) },
      select: { id: true },
      order: { code: 'ASC' },
    });
    return entries.map((e) => e.id);
  }
}
