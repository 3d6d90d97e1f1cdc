import type { DataSource } from 'typeorm';
import { Contest, ContestStatus } from '@app/contests/contests/contest.entity';
import { User } from '@app/accounts/users/user.entity';
import { EntryStatus } from '@app/entries/entries/entry.entity';
import type { Entry } from '@app/entries/entries/entry.entity';
import { Award, AwardSlot } from '@app/results/awards/award.entity';
import type { Prize } from '@app/results/awards/prize.entity';
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
