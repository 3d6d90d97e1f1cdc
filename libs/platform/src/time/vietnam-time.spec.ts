import {
  VIETNAM_TIME_ZONE,
  formatVietnamDate,
  formatVietnamDateTime,
  toVietnamIso,
  toVietnamIsoOrNull,
  vietnamTime,
} from './vietnam-time';

describe('Vietnam time', () => {
  it('formats a UTC instant as Vietnamese wall-clock time (UTC+7)', () => {
    expect(formatVietnamDateTime(new Date('2027-03-31T16:59:00Z'))).toBe('31/03/2027 23:59');
    expect(formatVietnamDate(new Date('2027-03-31T16:59:00Z'))).toBe('31/03/2027');
  });

  it('rolls over to the next day and year in Vietnam before it does in UTC', () => {
    expect(formatVietnamDateTime(new Date('2026-12-31T17:00:00Z'))).toBe('01/01/2027 00:00');
    expect(toVietnamIso(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01T00:00:00+07:00');
  });

  it('writes ISO 8601 with the +07:00 offset, to the second, that parses back to the same instant', () => {
    const instant = new Date('2027-03-31T16:59:59.600Z');
    const iso = toVietnamIso(instant);
    expect(iso).toBe('2027-03-31T23:59:59+07:00');
    expect(new Date(iso).getTime()).toBe(Date.parse('2027-03-31T16:59:59Z'));
  });

  it('shows midnight as 00:00, never 24:00', () => {
    expect(formatVietnamDateTime(new Date('2027-01-31T17:00:00Z'))).toBe('01/02/2027 00:00');
  });

  it('builds the instant of a Vietnamese wall-clock time', () => {
    expect(vietnamTime(2027, 3, 31, 23, 59).toISOString()).toBe('2027-03-31T16:59:00.000Z');
    expect(vietnamTime(2027, 1, 1).toISOString()).toBe('2026-12-31T17:00:00.000Z');
  });

  it('passes null through and refuses an invalid date', () => {
    expect(toVietnamIsoOrNull(null)).toBeNull();
    expect(() => formatVietnamDateTime(new Date('nope'))).toThrow(RangeError);
  });

  it("agrees with Intl at every instant, across the zone's changes of offset (1906-1975) and today", () => {
    // The oracle is written out here rather than imported: the module's own formatter is
    // what the kept offsets stand in for.
    const intl = new Intl.DateTimeFormat('en-US', {
      timeZone: VIETNAM_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    const expected = (instant: Date) => {
      const p = Object.fromEntries(intl.formatToParts(instant).map((x) => [x.type, x.value]));
      return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
    };
    const instants: number[] = [];
    const day = 86_400_000;
    // Each day from 1900 to 1980 and around now, at an hour that moves through the day...
    for (let t = Date.UTC(1900, 0, 1); t < Date.UTC(1980, 0, 1); t += day + 3_937_000)
      instants.push(t);
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += day + 3_937_000)
      instants.push(t);
    // ...and every ten minutes of each day on which the offset changed.
    const wallMs = (t: number) => Date.parse(`${expected(new Date(t))}Z`);
    let changeDays = 0;
    for (let t = Date.UTC(1900, 0, 1); t < Date.UTC(1980, 0, 1); t += day) {
      if (wallMs(t + day - 1000) - wallMs(t) === day - 1000) continue;
      changeDays++;
      for (let m = 0; m < day; m += 600_000) instants.push(t + m);
    }
    expect(changeDays).toBeGreaterThanOrEqual(6);
    for (const t of instants) {
      const instant = new Date(t);
      expect(toVietnamIso(instant).slice(0, 19)).toBe(expected(instant));
    }
  });
});
