import type { AssignmentResponse } from './assignment.dto';
import type { Assignment } from './assignment.entity';

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
