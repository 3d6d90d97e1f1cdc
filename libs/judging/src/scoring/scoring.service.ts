import { Injectable, Logger } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { AuditService } from '@app/accounts';
import { Round } from '@app/contests';
import { DomainError, ErrorCode, isUniqueViolation, TransactionRunner } from '@app/platform';
import { Assignment, AssignmentStatus } from '../assignment/assignment.entity';
import { ConflictReleaseService } from '../assignment/conflict-release.service';
import type { JudgeProfile } from '../conflicts/conflict-matrix';
import { ConflictService } from '../conflicts/conflict.service';
import { RankingService } from '../ranking/ranking.service';
import { JudgeAssignmentAccess } from './judge-assignment-access';
import { LiveScoringGate } from './live-scoring-gate';
import { judgingWindowState } from './judging-window';
import { Score, ScoreStatus } from './score.entity';
import { OwnScoreView, toOwnScoreView } from './score.mapper';
import { keptPoints, scoreErrors, totalOf } from './score-validation';
import type { DeclareConflictDto, SaveScoreDto } from './scoring.dto';

/**
 * A judge's scores. Saving is optimistic: the form carries the version it was built on and
 * the UPDATE only applies to that version, so of two tabs saving from the same version one
 * wins and the other gets STALE_VERSION instead of silently overwriting it.
 */
@Injectable()
export class ScoringService {
  private readonly logger = new Logger(ScoringService.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly access: JudgeAssignmentAccess,
    private readonly audit: AuditService,
    private readonly conflicts: ConflictService,
    private readonly conflictRelease: ConflictReleaseService,
    private readonly rankings: RankingService,
    private readonly liveGate: LiveScoringGate,
  ) {}

  /** The judge is the signed-in caller: their profile comes with the request. */
  async save(judge: JudgeProfile, assignmentId: string, dto: SaveScoreDto): Promise<OwnScoreView> {
    const judgeUserId = judge.userId;
    const submitting = dto.submit === true;
    const { score, roundId } = await this.tx.run(async (manager) => {
      const { assignment, round } = await this.access.load(manager, judge, assignmentId);
      assertWindowOpen(round);
      await this.liveGate.assertMayScore(manager, round, assignment.entryId);
      const errors = scoreErrors(round.criteria, dto.scores, submitting);
      if (errors.length > 0)
        throw new DomainError(ErrorCode.VALIDATION_FAILED, 'The score is not valid', errors);
      const saved = await this.write(manager, assignment, dto, submitting);
      await this.followAssignment(manager, assignment, submitting);
      if (!round.rubricLockedAt) await lockRubric(manager, round.id);
      if (submitting || saved.reopened)
        await this.audit.record(manager, {
          actorId: judgeUserId,
          action: submitting ? 'score.submitted' : 'score.reopened',
          subjectType: 'score',
          subjectId: saved.score.id,
          data: {
            assignmentId,
            roundId: round.id,
            entryId: assignment.entryId,
            total: totalOf(saved.score.values),
            version: saved.score.version,
          },
        });
      return { score: saved.score, roundId: round.id };
    });
    await this.requestRecompute(roundId);
    return toOwnScoreView(score);
  }

  /**
   * The judge declares a conflict on an assigned entry: it is recorded, the judge's score of
   * it is deleted (a conflicted score must never count) and the assignment is released to a
   * replacement. After the window closes scores are final; organizers record conflicts then.
   */
  async declareConflict(
    judgeUserId: string,
    assignmentId: string,
    dto: DeclareConflictDto,
  ): Promise<{ released: true }> {
    const { assignment, hadSubmitted } = await this.tx.run(async (manager) => {
      const found = await manager.findOneBy(Assignment, { id: assignmentId, judgeUserId });
      if (!found || found.status === AssignmentStatus.released)
        throw new DomainError(ErrorCode.NOT_FOUND, 'Not found');
      const round = await manager.findOneByOrFail(Round, { id: found.roundId });
      assertWindowOpen(round, true);
      const score = await manager.findOneBy(Score, { assignmentId });
      if (score) await manager.delete(Score, { id: score.id });
      await this.audit.record(manager, {
        actorId: judgeUserId,
        action: 'assignment.conflict_declared',
        subjectType: 'assignment',
        subjectId: assignmentId,
        data: { roundId: found.roundId, entryId: found.entryId, scoreDeleted: score !== null },
      });
      await this.conflicts.declareOnEntry(judgeUserId, found.entryId, dto.reason, manager);
      await this.conflictRelease.releaseForConflict(assignmentId, judgeUserId, manager);
      return { assignment: found, hadSubmitted: score?.status === ScoreStatus.submitted };
    });
    if (hadSubmitted) await this.requestRecompute(assignment.roundId);
    return { released: true };
  }

  private async write(
    manager: EntityManager,
    assignment: Assignment,
    dto: SaveScoreDto,
    submitting: boolean,
  ): Promise<{ score: Score; reopened: boolean }> {
    const existing = await manager.findOneBy(Score, { assignmentId: assignment.id });
    const now = new Date();
    const status = submitting ? ScoreStatus.submitted : ScoreStatus.draft;
    const values = keptPoints(dto.scores);
    if (!existing) {
      // A version sent for a score that is not there (deleted meanwhile) is stale as well.
      if (dto.version !== undefined) throw staleVersion(null);
      const score = manager.create(Score, {
        assignmentId: assignment.id,
        roundId: assignment.roundId,
        entryId: assignment.entryId,
        judgeUserId: assignment.judgeUserId,
        values,
        commentForTeam: dto.commentForTeam ?? null,
        noteForOrganizers: dto.noteForOrganizers ?? null,
        status,
        submittedAt: submitting ? now : null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      try {
        await manager.insert(Score, score);
      } catch (error) {
        // Two first saves at once: the unique assignment id lets one in.
        if (isUniqueViolation(error)) throw staleVersion(null);
        throw error;
      }
      return { score, reopened: false };
    }
    if (dto.version === undefined || dto.version !== existing.version)
      throw staleVersion(existing.version);
    const changes: Partial<Score> = {
      values,
      commentForTeam:
        dto.commentForTeam === undefined ? existing.commentForTeam : dto.commentForTeam,
      noteForOrganizers:
        dto.noteForOrganizers === undefined ? existing.noteForOrganizers : dto.noteForOrganizers,
      status,
      submittedAt: submitting ? now : null,
    };
    const result = await manager
      .createQueryBuilder()
      .update(Score)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: existing.id, version: existing.version })
      .execute();
    if (result.affected !== 1) throw staleVersion(null);
    const score = Object.assign(existing, changes, {
      version: existing.version + 1,
      updatedAt: now,
    });
    return { score, reopened: !submitting && existing.status === ScoreStatus.submitted };
  }

  private async followAssignment(
    manager: EntityManager,
    assignment: Assignment,
    submitting: boolean,
  ): Promise<void> {
    const status = submitting ? AssignmentStatus.scored : AssignmentStatus.inProgress;
    if (assignment.status !== status)
      await manager.update(Assignment, { id: assignment.id }, { status });
  }

  /** After the commit; a failed request is logged, not turned into a failed save (the next save asks again). */
  private async requestRecompute(roundId: string): Promise<void> {
    try {
      await this.rankings.requestRecompute(roundId);
    } catch (error) {
      this.logger.warn({ err: error, roundId }, 'ranking recomputation not requested');
    }
  }
}

function assertWindowOpen(round: Round, allowBeforeOpen = false): void {
  const state = judgingWindowState(round, new Date());
  if (state === 'closed')
    throw new DomainError(ErrorCode.JUDGING_CLOSED, 'The judging window of this round is closed');
  if (state === 'not_open' && !allowBeforeOpen)
    throw new DomainError(ErrorCode.JUDGING_NOT_OPEN, 'The judging window has not opened yet');
}

/**
 * The first score of a round freezes its rubric. Setting `version` to itself keeps TypeORM
 * from bumping the round's @VersionColumn, so an organizer's form on the round's dates
 * stays valid; the round service refuses rubric changes by `rubricLockedAt` itself.
 */
async function lockRubric(manager: EntityManager, roundId: string): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(Round)
    .set({ rubricLockedAt: new Date(), version: () => 'version' })
    .where({ id: roundId, rubricLockedAt: IsNull() })
    .execute();
}

function staleVersion(current: number | null): DomainError {
  return new DomainError(
    ErrorCode.STALE_VERSION,
    'The score was changed meanwhile (another tab or device); reload it and save again',
    current === null
      ? undefined
      : [{ field: 'version', code: 'staleVersion', messages: [`current version is ${current}`] }],
  );
}
