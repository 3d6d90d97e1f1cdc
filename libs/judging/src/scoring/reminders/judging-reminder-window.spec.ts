import { dueJudgingReminder, judgingReminderDedupeKey } from './judging-reminder-window';

const closes = new Date('2030-06-30T10:00:00Z');
const hoursBefore = (hours: number) => new Date(closes.getTime() - hours * 3600_000);

describe('dueJudgingReminder', () => {
  it('is the 48 h reminder between 48 h and 24 h before the close', () => {
    expect(dueJudgingReminder(closes, hoursBefore(48.01))).toBeNull();
    expect(dueJudgingReminder(closes, hoursBefore(48))).toBe('48h');
    expect(dueJudgingReminder(closes, hoursBefore(24.5))).toBe('48h');
  });

  it('is the 24 h reminder in the last day, and nothing after the close', () => {
    expect(dueJudgingReminder(closes, hoursBefore(24))).toBe('24h');
    expect(dueJudgingReminder(closes, hoursBefore(0.1))).toBe('24h');
    expect(dueJudgingReminder(closes, closes)).toBeNull();
  });

  it('keys one row per kind, round and judge', () => {
    expect(judgingReminderDedupeKey('24h', 'r', 'j')).toBe('judging-reminder:24h:r:j');
  });
});
