import { DomainError, ErrorCode } from '@app/platform/errors';
import type { SubmissionWindow } from '../deadline/deadline-rule';
import { isBeforeDeadline } from '../deadline/deadline-rule';
import { Entry, EntryStatus } from '../entries/entry.entity';

/**
 * An applicant may change an entry (and its files) while it is a draft or submitted, up to
 * the deadline plus grace, by the server's clock.
 */
export function assertEntryEditable(entry: Entry, window: SubmissionWindow, now: Date): void {
  if (entry.status !== EntryStatus.draft && entry.status !== EntryStatus.submitted) {
    throw new DomainError(ErrorCode.CONFLICT, 'The entry can no longer be changed');
  }
  if (!isBeforeDeadline(window, now)) {
    throw new DomainError(ErrorCode.DEADLINE_PASSED, 'The submission deadline has passed');
  }
}
