import { ContestStatus } from './contest.entity';

/**
 * The life of a contest: draft -> open -> closed -> judging -> announced.
 * One way back is allowed, closed -> open, so organizers can reopen submissions
 * (an extended deadline) before judging starts; once judging has begun the entries
 * judges see must not change, and an announcement is final.
 */
const NEXT: Record<ContestStatus, readonly ContestStatus[]> = {
  [ContestStatus.draft]: [ContestStatus.open],
  [ContestStatus.open]: [ContestStatus.closed],
  [ContestStatus.closed]: [ContestStatus.judging, ContestStatus.open],
  [ContestStatus.judging]: [ContestStatus.announced],
  [ContestStatus.announced]: [],
};

export function allowedTransitions(from: ContestStatus): readonly ContestStatus[] {
  return NEXT[from] ?? [];
}

/** Staying in the same status is not a transition (a PATCH may repeat the current one). */
export function canTransition(from: ContestStatus, to: ContestStatus): boolean {
  return from === to || allowedTransitions(from).includes(to);
}

/** Public contests are every contest that has left the draft. */
export function isPublished(status: ContestStatus): boolean {
  return status !== ContestStatus.draft;
}
