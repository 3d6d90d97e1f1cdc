import { ContestStatus } from './contest.entity';
import { isAcceptingSubmissions, submissionClosesAt } from './contest-windows';

const deadline = new Date('2027-03-31T16:59:00Z');
const base = {
  status: ContestStatus.open,
  registrationOpensAt: new Date('2027-01-01T00:00:00Z'),
  submissionDeadline: deadline,
  graceMinutes: 0,
};
const at = (ms: number) => new Date(deadline.getTime() + ms);

describe('submission windows', () => {
  it('accepts up to the deadline itself and refuses one second after', () => {
    expect(isAcceptingSubmissions(base, at(-1000))).toBe(true);
    expect(isAcceptingSubmissions(base, at(0))).toBe(true);
    expect(isAcceptingSubmissions(base, at(1000))).toBe(false);
  });

  it('adds the grace minutes', () => {
    const graced = { ...base, graceMinutes: 15 };
    expect(submissionClosesAt(graced)?.toISOString()).toBe('2027-03-31T17:14:00.000Z');
    expect(isAcceptingSubmissions(graced, at(15 * 60_000))).toBe(true);
    expect(isAcceptingSubmissions(graced, at(15 * 60_000 + 1000))).toBe(false);
  });

  it('refuses before registration opens', () => {
    expect(isAcceptingSubmissions(base, new Date('2026-12-31T23:59:59Z'))).toBe(false);
    expect(isAcceptingSubmissions(base, new Date('2027-01-01T00:00:00Z'))).toBe(true);
  });

  it('refuses unless the contest is open, and without a deadline', () => {
    for (const status of Object.values(ContestStatus).filter((s) => s !== ContestStatus.open))
      expect(isAcceptingSubmissions({ ...base, status }, at(-1000))).toBe(false);
    expect(isAcceptingSubmissions({ ...base, submissionDeadline: null }, at(-1000))).toBe(false);
  });
});
