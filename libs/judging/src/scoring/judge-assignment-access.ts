import { Injectable } from '@nestjs/common';
import { EntityManager, Not } from 'typeorm';
import { Contest, Round } from '@app/contests';
import { DomainError, ErrorCode } from '@app/platform';
import { Assignment, AssignmentStatus } from '../assignment/assignment.entity';
import { ConflictService } from '../conflicts/conflict.service';

export interface AccessibleAssignment {
  assignment: Assignment;
  round: Round;
  contest: Contest;
}

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

  async load(
    manager: EntityManager,
    judgeUserId: string,
    assignmentId: string,
  ): Promise<AccessibleAssignment> {
    const assignment = await manager.findOneBy(Assignment, {
      id: assignmentId,
      judgeUserId,
      status: Not(AssignmentStatus.released),
    });
    if (!assignment) throw notFound();
    const round = await manager.findOneBy(Round, { id: assignment.roundId });
    const contest = round && (await manager.findOneBy(Contest, { id: round.contestId }));
    if (!round || !contest) throw notFound();
    if (await this.conflicts.isConflicted(judgeUserId, assignment.entryId, manager))
      throw notFound();
    return { assignment, round, contest };
  }
}
