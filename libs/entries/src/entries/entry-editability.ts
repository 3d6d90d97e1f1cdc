import { submissionClosesAt } from '@app/contests/contests/contest-windows';
import type { Contest } from '@app/contests/contests/contest.entity';
import { DomainError, ErrorCode } from '@app/platform/errors';
import { Entry, EntryStatus } from './entry.entity';

/** The statuses in which the team may still change, submit or withdraw its entry. */
export const EDITABLE_STATUSES: ReadonlySet<EntryStatus> = new Set([
  EntryStatus.draft,
  EntryStatus.submitted,
]);

type Window = Pick<Contest, 'submissionDeadline' | 'graceMinutes'>;

/**
 * The one rule for "may the team still act on this entry": it is a draft or submitted, and
 * the server's clock is not past the deadline plus grace (the closing instant itself still
 * counts; a contest without a deadline has not closed). Checked inside the transaction
 * that makes the change, with the contest row read in it.
 */
export function assertEntryEditable(
  entry: Entry,
  contest: Window,
  now: Date,
  action = 'changed',
): void {
  if (!EDITABLE_STATUSES.has(entry.status)) {
    throw new DomainError(ErrorCode.ENTRY_LOCKED, `A ${entry.status} entry cannot be ${action}`);
  }
  assertBeforeDeadline(contest, now);
}

export function assertBeforeDeadline(contest: Window, now: Date): void {
  const closesAt = submissionClosesAt(contest);
  if (closesAt && now.getTime() > closesAt.getTime()) {
    throw new DomainError(ErrorCode.DEADLINE_PASSED, 'The submission deadline has passed');
  }
}
