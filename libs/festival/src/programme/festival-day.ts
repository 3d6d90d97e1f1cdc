import { vietnamTime } from '@app/platform';

/** `2026-12-20`: a festival's date as stored and accepted. */
export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * `08:00`: a session's time on the festival's day. Hours stop at 23, so every session
 * lies within the day; a session that would run past midnight cannot be written.
 */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Minutes since midnight of an `HH:MM` time (its order on the day). */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** The instant of `time` on `day`, Vietnam time (UTC+7, no daylight saving). */
export function instantOn(day: string, time: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return vietnamTime(year, month, date, hours, minutes);
}

/** Whether `day` is a real calendar date (the pattern lets 2026-02-31 through). */
export function isRealDay(day: string): boolean {
  if (!DAY_PATTERN.test(day)) return false;
  const [year, month, date] = day.split('-').map(Number);
  const check = new Date(Date.UTC(year, month - 1, date));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === date;
}
