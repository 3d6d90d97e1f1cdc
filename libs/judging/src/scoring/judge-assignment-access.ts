import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Contest, Round } from '@app/contests';
import { DomainError, ErrorCode, selectRow } from '@app/platform';
import { Assignment, AssignmentStatus } from '../assignment/assignment.entity';
import type { JudgeProfile } from '../conflicts/conflict-matrix';
import { ConflictService } from '../conflicts/conflict.service';

export interface AccessibleAssignment {
  assignment: Assignment;
  round: Round;
  contest: Contest;
}

/** The statuses of an assignment that still counts: every one but released. */
const NOT_RELEASED = Object.values(AssignmentStatus).filter(
  (status) => status !== AssignmentStatus.released,
);

export function notFound(): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, 'Not found');
}

/**
 * The one gate to an assignment for its judge. Anything else (another judge's, a released
 * one, one whose entry conflicts with the judge) is "not found", so neither its existence
 * nor the conflict shows.
 */
@Injectable()
export class JudgeAssignmentAccess {
  constructor(private readonly conflicts: ConflictService) {}

  /** The judge is the signed-in caller: their profile comes with the request. */
  async load(
    manager: EntityManager,
    judge: JudgeProfile,
    assignmentId: string,
  ): Promise<AccessibleAssignment> {
    // Plain-SQL reads (selectRow): every score save and scoring page passes here.
    const assignment = await selectRow(manager, Assignment, {
      id: assignmentId,
      judgeUserId: judge.userId,
      status: NOT_RELEASED,
    });
    if (!assignment) throw notFound();
    const round = await selectRow(manager, Round, { id: assignment.roundId });
    const contest = round && (await selectRow(manager, Contest, { id: round.contestId }));
    if (!round || !contest) throw notFound();
    if (await this.conflicts.isJudgeConflicted(judge, assignment.entryId, manager))
      throw notFound();
    return { assignment, round, contest };
  }
}
