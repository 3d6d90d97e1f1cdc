import { ValidateBy } from 'class-validator';
import type { ValidationArguments } from 'class-validator';
import { minutesOf, TIME_PATTERN } from './festival-day';

/**
 * The end of a span of the festival day (a session, a meeting slot) comes after its
 * start; with both `HH:MM` on the one day, this also keeps the span within the day.
 * Named `timeOrder` so the field error reads `dateOrder` like the contests' windows.
 */
export function EndsAfterStart() {
  return ValidateBy({
    name: 'timeOrder',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => {
        const start = (args?.object as { startTime?: unknown }).startTime;
        if (typeof value !== 'string' || typeof start !== 'string') return true;
        if (!TIME_PATTERN.test(value) || !TIME_PATTERN.test(start)) return true;
        return minutesOf(value) > minutesOf(start);
      },
      defaultMessage: () => 'endTime must be after startTime',
    },
  });
}
