import { EntryStatus } from '../entries/entry.entity';
import { canScreen } from './screening-rules';

describe('canScreen', () => {
  it('decides either way on a submitted entry', () => {
    expect(canScreen(EntryStatus.submitted, EntryStatus.eligible)).toBe(true);
    expect(canScreen(EntryStatus.submitted, EntryStatus.ineligible)).toBe(true);
  });

  it('reverses a previous decision', () => {
    expect(canScreen(EntryStatus.eligible, EntryStatus.ineligible)).toBe(true);
    expect(canScreen(EntryStatus.ineligible, EntryStatus.eligible)).toBe(true);
  });

  it('refuses to repeat the decision an entry already has', () => {
    expect(canScreen(EntryStatus.eligible, EntryStatus.eligible)).toBe(false);
    expect(canScreen(EntryStatus.ineligible, EntryStatus.ineligible)).toBe(false);
  });

  it.each([EntryStatus.draft, EntryStatus.withdrawn, EntryStatus.advanced, EntryStatus.eliminated])(
    'refuses an entry that is %s',
    (status) => {
      expect(canScreen(status, EntryStatus.eligible)).toBe(false);
      expect(canScreen(status, EntryStatus.ineligible)).toBe(false);
    },
  );
});
