import { ContestStatus } from './contest.entity';
import type { Contest } from './contest.entity';
import { submissionClosesAt } from './contest-windows';

/**
 * The life of a contest: draft -> open -> closed -> judging -> announced, and what each
 * step does to the people in it. The one place for both: the API, the pages and the
 * service that performs a change all read this table.
 *
 * One way back is allowed, closed -> open, so organizers can reopen submissions (an
 * extended deadline) before judging starts; once judging has begun the entries judges see
 * must not change. `announced` is not reached by a status change at all: it is the effect
 * of announcing results (an announcement without results was possible before, and was
 * made).
 */
const NEXT: Record<ContestStatus, readonly ContestStatus[]> = {
  [ContestStatus.draft]: [ContestStatus.open],
  [ContestStatus.open]: [ContestStatus.closed],
  [ContestStatus.closed]: [ContestStatus.judging, ContestStatus.open],
  [ContestStatus.judging]: [],
  [ContestStatus.announced]: [],
};

/** The statuses an organizer may move the contest to from `from`. */
export function allowedTransitions(from: ContestStatus): readonly ContestStatus[] {
  return NEXT[from] ?? [];
}

export function canTransition(from: ContestStatus, to: ContestStatus): boolean {
  return allowedTransitions(from).includes(to);
}

/** Public contests are every contest that has left the draft. */
export function isPublished(status: ContestStatus): boolean {
  return status !== ContestStatus.draft;
}

/**
 * What a change does, as codes the pages put in words (vi/en) and the API returns as is.
 * Each has its numbers or instants in `params` (instants as ISO 8601 text).
 */
export type ConsequenceCode =
  /** The public page appears; teams may register from `opensAt` and submit until `deadline`. */
  | 'becomesPublic'
  /** Submissions stop now although the published deadline `deadline` is still ahead. */
  | 'stopsEarly'
  /** The deadline `deadline` has passed: closing changes nothing for the teams. */
  | 'stopsAfterDeadline'
  /** `count` drafts can no longer be submitted (they stay drafts, kept, not judged). */
  | 'draftsStopped'
  /** `count` submitted entries can no longer be changed or withdrawn. */
  | 'submittedFrozen'
  /** Teams may change and submit again until `deadline`. */
  | 'reopensUntil'
  /** The deadline `deadline` has passed: nothing can be submitted until it is moved. */
  | 'reopenPastDeadline'
  /** `count` drafts are left out of judging for good. */
  | 'draftsNotJudged'
  /** Judges may be assigned; submissions can never reopen. */
  | 'judgingFinal'
  /** `count` teams are told by e-mail. */
  | 'mailsTeams'
  /** No one is mailed. */
  | 'mailsNobody';

export interface Consequence {
  code: ConsequenceCode;
  params: Record<string, string | number>;
}

/** Entries of the contest by status, as the libs above contests count them. */
export type EntryCounts = Partial<Record<string, number>>;

/** Whom a change mails: the teams of entries in these statuses, with this template. */
export interface StatusChangeAudience {
  template: 'contest-closed-early' | 'contest-reopened';
  entryStatuses: readonly string[];
}

type Windows = Pick<
  Contest,
  'status' | 'registrationOpensAt' | 'submissionDeadline' | 'graceMinutes'
>;

/** Teams that may still act on an entry: their drafts and submissions are what a change touches. */
const ACTIVE_ENTRY_STATUSES = ['draft', 'submitted'] as const;

const iso = (date: Date | string | null) => (date ? new Date(date).toISOString() : '');

function beforeClosing(contest: Windows, now: Date): boolean {
  const closesAt = submissionClosesAt(contest);
  return closesAt !== null && now.getTime() <= closesAt.getTime();
}

/**
 * Whom moving `contest` to `to` at `now` mails, or null for nobody: closing before the
 * published deadline tells the teams of drafts and submitted entries that they stopped
 * early; reopening while the deadline is ahead tells them they may act again. Any other
 * change concerns no team (judges get their own mails when they are assigned).
 */
export function audienceOf(
  contest: Windows,
  to: ContestStatus,
  now: Date,
): StatusChangeAudience | null {
  const from = contest.status;
  if (from === ContestStatus.open && to === ContestStatus.closed && beforeClosing(contest, now))
    return { template: 'contest-closed-early', entryStatuses: ACTIVE_ENTRY_STATUSES };
  if (from === ContestStatus.closed && to === ContestStatus.open && beforeClosing(contest, now))
    return { template: 'contest-reopened', entryStatuses: ACTIVE_ENTRY_STATUSES };
  return null;
}

/** What moving `contest` to `to` at `now` does, in order of importance. */
export function consequencesOf(
  contest: Windows,
  to: ContestStatus,
  counts: EntryCounts,
  now: Date,
): Consequence[] {
  const from = contest.status;
  const drafts = counts.draft ?? 0;
  const submitted = counts.submitted ?? 0;
  const deadline = iso(contest.submissionDeadline);
  const result: Consequence[] = [];
  const add = (code: ConsequenceCode, params: Consequence['params'] = {}) =>
    result.push({ code, params });

  if (from === ContestStatus.draft && to === ContestStatus.open)
    add('becomesPublic', { opensAt: iso(contest.registrationOpensAt), deadline });
  if (from === ContestStatus.open && to === ContestStatus.closed) {
    add(beforeClosing(contest, now) ? 'stopsEarly' : 'stopsAfterDeadline', { deadline });
    if (drafts > 0) add('draftsStopped', { count: drafts });
    if (submitted > 0) add('submittedFrozen', { count: submitted });
  }
  if (from === ContestStatus.closed && to === ContestStatus.open)
    add(beforeClosing(contest, now) ? 'reopensUntil' : 'reopenPastDeadline', { deadline });
  if (from === ContestStatus.closed && to === ContestStatus.judging) {
    add('judgingFinal');
    if (drafts > 0) add('draftsNotJudged', { count: drafts });
  }

  const audience = audienceOf(contest, to, now);
  const teams = audience
    ? audience.entryStatuses.reduce((sum, status) => sum + (counts[status] ?? 0), 0)
    : 0;
  if (teams > 0) add('mailsTeams', { count: teams });
  else add('mailsNobody');
  return result;
}
