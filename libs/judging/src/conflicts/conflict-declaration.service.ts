import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService, Role } from '@app/accounts';
import { Contest } from '@app/contests';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { Assignment, AssignmentStatus } from '../assignment/assignment.entity';
import { ConflictReleaseService } from '../assignment/conflict-release.service';
import { RankingService } from '../ranking/ranking.service';
import { Score, ScoreStatus } from '../scoring/score.entity';
import { ConflictOfInterest, ConflictSource, ConflictStatus } from './conflict-of-interest.entity';
import { conflictValueOf } from './conflict-values';
import { ConflictRepository } from './conflict.repository';
import { conflictIdOf, ConflictService } from './conflict.service';
import type { ADVANCE_SUBJECTS, ConflictResponse, ConflictReviewResult } from './conflict.dto';
import { toConflictResponse } from './conflict.mapper';
import { declarationStatus, withdrawalKeepsEntriesOut } from './declaration-policy';

export interface ConflictActor {
  userId: string;
  role: Role;
}

/** A judge's declaration in advance: a person (e-mail), an organisation or an e-mail domain. */
export interface AdvanceDeclaration {
  contestId: string;
  subject: (typeof ADVANCE_SUBJECTS)[number];
  value: string;
  reason?: string | null;
}

type Released = ConflictReviewResult['released'];

/**
 * A judge's own declarations in advance, their withdrawal, and the organizers' review of
 * the ones that wait for it. Whether a declaration applies at once or waits is decided by
 * `declaration-policy.ts` alone; this service carries it out.
 */
@Injectable()
export class ConflictDeclarationService {
  private readonly logger = new Logger(ConflictDeclarationService.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly repository: ConflictRepository,
    private readonly conflicts: ConflictService,
    private readonly conflictRelease: ConflictReleaseService,
    private readonly rankings: RankingService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Declaring the same thing twice keeps one row. In a blind contest, while the judge holds
   * assignments there, the row waits for review and the answer is the same whether it
   * matches a team or not: it is written without looking at any team.
   */
  async declare(judgeUserId: string, input: AdvanceDeclaration): Promise<ConflictResponse> {
    return this.tx.run(async (manager) => {
      const value = conflictValueOf(input.subject, input.value);
      const contest = await manager.findOneBy(Contest, { id: input.contestId });
      if (!contest || !(await this.repository.isJudgeOf(manager, contest.id, judgeUserId)))
        throw new DomainError(ErrorCode.NOT_FOUND, 'No such contest');
      const status = declarationStatus({
        blindJudging: contest.blindJudging,
        holdsAssignments: await this.repository.holdsAssignments(manager, contest.id, judgeUserId),
      });
      const conflict = await this.repository.findOrInsert(manager, {
        contestId: contest.id,
        judgeUserId,
        subject: input.subject,
        value,
        source: ConflictSource.declared,
        reason: input.reason ?? null,
        status,
        createdBy: judgeUserId,
      });
      return toConflictResponse(conflict);
    });
  }

  /**
   * A judge withdraws only their own declarations (another judge's row is not found); a
   * recorded conflict is the organizers' to remove, and only they can. In a blind contest
   * an effective declaration's withdrawal releases the assignments it kept from the judge,
   * so nothing comes back to the queue.
   */
  async withdraw(actor: ConflictActor, id: string): Promise<void> {
    const rounds = await this.tx.run(async (manager) => {
      const conflict = await manager.findOne(ConflictOfInterest, { where: { id } });
      const organizer = actor.role === Role.organizer || actor.role === Role.admin;
      if (!conflict || (!organizer && conflict.judgeUserId !== actor.userId))
        throw new DomainError(ErrorCode.NOT_FOUND, 'No such conflict');
      if (organizer && conflict.source !== ConflictSource.recorded)
        throw new DomainError(ErrorCode.FORBIDDEN, 'Only the judge can withdraw a declaration');
      if (!organizer && conflict.source !== ConflictSource.declared)
        throw new DomainError(
          ErrorCode.FORBIDDEN,
          'This conflict was recorded by the organizers; only they can remove it',
        );
      let rounds = new Set<string>();
      if (!organizer && conflict.status === ConflictStatus.effective) {
        const contest = await manager.findOneByOrFail(Contest, { id: conflict.contestId });
        if (withdrawalKeepsEntriesOut(contest))
          rounds = (await this.releaseMatched(manager, conflict, actor.userId)).rounds;
      }
      await manager.delete(ConflictOfInterest, { id });
      if (organizer)
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: 'conflict.removed',
          subjectType: 'conflict',
          subjectId: id,
          data: { contestId: conflict.contestId, judgeUserId: conflict.judgeUserId },
        });
      return rounds;
    });
    await this.recompute(rounds);
  }

  /**
   * An organizer accepts a pending declaration: it counts from now on, and the judge's
   * assignments of the entries it matches are released and given to other judges (their
   * draft or submitted scores go: a conflicted score must never count). The judge is not
   * mailed; their queue simply no longer lists those entries.
   */
  async accept(actorId: string, id: string): Promise<ConflictReviewResult> {
    const { result, rounds } = await this.tx.run(async (manager) => {
      const conflict = await this.review(manager, actorId, id, ConflictStatus.effective);
      const { released, rounds } = await this.releaseMatched(manager, conflict, actorId);
      await this.audit.record(manager, {
        actorId,
        action: 'conflict.accepted',
        subjectType: 'conflict',
        subjectId: id,
        data: {
          contestId: conflict.contestId,
          judgeUserId: conflict.judgeUserId,
          released: released.length,
        },
      });
      return { result: { conflict: toConflictResponse(conflict), released }, rounds };
    });
    await this.recompute(rounds);
    return result;
  }

  /** An organizer rejects a pending declaration: it never counts; nothing else changes. */
  async reject(actorId: string, id: string): Promise<ConflictReviewResult> {
    return this.tx.run(async (manager) => {
      const conflict = await this.review(manager, actorId, id, ConflictStatus.rejected);
      await this.audit.record(manager, {
        actorId,
        action: 'conflict.rejected',
        subjectType: 'conflict',
        subjectId: id,
        data: { contestId: conflict.contestId, judgeUserId: conflict.judgeUserId },
      });
      return { conflict: toConflictResponse(conflict), released: [] };
    });
  }

  /** Moves a pending declaration to `to`, conditionally: of two reviews at once, one lands. */
  private async review(
    manager: EntityManager,
    actorId: string,
    id: string,
    to: ConflictStatus,
  ): Promise<ConflictOfInterest> {
    const result = await manager
      .createQueryBuilder()
      .update(ConflictOfInterest)
      .set({ status: to, reviewedBy: actorId, reviewedAt: new Date() })
      .where('id = :id AND status = :pending', { id, pending: ConflictStatus.pending })
      .execute();
    const conflict = await manager.findOneBy(ConflictOfInterest, { id });
    if (!conflict) throw new DomainError(ErrorCode.NOT_FOUND, 'No such conflict');
    if (!result.affected)
      throw new DomainError(
        ErrorCode.INVALID_STATUS_TRANSITION,
        `The declaration is ${conflict.status}, not waiting for a review`,
      );
    return conflict;
  }

  /**
   * Releases the judge's assignments of the entries `conflict` matches (it must be
   * effective in this transaction). In an undecided round the score goes and another judge
   * takes the entry over; in a decided round the decision and its scores are final, so the
   * assignment is only released.
   */
  private async releaseMatched(
    manager: EntityManager,
    conflict: ConflictOfInterest,
    actorId: string,
  ): Promise<{ released: Released; rounds: Set<string> }> {
    const [matrix, active] = await Promise.all([
      this.conflicts.conflictMatrix(conflict.contestId, manager),
      this.repository.activeAssignments(manager, conflict.contestId, conflict.judgeUserId),
    ]);
    const matched = active.filter((a) =>
      matrix.reasons(a.judgeUserId, a.entryId).some((r) => conflictIdOf(r) === conflict.id),
    );
    const released: Released = [];
    const rounds = new Set<string>();
    for (const assignment of matched) {
      if (assignment.decided) {
        await manager.update(
          Assignment,
          { id: assignment.id },
          { status: AssignmentStatus.released },
        );
        released.push({
          assignmentId: assignment.id,
          entryId: assignment.entryId,
          replacementJudgeUserId: null,
        });
        continue;
      }
      const score = await manager.findOneBy(Score, { assignmentId: assignment.id });
      if (score) await manager.delete(Score, { id: score.id });
      if (score?.status === ScoreStatus.submitted) rounds.add(assignment.roundId);
      const result = await this.conflictRelease.releaseForConflict(assignment.id, actorId, manager);
      released.push({
        assignmentId: assignment.id,
        entryId: assignment.entryId,
        replacementJudgeUserId: result.replacement?.judgeUserId ?? null,
      });
    }
    return { released, rounds };
  }

  /** After the commit: a discarded submitted score changes the ranking. */
  private async recompute(rounds: Set<string>): Promise<void> {
    for (const roundId of rounds)
      try {
        await this.rankings.requestRecompute(roundId);
      } catch (error) {
        this.logger.warn({ err: error, roundId }, 'ranking recomputation not requested');
      }
  }
}
