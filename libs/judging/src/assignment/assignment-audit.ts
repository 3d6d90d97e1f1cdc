import type { EntityManager } from 'typeorm';
import type { AuditService } from '@app/accounts';
import type { Assignment } from './assignment.entity';

/** Writes one change of an assignment (added, moved, removed, released) to the audit log. */
export function recordAssignmentChange(
  audit: AuditService,
  manager: EntityManager,
  actorId: string | null,
  action: string,
  assignment: Assignment,
  extra: Record<string, string | number | boolean | null> = {},
): Promise<void> {
  return audit.record(manager, {
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
