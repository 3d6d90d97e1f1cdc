/** The part of a contest the deadline rule reads. */
export interface SubmissionWindow {
  submissionDeadline: Date | null;
  graceMinutes: number;
}

/**
 * The last instant a change is accepted: the deadline plus the grace minutes. Absent when
 * the contest has no deadline yet (then nothing closes).
 */
export function acceptsChangesUntil(window: SubmissionWindow): Date | null {
  if (!window.submissionDeadline) return null;
  const graceMs = Math.max(0, window.graceMinutes ?? 0) * 60_000;
  return new Date(window.submissionDeadline.getTime() + graceMs);
}

/**
 * Whether a change made at `now` (the server's clock) is still in time. The closing
 * instant itself is still in time: a deadline of 17:00:00 accepts 17:00:00.000.
 */
export function isBeforeDeadline(window: SubmissionWindow, now: Date): boolean {
  const until = acceptsChangesUntil(window);
  return until === null || now.getTime() <= until.getTime();
}
