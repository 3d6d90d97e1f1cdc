import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '@app/accounts';
import { Round } from '@app/contests';
import { AppConfig, DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { ConflictService } from '../conflicts/conflict.service';
import { JudgeService } from '../judges/judge.service';
import { RankingService } from '../ranking/ranking.service';
import { Score } from '../scoring/score.entity';
import { Assignment, AssignmentSource, AssignmentStatus } from './assignment.entity';
import type {
  AddAssignmentDto,
  AssignmentMatrixResponse,
  AssignmentResponse,
  AutoAssignResponse,
} from './assignment.dto';
import { recordAssignmentChange } from './assignment-audit';
import { AssignmentDigest } from './assignment-digest';
import { toAssignmentResponse } from './assignment.mapper';
import { AssignmentJobs } from './assignment-jobs';
import { AssignmentRepository } from './assignment.repository';
import { AutoAssignmentService } from './auto-assignment.service';

/** Statuses that carry a score (draft or submitted): removing or moving them loses it. */
const SCORED = new Set([AssignmentStatus.inProgress, AssignmentStatus.scored]);

/**
 * Assignments of a round: the automatic run (now, or as a job for a large round), the
 * organizers' manual changes (each audited) and the replacement of a judge who declared a
 * conflict. A conflicted judge is never assigned, by hand or otherwise.
 */
@Injectable()
export class AssignmentService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly config: AppConfig,
    private readonly repository: AssignmentRepository,
    private readonly auto: AutoAssignmentService,
    private readonly jobs: AssignmentJobs,
    private readonly judges: JudgeService,
    private readonly conflicts: ConflictService,
    private readonly digest: AssignmentDigest,
    private readonly audit: AuditService,
    private readonly rankings: RankingService,
  ) {}

  async autoAssign(roundId: string, actorId: string | null): Promise<AutoAssignResponse> {
    if ((await this.auto.entryCount(roundId)) > this.config.ASSIGNMENT_JOB_THRESHOLD)
      return { queued: true, ...(await this.jobs.start(roundId, actorId)) };
    return { queued: false, ...(await this.auto.run(roundId, actorId)) };
  }

  async job(roundId: string, jobId: string) {
    const job = await this.jobs.status(roundId, jobId);
    if (!job) throw new DomainError(ErrorCode.NOT_FOUND, 'No such assignment job');
    return job;
  }

  /** The judges x entries matrix: accepted judges, the round's entries and active assignments. */
  async matrix(roundId: string): Promise<AssignmentMatrixResponse> {
    const manager = this.tx.manager;
    const round = await this.repository.round(manager, roundId);
    const [judges, entries, active, conflicts] = await Promise.all([
      this.judges.acceptedJudges(round.contestId, manager),
      this.repository.roundEntries(manager, roundId),
      this.repository.active(manager, roundId),
      this.conflicts.conflictMatrix(round.contestId, manager),
    ]);
    const inRound = new Set(entries.map((e) => e.entryId));
    const perEntry = new Map<string, number>();
    for (const a of active) perEntry.set(a.entryId, (perEntry.get(a.entryId) ?? 0) + 1);
    const rows = judges.map((j) => {
      const mine = active.filter((a) => a.judgeUserId === j.userId);
      return {
        judgeUserId: j.userId,
        fullName: j.fullName,
        organization: j.organization,
        load: mine.length,
        scored: mine.filter((a) => a.status === AssignmentStatus.scored).length,
      };
    });
    const loads = rows.map((r) => r.load);
    const min = loads.length ? Math.min(...loads) : 0;
    const max = loads.length ? Math.max(...loads) : 0;
    return {
      roundId,
      reviewsPerEntry: round.reviewsPerEntry,
      maxLoadPerJudge: round.maxLoadPerJudge,
      judges: rows,
      entries: entries.map((e) => ({ ...e, assignments: perEntry.get(e.entryId) ?? 0 })),
      assignments: active.map(toAssignmentResponse),
      conflicts: judges.flatMap((j) =>
        [...conflicts.entriesOf(j.userId)]
          .filter((entryId) => inRound.has(entryId))
          .map((entryId) => ({ judgeUserId: j.userId, entryId })),
      ),
      loads: { min, max, spread: max - min },
      understaffed: entries.filter((e) => (perEntry.get(e.entryId) ?? 0) < round.reviewsPerEntry)
        .length,
    };
  }

  /**
   * 409 CONFLICT_OF_INTEREST for a conflicted pair; 409 CONFLICT when already assigned;
   * 409 JUDGE_AT_MAX_LOAD when the judge has the round's maximum load.
   */
  async add(roundId: string, dto: AddAssignmentDto, actorId: string): Promise<AssignmentResponse> {
    return this.tx.run(async (manager) => {
      await this.repository.lockRound(manager, roundId, this.tx.isSqlite);
      const round = await this.repository.round(manager, roundId);
      if (!(await this.repository.isInRound(manager, roundId, dto.entryId)))
        throw new DomainError(ErrorCode.NOT_FOUND, 'The entry is not in this round');
      await this.assertAssignable(manager, round, dto.entryId, dto.judgeUserId);
      const assignment = manager.create(Assignment, {
        roundId,
        entryId: dto.entryId,
        judgeUserId: dto.judgeUserId,
        status: AssignmentStatus.assigned,
        source: AssignmentSource.manual,
        dueAt: round.judgingClosesAt,
      });
      await manager.save(assignment);
      await recordAssignmentChange(this.audit, manager, actorId, 'assignment.added', assignment);
      await this.digest.enqueue(manager, round, assignment.id, [assignment.judgeUserId]);
      return toAssignmentResponse(assignment);
    });
  }

  /** Gives the assignment to another judge; one with a score only with `confirm` (the score goes). */
  async move(
    assignmentId: string,
    judgeUserId: string,
    actorId: string,
    confirm = false,
  ): Promise<AssignmentResponse> {
    let discardedScoreOf: string | undefined;
    const moved = await this.tx.run(async (manager) => {
      const assignment = await this.activeAssignment(manager, assignmentId);
      this.assertConfirmed(assignment, confirm, 'move');
      if (assignment.judgeUserId === judgeUserId) return toAssignmentResponse(assignment);
      await this.repository.lockRound(manager, assignment.roundId, this.tx.isSqlite);
      const round = await this.repository.round(manager, assignment.roundId);
      await this.assertAssignable(manager, round, assignment.entryId, judgeUserId);
      const from = assignment.judgeUserId;
      const hadScore = SCORED.has(assignment.status);
      if (hadScore) await manager.delete(Score, { assignmentId });
      if (hadScore) discardedScoreOf = assignment.roundId;
      Object.assign(assignment, {
        judgeUserId,
        status: AssignmentStatus.assigned,
        source: AssignmentSource.manual,
      });
      await manager.save(assignment);
      await recordAssignmentChange(this.audit, manager, actorId, 'assignment.moved', assignment, {
        fromJudgeUserId: from,
        scoreDeleted: hadScore,
      });
      await this.digest.enqueue(manager, round, `${assignment.id}-${Date.now()}`, [judgeUserId]);
      return toAssignmentResponse(assignment);
    });
    // A discarded score changes the ranking.
    if (discardedScoreOf) await this.rankings.requestRecompute(discardedScoreOf);
    return moved;
  }

  /** Removes an assignment; one with a score only with `confirm` (the score goes with it). */
  async remove(assignmentId: string, actorId: string, confirm = false): Promise<void> {
    const discardedScoreOf = await this.tx.run(async (manager) => {
      const assignment = await manager.findOneBy(Assignment, { id: assignmentId });
      if (!assignment) throw new DomainError(ErrorCode.NOT_FOUND, 'No such assignment');
      this.assertConfirmed(assignment, confirm, 'remove');
      const hadScore = SCORED.has(assignment.status);
      if (hadScore) await manager.delete(Score, { assignmentId });
      await manager.delete(Assignment, { id: assignmentId });
      await recordAssignmentChange(this.audit, manager, actorId, 'assignment.removed', assignment, {
        scoreDeleted: hadScore,
      });
      return hadScore ? assignment.roundId : undefined;
    });
    if (discardedScoreOf) await this.rankings.requestRecompute(discardedScoreOf);
  }

  private async activeAssignment(manager: EntityManager, id: string): Promise<Assignment> {
    const assignment = await manager.findOneBy(Assignment, { id });
    if (!assignment || assignment.status === AssignmentStatus.released)
      throw new DomainError(ErrorCode.NOT_FOUND, 'No such assignment');
    return assignment;
  }

  private assertConfirmed(assignment: Assignment, confirm: boolean, what: string): void {
    if (SCORED.has(assignment.status) && !confirm)
      throw new DomainError(
        ErrorCode.CONFLICT,
        `The judge has already scored this entry; ${what} it with confirm=true to discard the score`,
      );
  }

  private async assertAssignable(
    manager: EntityManager,
    round: Round,
    entryId: string,
    judgeUserId: string,
  ): Promise<void> {
    const judges = await this.judges.acceptedJudges(round.contestId, manager);
    if (!judges.some((j) => j.userId === judgeUserId))
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Not an accepted judge of this contest', [
        {
          field: 'judgeUserId',
          code: 'notJudge',
          messages: ['must be an accepted judge of the contest'],
        },
      ]);
    if (await this.conflicts.isConflicted(judgeUserId, entryId, manager))
      throw new DomainError(
        ErrorCode.CONFLICT_OF_INTEREST,
        'This judge has a conflict of interest with the entry',
      );
    if (await manager.existsBy(Assignment, { roundId: round.id, entryId, judgeUserId }))
      throw new DomainError(ErrorCode.CONFLICT, 'This judge is already assigned to the entry');
    // Counted under the round's lock (taken by the callers), so two changes at once cannot
    // both take the judge's last place.
    if (
      round.maxLoadPerJudge !== null &&
      (await this.repository.judgeLoad(manager, round.id, judgeUserId)) >= round.maxLoadPerJudge
    )
      throw new DomainError(
        ErrorCode.JUDGE_AT_MAX_LOAD,
        `This judge already has the round's maximum of ${round.maxLoadPerJudge} entries`,
      );
  }
}
