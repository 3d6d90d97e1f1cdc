import type { DataSource } from 'typeorm';
import { Contest, ContestStatus } from '@app/contests/contests/contest.entity';
import { User } from '@app/accounts/users/user.entity';
import { Entry, EntryStatus } from '@app/entries/entries/entry.entity';
import { entrySearchColumns } from '@app/entries/listing/search-text';
import { Role } from '@app/accounts/users/role';
import { Award, AwardSlot } from '@app/results/awards/award.entity';
import type { Prize } from '@app/contests/prizes/prize.entity';
import { AnnouncedOutcome } from '@app/results/announcement/announced-outcome.entity';
import { Announcement } from '@app/results/announcement/announcement.entity';
import { createAwardsContest, createPrize } from './awards-factory';
import type { AwardsContest } from './awards-factory';
import { createUser } from './database';
import { enterRound } from './judging-factory-advancement';
import { createListedEntry } from './listing-factory';

/**
 * A contest in judging, ready to announce: the awards contest (two decided rounds) with a
 * first prize confirmed for the best idea, a team of three in the final (one member in
 * English, one without an account), an ineligible entry and the eliminated one.
 *
 *   prize: finalists.idea[0]; finalist: the other finalists and `team`;
 *   not_advanced: eliminated; ineligible: ineligible
 */
export interface AnnouncementContest extends AwardsContest {
  first: Prize;
  second: Prize;
  team: Entry;
  english: User;
  noAccount: string;
  ineligible: Entry;
}

export async function createAnnouncementContest(
  db: DataSource,
  options: { finalDecided?: boolean } = {},
): Promise<AnnouncementContest> {
  const fixture = await createAwardsContest(db, options);
  const { contest } = fixture;
  await db.manager.update(Contest, { id: contest.id }, { status: ContestStatus.judging });
  contest.status = ContestStatus.judging;
  const suffix = contest.codePrefix.toLowerCase();
  const english = await createUser(db, {
    email: `alice.${suffix}@truong.edu.vn`,
    fullName: 'Alice Member',
  });
  await db.manager.update(User, { id: english.id }, { locale: 'en' });
  const noAccount = `khong-tai-khoan.${suffix}@truong.edu.vn`;
  const leader = await createUser(db, { fullName: 'Trần Thị Trưởng Nhóm' });
  const team = await createListedEntry(db, contest, leader, {
    categoryId: contest.category.id,
    status: EntryStatus.advanced,
    title: 'Nông sản sạch Quảng Ngãi',
    summary: 'Chuỗi cung ứng rau sạch cho bếp ăn trường học',
    members: [
      { fullName: 'Alice Member', email: english.email },
      { fullName: 'Lê Văn Chưa Có', email: noAccount },
    ],
  });
  await enterRound(db, fixture.screening, [team]);
  await enterRound(db, fixture.final, [team]);
  const ineligible = await createListedEntry(
    db,
    contest,
    await createUser(db, { fullName: 'Võ Văn Không Đủ' }),
    { categoryId: contest.category.id, status: EntryStatus.ineligible },
  );
  const first = await createPrize(db, contest.id, { kind: 'first', nameVi: 'Giải Nhất' });
  const second = await createPrize(db, contest.id, {
    kind: 'second',
    nameVi: 'Giải Nhì',
    position: 1,
  });
  await confirmAward(db, first, fixture.finalists.idea[0], fixture.owners[0].id);
  return { ...fixture, first, second, team, english, noAccount, ineligible };
}

/** A confirmed award written straight to the database (awarding has its own tests). */
export async function confirmAward(
  db: DataSource,
  prize: Prize,
  entry: Entry,
  by: string,
  seat = 1,
): Promise<Award> {
  const award = db.manager.create(Award, {
    contestId: prize.contestId,
    prizeId: prize.id,
    entryId: entry.id,
    slot: AwardSlot.confirmed,
    seat,
    fromProposal: true,
    reason: null,
    replacesAwardId: null,
    proposedBy: by,
    confirmedBy: by,
    confirmedAt: new Date(),
    supersededBy: null,
    supersededAt: null,
  });
  await db.manager.insert(Award, award);
  return award;
}

/**
 * The first announcement written straight to the database, without mails: the results
 * page then shows the prize, the finalists and the judges as announced.
 */
export async function announceDirectly(
  db: DataSource,
  fixture: AnnouncementContest,
  by: string,
): Promise<void> {
  const announcement = db.manager.create(Announcement, {
    contestId: fixture.contest.id,
    version: 1,
    announcedBy: by,
    changedEntries: 0,
    mails: 0,
  });
  await db.manager.insert(Announcement, announcement);
  const [winner, ...others] = [...fixture.finalists.idea, ...fixture.finalists.project];
  const row = (entry: Entry, kind: 'prize' | 'finalist', outcomeKey: string) => ({
    announcementId: announcement.id,
    contestId: fixture.contest.id,
    version: 1,
    entryId: entry.id,
    kind,
    outcomeKey,
  });
  await db.manager.insert(AnnouncedOutcome, [
    row(winner, 'prize', `prize:${fixture.first.id}`),
    ...[...others, fixture.team].map((entry) => row(entry, 'finalist', 'finalist')),
  ]);
  await db.manager.update(Contest, { id: fixture.contest.id }, { status: ContestStatus.announced });
}

/**
 * A contest of `count` one-person teams in judging, written in bulk (no password hashing):
 * two decided rounds, every odd-numbered entry in the final, entry 0 holding the first
 * prize. Outcomes: 1 prize, count/2 - 1 finalists, count/2 not advanced.
 */
export async function createCrowdContest(db: DataSource, count: number) {
  const fixture = await createAwardsContest(db);
  const { contest } = fixture;
  await db.manager.update(Contest, { id: contest.id }, { status: ContestStatus.judging });
  const now = new Date();
  const tag = contest.codePrefix.toLowerCase();
  const users = Array.from({ length: count }, (_, i) =>
    db.manager.create(User, {
      email: `doi-${i}.${tag}@nhom.edu.vn`,
      passwordHash: 'not-a-hash: these accounts never sign in',
      fullName: `Thành viên số ${i}`,
      phone: null,
      dateOfBirth: null,
      gender: null,
      organization: null,
      district: null,
      locale: i % 5 === 0 ? 'en' : 'vi',
      role: Role.applicant,
      emailVerifiedAt: now,
      consentVersion: '2025-1',
      consentAt: now,
    }),
  );
  const entries = users.map((user, i) => {
    const entry = db.manager.create(Entry, {
      contestId: contest.id,
      categoryId: contest.category.id,
      fieldKey: null,
      ownerId: user.id ?? '',
      code: `${contest.codePrefix}-${String(1000 + i).padStart(5, '0')}`,
      status: EntryStatus.advanced,
      applicantType: 'team',
      title: `Ý tưởng đông đảo ${i}`,
      revision: 1,
      submittedRevision: 1,
      submittedAt: now,
    });
    return entry;
  });
  for (let i = 0; i < count; i += 200) {
    const chunk = users.slice(i, i + 200);
    await db.manager.insert(User, chunk);
  }
  entries.forEach((entry, i) => {
    entry.ownerId = users[i].id;
    Object.assign(entry, entrySearchColumns(entry));
  });
  for (let i = 0; i < count; i += 100) await db.manager.insert(Entry, entries.slice(i, i + 100));
  for (let i = 0; i < count; i += 300) {
    const chunk = entries.slice(i, i + 300);
    await enterRound(db, fixture.screening, chunk);
    await enterRound(
      db,
      fixture.final,
      chunk.filter((_, j) => (i + j) % 2 === 0),
    );
  }
  const first = await createPrize(db, contest.id, { kind: 'first', nameVi: 'Giải Nhất' });
  await confirmAward(db, first, entries[0], users[0].id);
  const expected = new Map<string, string>(
    entries.map((entry, i) => [
      users[i].email,
      i === 0 ? 'results-prize' : i % 2 === 0 ? 'results-finalist' : 'results-not-advanced',
    ]),
  );
  return { contest, entries, users, expected };
}
