import { ConflictStatus } from './conflict-of-interest.entity';
import { declarationStatus, withdrawalKeepsEntriesOut } from './declaration-policy';

describe('a judge’s own declarations', () => {
  it('wait for an organizer in a blind contest once the judge holds assignments there', () => {
    expect(declarationStatus({ blindJudging: true, holdsAssignments: true })).toBe(
      ConflictStatus.pending,
    );
  });

  it('apply at once before the judge sees any entry, and always in a non-blind contest', () => {
    expect(declarationStatus({ blindJudging: true, holdsAssignments: false })).toBe(
      ConflictStatus.effective,
    );
    expect(declarationStatus({ blindJudging: false, holdsAssignments: true })).toBe(
      ConflictStatus.effective,
    );
  });

  it('never bring an entry back when withdrawn in a blind contest', () => {
    expect(withdrawalKeepsEntriesOut({ blindJudging: true })).toBe(true);
    expect(withdrawalKeepsEntriesOut({ blindJudging: false })).toBe(false);
  });
});
