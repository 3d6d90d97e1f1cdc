import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { User } from '@app/accounts/users/user.entity';
import { Entry, EntryStatus } from '@app/entries/entries/entry.entity';
import { entrySearchColumns } from '@app/entries/listing/search-text';
import type { ContestFixture } from './contest-factory';

/**
 * The one place that writes an entry row for tests: a draft of the contest's default
 * category with every optional field empty; each factory passes what it needs on top.
 */
export async function insertEntryRow(
  db: DataSource,
  contest: ContestFixture,
  owner: Pick<User, 'id'>,
  values: Partial<Entry> = {},
): Promise<Entry> {
  if (!contest.category) throw new Error('the contest needs a category');
  const entry = db.manager.create(Entry, {
    contestId: contest.id,
    categoryId: contest.category.id,
    fieldKey: null,
    ownerId: owner.id,
    code: `${contest.codePrefix}-${randomBytes(4).toString('hex').toUpperCase()}`,
    status: EntryStatus.draft,
    applicantType: 'team',
    title: `Ý tưởng ${randomBytes(2).toString('hex')}`,
    revision: 1,
    submittedRevision: null,
    submittedAt: null,
    ...values,
  });
  Object.assign(entry, entrySearchColumns(entry));
  await db.manager.insert(Entry, entry);
  return entry;
}
