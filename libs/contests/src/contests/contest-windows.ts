import { ContestStatus } from './contest.entity';
import type { Contest } from './contest.entity';

type Windows = Pick<
  Contest,
  'status' | 'registrationOpensAt' | 'submissionDeadline' | 'graceMinutes'
>;

/** The last instant a submission is accepted: the deadline plus the grace minutes. */
export function submissionClosesAt(
  contest: Pick<Contest, 'submissionDeadline' | 'graceMinutes'>,
): Date | null {
  if (!contest.submissionDeadline) return null;
  return new Date(new Date(contest.submissionDeadline).getTime() + contest.graceMinutes * 60_000);
}

/**
 * Whether the contest takes submissions at `now` (the server's clock): open, registration
 * opened, and not past the deadline plus grace (the closing instant itself still counts).
 * A contest without a deadline takes none: an open-ended contest would not be fair.
 */
export function isAcceptingSubmissions(contest: Windows, now: Date = new Date()): boolean {
  if (contest.status !== ContestStatus.open) return false;
  if (
    contest.registrationOpensAt &&
    now.getTime() < new Date(contest.registrationOpensAt).getTime()
  )
    return false;
  const closesAt = submissionClosesAt(contest);
  return closesAt !== null && now.getTime() <= closesAt.getTime();
}

/**
 * A round whose scoring opens while teams may still submit: judges would score entries that
 * can still change. Allowed (a live final may be planned so), but organizers are warned.
 */
export function scoringOpensBeforeSubmissionsClose(
  round: { judgingOpensAt: Date | string | null },
  contest: { submissionDeadline: Date | string | null; graceMinutes: number },
): boolean {
  if (!round.judgingOpensAt || !contest.submissionDeadline) return false;
  const closesAt = new Date(contest.submissionDeadline).getTime() + contest.graceMinutes * 60_000;
  return new Date(round.judgingOpensAt).getTime() < closesAt;
}
