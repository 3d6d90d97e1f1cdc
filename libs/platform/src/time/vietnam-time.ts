/**
 * Dates are stored in UTC and shown, entered and mailed in Vietnam time. Asia/Ho_Chi_Minh
 * has been UTC+7 without daylight saving since 1975; the offset is still read from Intl
 * rather than hard-coded so the output always agrees with what a browser shows.
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const PARTS_FORMAT = new Intl.DateTimeFormat('en-US', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall clock in Vietnam read from Intl: exact, and about 30 µs a call. */
function intlWallClock(date: Date): WallClock {
  const parts: Record<string, number> = {};
  for (const part of PARTS_FORMAT.formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

const DAY_MS = 86_400_000;
/** UTC day -> Vietnam's offset (ms) on that day, for days that keep one offset throughout. */
const DAY_OFFSETS = new Map<number, number>();
const DAY_OFFSETS_KEPT = 4096;

function offsetAt(instantMs: number): number {
  const c = intlWallClock(new Date(instantMs));
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - instantMs;
}

/**
 * The wall clock in Vietnam. Every API answer and mail writes dates this way, so the
 * offset is read from Intl once per UTC day and kept: a day whose first and last second
 * have the same offset has it throughout (the zone's changes, the last in 1975, were never
 * two in a day). A day with a change is read from Intl for each instant.
 */
function wallClock(date: Date): WallClock {
  const ms = date.getTime();
  const day = Math.floor(ms / DAY_MS);
  let offset = DAY_OFFSETS.get(day);
  if (offset === undefined) {
    const first = offsetAt(day * DAY_MS);
    if (first !== offsetAt(day * DAY_MS + DAY_MS - 1000)) return intlWallClock(date);
    if (DAY_OFFSETS.size >= DAY_OFFSETS_KEPT) DAY_OFFSETS.clear();
    DAY_OFFSETS.set(day, first);
    offset = first;
  }
  const wall = new Date(ms + offset);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function assertValid(date: Date): void {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid date');
}

/** `31/03/2027 23:59`: how a date and time is written in Vietnam, on pages and in mails. */
export function formatVietnamDateTime(date: Date): string {
  assertValid(date);
  const c = wallClock(date);
  return `${pad(c.day)}/${pad(c.month)}/${c.year} ${pad(c.hour)}:${pad(c.minute)}`;
}

/** `31/03/2027`. */
export function formatVietnamDate(date: Date): string {
  assertValid(date);
  const c = wallClock(date);
  return `${pad(c.day)}/${pad(c.month)}/${c.year}`;
}

/** `2027-03-31T23:59:00+07:00`: ISO 8601 in Vietnam time, as the API returns dates. */
export function toVietnamIso(date: Date): string {
  assertValid(date);
  const c = wallClock(date);
  const wallAsUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  const offsetMinutes = Math.round((wallAsUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${c.year}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** The same as toVietnamIso, passing null through (for optional windows). */
export function toVietnamIsoOrNull(date: Date | null | undefined): string | null {
  return date ? toVietnamIso(new Date(date)) : null;
}

/** The instant of a wall-clock time in Vietnam, e.g. vietnamTime(2027, 3, 31, 23, 59). */
export function vietnamTime(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const guess = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const c = wallClock(guess);
  const offsetMs =
    Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - guess.getTime();
  return new Date(guess.getTime() - offsetMs);
}
