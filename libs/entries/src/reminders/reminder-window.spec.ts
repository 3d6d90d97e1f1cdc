import { dueReminder, reminderDedupeKey } from './reminder-window';

const deadline = new Date('2030-06-30T16:59:59Z'); // 23:59:59 on 30 June in Vietnam
const before = (hours: number, minutes = 0, seconds = 0) =>
  new Date(deadline.getTime() - ((hours * 60 + minutes) * 60 + seconds) * 1000);

describe('dueReminder', () => {
  it('makes the 48 h reminder due inside 48 h of the deadline, not before', () => {
    expect(dueReminder(deadline, before(47, 59))).toBe('48h');
    expect(dueReminder(deadline, before(48))).toBe('48h');
    expect(dueReminder(deadline, before(48, 0, 1))).toBeNull();
    expect(dueReminder(deadline, before(48, 1))).toBeNull();
  });

  it('keeps the 48 h reminder until the 6 h window opens', () => {
    expect(dueReminder(deadline, before(6, 0, 1))).toBe('48h');
    expect(dueReminder(deadline, before(6))).toBe('6h');
    expect(dueReminder(deadline, before(5, 59))).toBe('6h');
  });

  it('gives a draft created inside the 6 h window the 6 h reminder only', () => {
    // A scan at any moment of the last 6 h names the 6 h reminder, never a late 48 h one.
    for (const minutesLeft of [359, 180, 1])
      expect(dueReminder(deadline, before(0, minutesLeft))).toBe('6h');
  });

  it('gives nothing at or after the deadline', () => {
    expect(dueReminder(deadline, before(0, 0, 1))).toBe('6h');
    expect(dueReminder(deadline, deadline)).toBeNull();
    expect(dueReminder(deadline, before(-1))).toBeNull();
  });

  it('names one outbox row per entry and kind', () => {
    expect(reminderDedupeKey('48h', 'e1')).toBe('deadline-reminder:48h:e1');
    expect(reminderDedupeKey('6h', 'e1')).not.toBe(reminderDedupeKey('48h', 'e1'));
  });
});
