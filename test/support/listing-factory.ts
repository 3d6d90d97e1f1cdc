import type { DataSource } from 'typeorm';
import { Contest } from '@app/contests/contests/contest.entity';
import { Entry, EntryStatus } from '@app/entries/entries/entry.entity';
import {
  MemberConfirmation,
  MemberRole,
  TeamMember,
} from '@app/entries/members/team-member.entity';
import { memberSearchText } from '@app/entries/listing/search-text';
import type { User } from '@app/accounts/users/user.entity';
import type { ContestFixture } from './contest-factory';
import { insertEntryRow } from './entry-row';

export interface MemberInput {
  fullName: string;
  email: string;
  dateOfBirth?: string | null;
  gender?: string | null;
  organization?: string | null;
  /** Listed (submitted) teams are confirmed unless a test says otherwise. */
  confirmation?: MemberConfirmation;
}

export interface ListedEntryInput extends Partial<Entry> {
  /** Team members after the leader (the owner, added first). */
  members?: MemberInput[];
}

let counter = 0;

/**
 * A submitted entry of `contest` owned by `owner` (the team leader, first member), with
 * the next code of the contest. Organizer lists and exports read these.
 */
export async function createListedEntry(
  db: DataSource,
  contest: ContestFixture,
  owner: User,
  input: ListedEntryInput = {},
): Promise<Entry & { members: TeamMember[] }> {
  const { members: extra = [], ...overrides } = input;
  const number = ++contest.lastEntryNumber;
  await db.manager.update(Contest, { id: contest.id }, { lastEntryNumber: number });
  const entry = await insertEntryRow(db, contest, owner, {
    fieldKey: contest.fields?.[0]?.key ?? null,
    code: `${contest.codePrefix}-${String(number).padStart(4, '0')}`,
    status: EntryStatus.submitted,
    title: `Ý tưởng số ${++counter}`,
    submittedRevision: 1,
    submittedAt: new Date(Date.now() - 3600_000 + counter * 1000),
    ...overrides,
  });
  const people: Array<MemberInput & { role: MemberRole; userId: string | null }> = [
    {
      fullName: owner.fullName,
      email: owner.email,
      organization: owner.organization,
      role: MemberRole.leader,
      userId: owner.id,
    },
    ...extra.map((member) => ({ ...member, role: MemberRole.member, userId: null })),
  ];
  const members = people.map((person, position) =>
    db.manager.create(TeamMember, {
      entryId: entry.id,
      contestId: contest.id,
      fullName: person.fullName,
      email: person.email.toLowerCase(),
      searchText: memberSearchText({
        fullName: person.fullName,
        email: person.email.toLowerCase(),
      }),
      dateOfBirth: person.dateOfBirth ?? null,
      gender: person.gender ?? null,
      organization: person.organization ?? null,
      role: person.role,
      userId: person.userId,
      position,
      confirmation: person.confirmation ?? MemberConfirmation.confirmed,
    }),
  );
  await db.manager.insert(TeamMember, members);
  return Object.assign(entry, { members });
}
