import { ConflictOfInterest, ConflictSource } from './conflict-of-interest.entity';
import type { ConflictReason } from './conflict-matrix';
import type { ConflictReasonResponse, ConflictResponse } from './conflict.dto';

export function toConflictResponse(conflict: ConflictOfInterest): ConflictResponse {
  return {
    id: conflict.id,
    contestId: conflict.contestId,
    judgeUserId: conflict.judgeUserId,
    subject: conflict.subject,
    value: conflict.value,
    source: conflict.source,
    reason: conflict.reason,
    status: conflict.status,
    reviewedAt: conflict.reviewedAt ? new Date(conflict.reviewedAt).toISOString() : null,
    createdAt: new Date(conflict.createdAt).toISOString(),
    removableByJudge: conflict.source === ConflictSource.declared,
  };
}

export function toConflictReasonResponse(reason: ConflictReason): ConflictReasonResponse {
  return {
    source: reason.source,
    subject: reason.subject,
    value: reason.value,
    conflictId: 'conflictId' in reason ? reason.conflictId : null,
  };
}
