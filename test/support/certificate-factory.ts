import type { DataSource } from 'typeorm';
import type { User } from '@app/accounts/users/user.entity';
import type { Round } from '@app/contests/rounds/round.entity';
import { EntryStatus } from '@app/entries/entries/entry.entity';
import type { Entry } from '@app/entries/entries/entry.entity';
import type { TeamMember } from '@app/entries/members/team-member.entity';
import { Award, AwardSlot } from '@app/results/awards/award.entity';
import { Prize } from '@app/contests/prizes/prize.entity';
import { createContest, createRound } from './contest-factory';
import type { ContestFixture } from './contest-factory';
import { enterRound } from './judging-factory-advancement';
import { createListedEntry } from './listing-factory';
import type { MemberInput } from './listing-factory';

export interface FinalFixture {
  contest: ContestFixture;
  screening: Round;
  final: Round;
}

/** A contest in judging with a screening round and a final ("Vòng chung kết"). */
export async function createContestWithFinal(db: DataSource): Promise<FinalFixture> {
  const contest = await createContest(db, {
    nameVi: 'Cuộc thi Khởi nghiệp Đổi mới sáng tạo tỉnh Quảng Ngãi lần thứ 5',
    nameEn: 'Quảng Ngãi Innovation Startup Competition, 5th edition',
  });
  const screening = await createRound(db, contest, { position: 1, nameVi: 'Vòng sơ khảo' });
  const final = await createRound(db, contest, {
    position: 2,
    nameVi: 'Vòng chung kết',
    nameEn: 'Final round',
  });
  return { contest, screening, final };
}

/** An entry that went through screening into the final, with the given extra members. */
export async function createFinalist(
  db: DataSource,
  fixture: FinalFixture,
  leader: User,
  input: { title?: string; teamName?: string | null; members?: MemberInput[] } = {},
): Promise<Entry & { members: TeamMember[] }> {
  const entry = await createListedEntry(db, fixture.contest, leader, {
    status: EntryStatus.advanced,
    ...input,
  });
  await enterRound(db, fixture.screening, [entry]);
  await enterRound(db, fixture.final, [entry]);
  return entry;
}

/** A confirmed award of a new prize to the entry, as the awards lib stores one. */
export async function awardPrize(
  db: DataSource,
  fixture: FinalFixture,
  entry: Entry,
  organizerId: string,
  prize: { nameVi: string; nameEn: string; kind?: Prize['kind']; position?: number },
): Promise<Prize> {
  const row = db.manager.create(Prize, {
    contestId: fixture.contest.id,
    categoryId: null,
    kind: prize.kind ?? 'first',
    nameVi: prize.nameVi,
    nameEn: prize.nameEn,
    amount: 30_000_000,
    quantity: 1,
    position: prize.position ?? 0,
  });
  await db.manager.insert(Prize, row);
  await db.manager.insert(
    Award,
    db.manager.create(Award, {
      contestId: fixture.contest.id,
      prizeId: row.id,
      entryId: entry.id,
      slot: AwardSlot.confirmed,
      seat: 1,
      fromProposal: true,
      reason: null,
      replacesAwardId: null,
      proposedBy: organizerId,
      confirmedBy: organizerId,
      confirmedAt: new Date(),
      supersededBy: null,
      supersededAt: null,
    }),
  );
  return row;
}
