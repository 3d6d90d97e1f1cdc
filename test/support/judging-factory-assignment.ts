import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import type { User } from '@app/accounts/users/user.entity';
import type { Entry } from '@app/entries/entries/entry.entity';
import { EntryStatus } from '@app/entries/entries/entry.entity';
import {
  ConflictOfInterest,
  ConflictSource,
  ConflictSubject,
} from '@app/judging/conflicts/conflict-of-interest.entity';
import type { ContestFixture } from './contest-factory';
import { createUser } from './database';
import { addContestJudge } from './judging-factory-judges';
import { createListedEntry } from './listing-factory';

/**
 * Factories for assignment tests: accepted judges with organisations (their e-mail at a
 * public provider, so only what a test sets up makes a conflict), eligible entries, and
 * conflicts recorded by organizers.
 */

export interface JudgeInput {
  organization?: string | null;
  categoryKeys?: string[];
  fullName?: string;
}

export async function acceptedJudges(
  db: DataSource,
  contest: ContestFixture,
  inputs: JudgeInput[],
): Promise<User[]> {
  const judges: User[] = [];
  for (const input of inputs) {
    const judge = await createUser(db, {
      role: Role.judge,
      email: `giam-khao-${randomBytes(4).toString('hex')}@gmail.com`,
      fullName: input.fullName,
      organization: input.organization ?? null,
    });
    await addContestJudge(db, contest.id, judge.id, { categoryKeys: input.categoryKeys ?? [] });
    judges.push(judge);
  }
  return judges;
}

/** `count` entries of the contest with the given status (eligible by default), one owner each. */
export async function entriesWithStatus(
  db: DataSource,
  contest: ContestFixture,
  count: number,
  status: EntryStatus = EntryStatus.eligible,
): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const owner = await createUser(db, { organization: null });
    entries.push(await createListedEntry(db, contest, owner, { status }));
  }
  return entries;
}

/** A conflict pinned by an organizer between a judge and one entry. */
export async function recordEntryConflict(
  db: DataSource,
  contestId: string,
  judgeUserId: string,
  entryId: string,
  organizerId: string,
): Promise<void> {
  await db.manager.insert(ConflictOfInterest, {
    contestId,
    judgeUserId,
    subject: ConflictSubject.entry,
    value: entryId,
    source: ConflictSource.recorded,
    reason: 'Người hướng dẫn của nhóm',
    createdBy: organizerId,
  });
}
