import { acceptsChangesUntil, isBeforeDeadline } from './deadline-rule';

// 17:00 in Vietnam (UTC+7) on 30 June 2026.
const deadline = new Date('2026-06-30T17:00:00+07:00');
const at = (offsetMs: number) => new Date(deadline.getTime() + offsetMs);

describe('deadline rule', () => {
  it('accepts one second before the deadline and at the deadline itself', () => {
    const window = { submissionDeadline: deadline, graceMinutes: 0 };
    expect(isBeforeDeadline(window, at(-1000))).toBe(true);
    expect(isBeforeDeadline(window, at(0))).toBe(true);
  });

  it('refuses one second after the deadline when there is no grace', () => {
    const window = { submissionDeadline: deadline, graceMinutes: 0 };
    expect(isBeforeDeadline(window, at(1000))).toBe(false);
    expect(isBeforeDeadline(window, at(1))).toBe(false);
  });

  it('accepts during the grace minutes and one second before they end', () => {
    const window = { submissionDeadline: deadline, graceMinutes: 15 };
    expect(isBeforeDeadline(window, at(1000))).toBe(true);
    expect(isBeforeDeadline(window, at(15 * 60_000 - 1000))).toBe(true);
    expect(isBeforeDeadline(window, at(15 * 60_000))).toBe(true);
  });

  it('refuses one second after the grace minutes end', () => {
    const window = { submissionDeadline: deadline, graceMinutes: 15 };
    expect(isBeforeDeadline(window, at(15 * 60_000 + 1000))).toBe(false);
  });

  it('reads the deadline as an instant: 17:00 in Vietnam is 10:00 UTC', () => {
    const window = { submissionDeadline: deadline, graceMinutes: 0 };
    expect(isBeforeDeadline(window, new Date('2026-06-30T10:00:00Z'))).toBe(true);
    expect(isBeforeDeadline(window, new Date('2026-06-30T10:00:01Z'))).toBe(false);
    expect(acceptsChangesUntil({ submissionDeadline: deadline, graceMinutes: 10 })).toEqual(
      new Date('2026-06-30T10:10:00Z'),
    );
  });

  it('never closes a contest without a deadline, and ignores a negative grace', () => {
    expect(isBeforeDeadline({ submissionDeadline: null, graceMinutes: 0 }, at(1e12))).toBe(true);
    expect(isBeforeDeadline({ submissionDeadline: deadline, graceMinutes: -5 }, at(1000))).toBe(
      false,
    );
  });
});
