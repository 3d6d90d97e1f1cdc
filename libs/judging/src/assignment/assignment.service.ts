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
  ReleaseResult,
} from './assignment.dto';
import { AssignmentDigest } from './assignment-digest';
import { AssignmentJobs } from './assignment-jobs';
import { organisationKey } from './assignment-planner';
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
      await this.recordChange(manager, actorId, 'assignment.added', assignment);
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
      await this.recordChange(manager, actorId, 'assignment.moved', assignment, {
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
      await this.recordChange(manager, actorId, 'assignment.removed', assignment, {
        scoreDeleted: hadScore,
      });
      return hadScore ? assignment.roundId : undefined;
    });
    if (discardedScoreOf) await this.rankings.requestRecompute(discardedScoreOf);
  }

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
    await this.recordChange(manager, actorId, 'assignment.released', assignment, {
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

  private recordChange(
    manager: EntityManager,
    actorId: string | null,
    action: string,
    assignment: Assignment,
    extra: Record<string, string | number | boolean | null> = {},
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId,
      action,
      subjectType: 'assignment',
      subjectId: assignment.id,
      data: {
        roundId: assignment.roundId,
        entryId: assignment.entryId,
        judgeUserId: assignment.judgeUserId,
        ...extra,
      },
    });
  }
}

export function toAssignmentResponse(a: Assignment): AssignmentResponse {
  return {
    id: a.id,
    roundId: a.roundId,
    entryId: a.entryId,
    judgeUserId: a.judgeUserId,
    status: a.status,
    source: a.source,
    dueAt: a.dueAt?.toISOString() ?? null,
    createdAt: (a.createdAt ?? new Date()).toISOString(),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
