/** A calendar date without a time zone: what a birth date or a registration date is. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

// Vietnam has no daylight saving time: its calendar day is always UTC+7.
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** The date it is in Vietnam at this instant. */
export function vietnamDate(instant: Date): CalendarDate {
  const shifted = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

/** Reads `YYYY-MM-DD`; undefined when it is not a real date. */
export function parseCalendarDate(value: string | null | undefined): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * Age in whole years on a date: the birthday itself counts as a year more. Someone born
 * on 29 February has their birthday on 1 March in other years.
 */
export function ageOn(birth: CalendarDate, on: CalendarDate): number {
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}

/**
 * The same date `years` earlier; 29 February becomes 28 February in a common year (the
 * reading that never makes a date "more than N years" before by a day that did not exist).
 */
export function yearsBefore(date: CalendarDate, years: number): CalendarDate {
  const year = date.year - years;
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = date.month === 2 && date.day === 29 && !isLeap ? 28 : date.day;
  return { year, month: date.month, day };
}
