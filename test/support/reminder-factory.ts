import type { DataSource } from 'typeorm';
import { User } from '@app/accounts/users/user.entity';
import { Entry, EntryStatus } from '@app/entries/entries/entry.entity';
import { createUser } from './database';
import { ContestFixture, createContest } from './contest-factory';
import { insertEntryRow } from './entry-row';

/**
 * Data for the deadline reminder tests, built directly in the database:
 *
 *   const contest = await contestClosingIn(db, 47 * HOUR_MS);
 *   const draft = await createEntryOf(db, contest, await applicant(db, 'en'));
 *   await createEntryOf(db, contest, owner, { status: EntryStatus.submitted });
 */
export const HOUR_MS = 60 * 60 * 1000;

/** An open contest whose submission deadline is `ms` from now (negative: already passed). */
export function contestClosingIn(db: DataSource, ms: number): Promise<ContestFixture> {
  return createContest(db, { submissionDeadline: new Date(Date.now() + ms) });
}

/** A verified applicant who reads mail in `locale`. */
export async function applicant(db: DataSource, locale: 'vi' | 'en' = 'vi'): Promise<User> {
  const user = await createUser(db);
  if (locale !== 'vi') await db.manager.update(User, { id: user.id }, { locale });
  return Object.assign(user, { locale });
}

/** An entry of the contest's default category owned by `owner`: a draft unless told otherwise. */
export async function createEntryOf(
  db: DataSource,
  contest: ContestFixture,
  owner: Pick<User, 'id'>,
  overrides: Partial<Entry> = {},
): Promise<Entry> {
  const submitted = overrides.status !== undefined && overrides.status !== EntryStatus.draft;
  return insertEntryRow(db, contest, owner, {
    submittedRevision: submitted ? 1 : null,
    submittedAt: submitted ? new Date() : null,
    ...overrides,
  });
}
