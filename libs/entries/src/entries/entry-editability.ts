import { ContestStatus, submissionClosesAt } from '@app/contests';
import type { Contest } from '@app/contests';
import { DomainError, ErrorCode } from '@app/platform';
import { Entry, EntryStatus } from './entry.entity';

/** The statuses in which the team may still change, submit or withdraw its entry. */
export const EDITABLE_STATUSES: ReadonlySet<EntryStatus> = new Set([
  EntryStatus.draft,
  EntryStatus.submitted,
]);

type Window = Pick<Contest, 'status' | 'submissionDeadline' | 'graceMinutes'>;

/** Why the team may not change its entry now; null while it may. */
export type EntryLock =
  ErrorCode.ENTRY_LOCKED | ErrorCode.DEADLINE_PASSED | ErrorCode.CONTEST_NOT_OPEN;

/**
 * The one rule for "may the team still act on this entry" (edit, team, answers, upload,
 * file removal, submit, withdraw): the entry is a draft or submitted, the contest is
 * `open`, and the server's clock is not past the deadline plus grace (the closing instant
 * itself still counts; a contest without a deadline has not closed). The contest's status
 * bounds the deadline: an organizer who closes the contest (or moves it to judging) early
 * stops every change at once, whatever deadline was published; reopening it (closed ->
 * open) lets changes in again until the deadline.
 */
export function entryLockOf(
  entry: Pick<Entry, 'status'>,
  contest: Window,
  now: Date,
): EntryLock | null {
  if (!EDITABLE_STATUSES.has(entry.status)) return ErrorCode.ENTRY_LOCKED;
  return contestLockOf(contest, now);
}

/** Why the contest takes no change to its entries now (past the deadline, not open), or null. */
function contestLockOf(contest: Window, now: Date): EntryLock | null {
  if (pastDeadline(contest, now)) return ErrorCode.DEADLINE_PASSED;
  if (contest.status !== ContestStatus.open) return ErrorCode.CONTEST_NOT_OPEN;
  return null;
}

/**
 * Withdrawal is final only once the contest stops taking changes: until then the team may
 * bring a withdrawn entry back as a draft (and submit it again, through the same checks).
 */
export function mayReopen(entry: Pick<Entry, 'status'>, contest: Window, now: Date): boolean {
  return entry.status === EntryStatus.withdrawn && contestLockOf(contest, now) === null;
}

/**
 * Throws the lock of `entryLockOf`. Checked inside the transaction that makes the change,
 * with the contest row read in it, so a contest closed a moment earlier already counts.
 */
export function assertEntryEditable(
  entry: Entry,
  contest: Window,
  now: Date,
  action = 'changed',
): void {
  throwLock(entryLockOf(entry, contest, now), entry, contest, action);
}

/** Throws unless a withdrawn entry may come back as a draft now (see `mayReopen`). */
export function assertReopenable(entry: Entry, contest: Window, now: Date): void {
  if (entry.status !== EntryStatus.withdrawn)
    throw new DomainError(ErrorCode.ENTRY_LOCKED, `A ${entry.status} entry cannot be reopened`);
  throwLock(contestLockOf(contest, now), entry, contest, 'reopened');
}

function throwLock(lock: EntryLock | null, entry: Entry, contest: Window, action: string): void {
  if (lock === ErrorCode.ENTRY_LOCKED)
    throw new DomainError(lock, `A ${entry.status} entry cannot be ${action}`);
  if (lock === ErrorCode.DEADLINE_PASSED)
    throw new DomainError(lock, 'The submission deadline has passed');
  if (lock === ErrorCode.CONTEST_NOT_OPEN)
    throw new DomainError(
      lock,
      `The contest is ${contest.status}: entries can no longer be ${action}`,
    );
}

export function assertBeforeDeadline(
  contest: Pick<Contest, 'submissionDeadline' | 'graceMinutes'>,
  now: Date,
): void {
  if (pastDeadline(contest, now))
    throw new DomainError(ErrorCode.DEADLINE_PASSED, 'The submission deadline has passed');
}

function pastDeadline(
  contest: Pick<Contest, 'submissionDeadline' | 'graceMinutes'>,
  now: Date,
): boolean {
  const closesAt = submissionClosesAt(contest);
  return closesAt !== null && now.getTime() > closesAt.getTime();
}
