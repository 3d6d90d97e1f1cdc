import {
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
});
