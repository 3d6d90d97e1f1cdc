import { ContestStatus } from '@app/contests';
import { Entry, EntryStatus } from './entry.entity';
import { assertEntryEditable, entryLockOf } from './entry-editability';

// 17:00 in Vietnam (UTC+7) on 30 June 2026.
const deadline = new Date('2026-06-30T17:00:00+07:00');
const at = (offsetMs: number) => new Date(deadline.getTime() + offsetMs);
const entry = (status = EntryStatus.draft) => ({ status }) as Entry;
const open = ContestStatus.open;
const check =
  (graceMinutes: number, now: Date, status?: EntryStatus, contestStatus = open) =>
  () =>
    assertEntryEditable(
      entry(status),
      { status: contestStatus, submissionDeadline: deadline, graceMinutes },
      now,
    );

describe('entry editability (deadline and grace, by the server clock)', () => {
  it('accepts one second before the deadline and at the deadline itself', () => {
    expect(check(0, at(-1000))).not.toThrow();
    expect(check(0, at(0))).not.toThrow();
  });

  it('refuses one second (and one millisecond) after the deadline when there is no grace', () => {
    expect(check(0, at(1000))).toThrow(expect.objectContaining({ code: 'DEADLINE_PASSED' }));
    expect(check(0, at(1))).toThrow(expect.objectContaining({ code: 'DEADLINE_PASSED' }));
  });

  it('accepts during the grace minutes, up to and including their end', () => {
    expect(check(15, at(1000))).not.toThrow();
    expect(check(15, at(15 * 60_000 - 1000))).not.toThrow();
    expect(check(15, at(15 * 60_000))).not.toThrow();
  });

  it('refuses one second after the grace minutes end', () => {
    expect(check(15, at(15 * 60_000 + 1000))).toThrow(
      expect.objectContaining({ code: 'DEADLINE_PASSED' }),
    );
  });

  it('reads the deadline as an instant: 17:00 in Vietnam is 10:00 UTC', () => {
    expect(check(0, new Date('2026-06-30T10:00:00Z'))).not.toThrow();
    expect(check(0, new Date('2026-06-30T10:00:01Z'))).toThrow(
      expect.objectContaining({ code: 'DEADLINE_PASSED' }),
    );
  });

  it('never closes an open contest without a deadline', () => {
    expect(() =>
      assertEntryEditable(
        entry(),
        { status: open, submissionDeadline: null, graceMinutes: 0 },
        at(1e12),
      ),
    ).not.toThrow();
  });

  it.each([
    EntryStatus.withdrawn,
    EntryStatus.eligible,
    EntryStatus.ineligible,
    EntryStatus.advanced,
  ])('locks a %s entry even before the deadline', (status) => {
    expect(check(0, at(-60_000), status)).toThrow(
      expect.objectContaining({ code: 'ENTRY_LOCKED' }),
    );
  });

  it.each([
    ContestStatus.closed,
    ContestStatus.judging,
    ContestStatus.announced,
    ContestStatus.draft,
  ])('locks every entry of a %s contest before its published deadline', (contestStatus) => {
    for (const status of [EntryStatus.draft, EntryStatus.submitted])
      expect(check(15, at(-86_400_000), status, contestStatus)).toThrow(
        expect.objectContaining({ code: 'CONTEST_NOT_OPEN' }),
      );
    expect(
      entryLockOf(
        entry(),
        { status: contestStatus, submissionDeadline: null, graceMinutes: 0 },
        at(0),
      ),
    ).toBe('CONTEST_NOT_OPEN');
  });

  it('names the deadline when both the deadline and the status would refuse', () => {
    expect(
      entryLockOf(
        entry(),
        { status: ContestStatus.closed, submissionDeadline: deadline, graceMinutes: 0 },
        at(1000),
      ),
    ).toBe('DEADLINE_PASSED');
    expect(
      entryLockOf(entry(), { status: open, submissionDeadline: deadline, graceMinutes: 0 }, at(0)),
    ).toBeNull();
  });
});
