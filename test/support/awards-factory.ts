import type { DataSource } from 'typeorm';
import type { User } from '@app/accounts/users/user.entity';
import type { Category } from '@app/contests/categories/category.entity';
import type { Round } from '@app/contests/rounds/round.entity';
import { Entry, EntryStatus } from '@app/entries/entries/entry.entity';
import { Prize } from '@app/contests/prizes/prize.entity';
import type { PrizeKind } from '@app/contests/prizes/prize.entity';
import { createCategory, createContest, createRound } from './contest-factory';
import type { ContestFixture } from './contest-factory';
import { createUser } from './database';
import { enterRound, standing, storeRanking } from './judging-factory-advancement';
import { createListedEntry } from './listing-factory';

/**
 * A contest at the end of judging, for awards: two categories, a decided screening round
 * and a final round (decided unless told otherwise) with a stored ranking.
 *
 *   finalists.idea: totals 90, 85, 80, 70 (best first); finalists.project: 88, 60
 *   eliminated: took part in the screening round only
 */
export interface AwardsContest {
  contest: ContestFixture & { category: Category };
  project: Category;
  screening: Round;
  final: Round;
  finalists: { idea: Entry[]; project: Entry[] };
  eliminated: Entry;
  owners: User[];
}

const IDEA_TOTALS = [90, 85, 80, 70];
const PROJECT_TOTALS = [88, 60];

export async function createAwardsContest(
  db: DataSource,
  options: { finalDecided?: boolean; titles?: string[] } = {},
): Promise<AwardsContest> {
  const contest = await createContest(db);
  const project = await createCategory(db, contest, {
    key: 'du-an',
    nameVi: 'Dự án',
    nameEn: 'Project',
    position: 1,
  });
  const decidedAt = new Date(Date.now() - 3600_000);
  const screening = await createRound(db, contest, { position: 1, decidedAt });
  const final = await createRound(db, contest, {
    position: 2,
    nameVi: 'Vòng chung kết',
    nameEn: 'Final round',
    decidedAt: options.finalDecided === false ? null : decidedAt,
  });
  const owners: User[] = [];
  const entry = async (category: Category, n: number) => {
    const owner = await createUser(db, { fullName: `Trưởng nhóm ${category.key} ${n}` });
    owners.push(owner);
    const title = options.titles?.[owners.length - 1];
    return createListedEntry(db, contest, owner, {
      categoryId: category.id,
      status: EntryStatus.advanced,
      ...(title ? { title } : {}),
    });
  };
  const idea: Entry[] = [];
  for (const [n] of IDEA_TOTALS.entries()) idea.push(await entry(contest.category, n + 1));
  const projectEntries: Entry[] = [];
  for (const [n] of PROJECT_TOTALS.entries()) projectEntries.push(await entry(project, n + 1));
  const eliminated = await entry(contest.category, 9);
  await enterRound(db, screening, [...idea, ...projectEntries, eliminated]);
  await enterRound(db, final, [...idea, ...projectEntries]);
  await storeRanking(db, final, [
    ...idea.map((e, i) => standing(e, contest.category, { total: IDEA_TOTALS[i] })),
    ...projectEntries.map((e, i) => standing(e, project, { total: PROJECT_TOTALS[i] })),
  ]);
  return {
    contest,
    project,
    screening,
    final,
    finalists: { idea, project: projectEntries },
    eliminated,
    owners,
  };
}

/** A prize of the contest's one list, written straight to the database. */
export async function createPrize(
  db: DataSource,
  contestId: string,
  input: {
    kind?: PrizeKind;
    quantity?: number;
    categoryId?: string | null;
    position?: number;
    nameVi?: string;
    nameEn?: string;
    amount?: number;
  } = {},
): Promise<Prize> {
  const kind = input.kind ?? 'first';
  const prize = db.manager.create(Prize, {
    contestId,
    categoryId: input.categoryId ?? null,
    kind,
    nameVi: input.nameVi ?? `Giải ${kind}`,
    nameEn: input.nameEn ?? `Prize ${kind}`,
    amount: input.amount ?? 10_000_000,
    quantity: input.quantity ?? 1,
    position: input.position ?? 0,
  });
  await db.manager.insert(Prize, prize);
  return prize;
}
