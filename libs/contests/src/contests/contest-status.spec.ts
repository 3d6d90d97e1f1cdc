import { ContestStatus } from './contest.entity';
import { allowedTransitions, canTransition, isPublished } from './contest-status';

const { draft, open, closed, judging, announced } = ContestStatus;
const ALL = [draft, open, closed, judging, announced];

describe('contest status transitions', () => {
  it.each([
    [draft, open],
    [open, closed],
    [closed, judging],
    [closed, open],
    [judging, announced],
  ])('allows %s -> %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it('allows exactly the documented transitions and nothing else', () => {
    const allowed = ALL.flatMap((from) =>
      ALL.filter((to) => to !== from && canTransition(from, to)).map((to) => `${from}->${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'draft->open',
        'open->closed',
        'closed->judging',
        'closed->open',
        'judging->announced',
      ].sort(),
    );
  });

  it.each([
    [draft, closed],
    [draft, announced],
    [open, draft],
    [open, judging],
    [judging, open],
    [judging, closed],
    [announced, judging],
    [announced, draft],
  ])('refuses %s -> %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('treats staying in the same status as no transition', () => {
    for (const status of ALL) expect(canTransition(status, status)).toBe(true);
  });

  it('ends at announced', () => {
    expect(allowedTransitions(announced)).toEqual([]);
  });

  it('publishes every contest but drafts', () => {
    expect(ALL.filter(isPublished)).toEqual([open, closed, judging, announced]);
  });
});
