import { ContestStatus } from './contest.entity';
import {
  allowedTransitions,
  audienceOf,
  canTransition,
  consequencesOf,
  isPublished,
} from './contest-status';

const { draft, open, closed, judging, announced } = ContestStatus;
const ALL = [draft, open, closed, judging, announced];
const NOW = new Date('2026-12-01T03:00:00.000Z');
const DEADLINE = new Date('2027-03-31T16:59:00.000Z');

const contest = (status: ContestStatus, deadline: Date | null = DEADLINE) => ({
  status,
  registrationOpensAt: new Date('2026-11-01T01:00:00.000Z'),
  submissionDeadline: deadline,
  graceMinutes: 0,
});
const codes = (list: { code: string }[]) => list.map((c) => c.code);

describe('contest status transitions', () => {
  it('allows exactly draft->open, open->closed, closed->judging and closed->open', () => {
    const allowed = ALL.flatMap((from) =>
      ALL.filter((to) => canTransition(from, to)).map((to) => `${from}->${to}`),
    );
    expect(allowed.sort()).toEqual(
      ['draft->open', 'open->closed', 'closed->judging', 'closed->open'].sort(),
    );
  });

  it('never reaches announced by a status change: announcing results does', () => {
    for (const from of ALL) expect(canTransition(from, announced)).toBe(false);
    expect(allowedTransitions(judging)).toEqual([]);
  });

  it('is no transition to stay in the same status', () => {
    for (const status of ALL) expect(canTransition(status, status)).toBe(false);
  });

  it('publishes every contest but drafts', () => {
    expect(ALL.filter(isPublished)).toEqual([open, closed, judging, announced]);
  });
});

describe('consequences of a status change', () => {
  it('says that opening makes the contest public with its windows, mailing nobody', () => {
    const result = consequencesOf(contest(draft), open, {}, NOW);
    expect(result).toEqual([
      {
        code: 'becomesPublic',
        params: { opensAt: '2026-11-01T01:00:00.000Z', deadline: DEADLINE.toISOString() },
      },
      { code: 'mailsNobody', params: {} },
    ]);
  });

  it('says that closing before the deadline stops entries early and mails drafts and submitted teams', () => {
    const result = consequencesOf(
      contest(open),
      closed,
      { draft: 2, submitted: 3, withdrawn: 4 },
      NOW,
    );
    expect(result).toEqual([
      { code: 'stopsEarly', params: { deadline: DEADLINE.toISOString() } },
      { code: 'draftsStopped', params: { count: 2 } },
      { code: 'submittedFrozen', params: { count: 3 } },
      { code: 'mailsTeams', params: { count: 5 } },
    ]);
    expect(audienceOf(contest(open), closed, NOW)).toEqual({
      template: 'contest-closed-early',
      entryStatuses: ['draft', 'submitted'],
    });
  });

  it('mails nobody when closing after the deadline (grace included)', () => {
    const passed = { ...contest(open, new Date(NOW.getTime() - 10 * 60_000)), graceMinutes: 5 };
    expect(codes(consequencesOf(passed, closed, { draft: 1 }, NOW))).toEqual([
      'stopsAfterDeadline',
      'draftsStopped',
      'mailsNobody',
    ]);
    expect(audienceOf(passed, closed, NOW)).toBeNull();
    // Within the grace minutes the contest still takes entries: closing then is early.
    const inGrace = { ...passed, graceMinutes: 15 };
    expect(audienceOf(inGrace, closed, NOW)?.template).toBe('contest-closed-early');
  });

  it('says reopening lets teams act until the deadline, and mails them', () => {
    expect(codes(consequencesOf(contest(closed), open, { submitted: 1 }, NOW))).toEqual([
      'reopensUntil',
      'mailsTeams',
    ]);
    expect(audienceOf(contest(closed), open, NOW)?.template).toBe('contest-reopened');
  });

  it('warns that reopening past the deadline takes no entry, and mails nobody', () => {
    const passed = contest(closed, new Date(NOW.getTime() - 60_000));
    expect(codes(consequencesOf(passed, open, { submitted: 1 }, NOW))).toEqual([
      'reopenPastDeadline',
      'mailsNobody',
    ]);
  });

  it('says judging is final and leaves drafts out', () => {
    expect(consequencesOf(contest(closed), judging, { draft: 4, submitted: 9 }, NOW)).toEqual([
      { code: 'judgingFinal', params: {} },
      { code: 'draftsNotJudged', params: { count: 4 } },
      { code: 'mailsNobody', params: {} },
    ]);
  });
});
