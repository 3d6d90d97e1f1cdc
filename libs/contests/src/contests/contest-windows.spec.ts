import { ContestStatus } from './contest.entity';
import {
  isAcceptingSubmissions,
  scoringOpensBeforeSubmissionsClose,
  submissionClosesAt,
} from './contest-windows';

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

describe('scoringOpensBeforeSubmissionsClose', () => {
  const contest = { submissionDeadline: '2027-03-31T23:59:00+07:00', graceMinutes: 15 };
  const opening = (judgingOpensAt: string | null) =>
    scoringOpensBeforeSubmissionsClose({ judgingOpensAt }, contest);

  it('warns while teams may still submit, grace minutes included', () => {
    expect(opening('2027-03-31T10:00:00+07:00')).toBe(true);
    expect(opening('2027-04-01T00:10:00+07:00')).toBe(true);
  });

  it('is quiet once submissions have closed, or when a date is missing', () => {
    expect(opening('2027-04-01T00:14:00+07:00')).toBe(false);
    expect(opening('2027-04-02T08:00:00+07:00')).toBe(false);
    expect(opening(null)).toBe(false);
    expect(
      scoringOpensBeforeSubmissionsClose(
        { judgingOpensAt: '2027-03-01T08:00:00+07:00' },
        { submissionDeadline: null, graceMinutes: 0 },
      ),
    ).toBe(false);
  });
});
