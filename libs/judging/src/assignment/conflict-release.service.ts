import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '@app/accounts';
import { Round } from '@app/contests';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { ConflictService } from '../conflicts/conflict.service';
import { JudgeService } from '../judges/judge.service';
import { Assignment, AssignmentSource, AssignmentStatus } from './assignment.entity';
import type { ReleaseResult } from './assignment.dto';
import { recordAssignmentChange } from './assignment-audit';
import { AssignmentDigest } from './assignment-digest';
import { organisationKey } from './assignment-planner';
import { AssignmentRepository } from './assignment.repository';

/**
 * A judge who declares a conflict gives the entry back: the assignment is released and,
 * when the entry then lacks judges, the round's least-loaded judge who may take it does.
 */
@Injectable()
export class ConflictReleaseService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly repository: AssignmentRepository,
    private readonly judges: JudgeService,
    private readonly conflicts: ConflictService,
    private readonly digest: AssignmentDigest,
    private readonly audit: AuditService,
  ) {}

  /**
   * Frees the assignment of a judge who declared a conflict and gives the entry to the
   * available judge with the lowest load in the round (no conflict, not on the entry yet,
   * not of an organisation already on it; ties by id). Pass the manager of a surrounding
   * transaction to take part in it.
   */
  async releaseForConflict(
    assignmentId: string,
    actorId: string | null,
    manager?: EntityManager,
  ): Promise<ReleaseResult> {
    const work = (m: EntityManager) => this.release(m, assignmentId, actorId);
    return manager ? work(manager) : this.tx.run(work);
  }

  private async release(
    manager: EntityManager,
    assignmentId: string,
    actorId: string | null,
  ): Promise<ReleaseResult> {
    const assignment = await manager.findOneBy(Assignment, { id: assignmentId });
    if (!assignment) throw new DomainError(ErrorCode.NOT_FOUND, 'No such assignment');
    const round = await this.repository.round(manager, assignment.roundId);
    if (assignment.status !== AssignmentStatus.released) {
      assignment.status = AssignmentStatus.released;
      await manager.save(assignment);
    }
    const all = await manager.findBy(Assignment, { roundId: round.id });
    const onEntry = all.filter((a) => a.entryId === assignment.entryId);
    const activeOnEntry = onEntry.filter((a) => a.status !== AssignmentStatus.released);
    let result: ReleaseResult;
    if (activeOnEntry.length >= round.reviewsPerEntry) {
      result = { released: assignmentId, replacement: null, reason: 'the entry has enough judges' };
    } else {
      const judgeUserId = await this.replacementFor(manager, round, assignment, all, onEntry);
      if (!judgeUserId) {
        result = {
          released: assignmentId,
          replacement: null,
          reason: 'no judge without a conflict is available for this entry',
        };
      } else {
        const replacement = manager.create(Assignment, {
          roundId: round.id,
          entryId: assignment.entryId,
          judgeUserId,
          status: AssignmentStatus.assigned,
          source: AssignmentSource.auto,
          dueAt: round.judgingClosesAt,
        });
        await manager.save(replacement);
        await this.digest.enqueue(manager, round, replacement.id, [judgeUserId]);
        result = {
          released: assignmentId,
          replacement: { assignmentId: replacement.id, judgeUserId },
          reason: null,
        };
      }
    }
    await recordAssignmentChange(this.audit, manager, actorId, 'assignment.released', assignment, {
      replacementJudgeUserId: result.replacement?.judgeUserId ?? null,
      reason: result.reason,
    });
    return result;
  }

  private async replacementFor(
    manager: EntityManager,
    round: Round,
    released: Assignment,
    all: Assignment[],
    onEntry: Assignment[],
  ): Promise<string | null> {
    const judges = await this.judges.acceptedJudges(round.contestId, manager);
    const matrix = await this.conflicts.conflictMatrix(round.contestId, manager);
    const taken = new Set(onEntry.map((a) => a.judgeUserId));
    const activeJudges = onEntry
      .filter((a) => a.status !== AssignmentStatus.released)
      .map((a) => a.judgeUserId);
    const orgs = await this.repository.organisations(manager, activeJudges);
    const blocked = new Set([...orgs.values()].map(organisationKey).filter(Boolean));
    const load = new Map<string, number>();
    for (const a of all)
      if (a.status !== AssignmentStatus.released)
        load.set(a.judgeUserId, (load.get(a.judgeUserId) ?? 0) + 1);
    const candidates = judges
      .filter(
        (j) =>
          !taken.has(j.userId) &&
          (round.maxLoadPerJudge === null || (load.get(j.userId) ?? 0) < round.maxLoadPerJudge) &&
          !blocked.has(organisationKey(j.organization)) &&
          !matrix.has(j.userId, released.entryId),
      )
      .sort(
        (a, b) => (load.get(a.userId) ?? 0) - (load.get(b.userId) ?? 0) || cmp(a.userId, b.userId),
      );
    return candidates[0]?.userId ?? null;
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
