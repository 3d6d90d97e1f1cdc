import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Category } from '@app/contests/categories/category.entity';
import { Contest, ContestKind, ContestStatus } from '@app/contests/contests/contest.entity';
import type { ContestField } from '@app/contests/contests/contest.entity';
import { ContestQuestion, QuestionKind } from '@app/contests/questions/contest-question.entity';
import { Round, RoundMode } from '@app/contests/rounds/round.entity';
import type { Criterion } from '@app/contests/rounds/round.entity';

/**
 * Factories for the contest side, one valid object per line:
 *
 *   const contest = await createContest(db);                 // open, deadline in 7 days
 *   const closed = await createContest(db, { status: ContestStatus.closed });
 *   const round = await createRound(db, contest, { position: 2 });
 *
 * A contest comes with one category `y-tuong` (reachable as `contest.category`) whose
 * eligibility is permissive: no rules on the contest or the category unless given.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
let counter = 0;

function nextSuffix(): string {
  return `${++counter}-${randomBytes(3).toString('hex')}`;
}

export const FACTORY_FIELDS: ContestField[] = [
  { key: 'cong-nghe-so', labelVi: 'Công nghệ số', labelEn: 'Digital technology' },
  { key: 'nong-nghiep', labelVi: 'Nông nghiệp công nghệ cao', labelEn: 'High-tech agriculture' },
];

export const FACTORY_CRITERIA: Criterion[] = [
  { key: 'doi-moi', labelVi: 'Tính đổi mới', labelEn: 'Innovation', weight: 1, maxScore: 40 },
  { key: 'kha-thi', labelVi: 'Tính khả thi', labelEn: 'Feasibility', weight: 1, maxScore: 30 },
  { key: 'doi-ngu', labelVi: 'Đội ngũ', labelEn: 'Team', weight: 1, maxScore: 30 },
];

export interface ContestFactoryInput extends Partial<Contest> {
  /** The default category's overrides; `null` for a contest without any category. */
  category?: Partial<Category> | null;
}

export type ContestFixture = Contest & {
  /** The default category, or null when `category: null` was given. */
  category: Category | null;
};

/** An open contest (registration opened yesterday, deadline in 7 days) with category `y-tuong`. */
export async function createContest(
  db: DataSource,
  overrides: ContestFactoryInput & { category: null },
): Promise<ContestFixture & { category: null }>;
export async function createContest(
  db: DataSource,
  overrides?: ContestFactoryInput,
): Promise<ContestFixture & { category: Category }>;
export async function createContest(
  db: DataSource,
  overrides: ContestFactoryInput = {},
): Promise<ContestFixture> {
  const { category: categoryInput, ...contestInput } = overrides;
  const now = Date.now();
  const suffix = nextSuffix();
  const contest = db.manager.create(Contest, {
    slug: `cuoc-thi-${suffix}`,
    // Entry codes are unique across contests, so each contest has its own prefix.
    codePrefix: `T${randomBytes(3).toString('hex').toUpperCase()}`,
    lastEntryNumber: 0,
    nameVi: `Cuộc thi thử ${suffix}`,
    nameEn: `Test contest ${suffix}`,
    kind: ContestKind.startup,
    descriptionVi: 'Cuộc thi dùng cho kiểm thử.',
    descriptionEn: 'A contest for tests.',
    rulesVi: null,
    rulesEn: null,
    status: ContestStatus.open,
    registrationOpensAt: new Date(now - DAY_MS),
    submissionDeadline: new Date(now + 7 * DAY_MS),
    graceMinutes: 0,
    blindJudging: false,
    eligibility: null,
    fields: FACTORY_FIELDS,
    ...contestInput,
  });
  await db.manager.insert(Contest, contest);
  const category =
    categoryInput === null ? null : await createCategory(db, contest, categoryInput ?? {});
  return Object.assign(contest, { category });
}

/** A category of the contest; `y-tuong` ("Ý tưởng") with no eligibility overrides by default. */
export async function createCategory(
  db: DataSource,
  contest: Pick<Contest, 'id'> | string,
  overrides: Partial<Category> = {},
): Promise<Category> {
  const category = db.manager.create(Category, {
    contestId: typeof contest === 'string' ? contest : contest.id,
    key: 'y-tuong',
    nameVi: 'Ý tưởng',
    nameEn: 'Idea',
    descriptionVi: null,
    descriptionEn: null,
    eligibility: null,
    position: 0,
    ...overrides,
  });
  await db.manager.insert(Category, category);
  return category;
}

/** Round 1 (online, 3 reviews per entry, a three-criterion rubric of 100 points), not locked. */
export async function createRound(
  db: DataSource,
  contest: Pick<Contest, 'id'> | string,
  overrides: Partial<Round> = {},
): Promise<Round> {
  const position = overrides.position ?? 1;
  const round = db.manager.create(Round, {
    contestId: typeof contest === 'string' ? contest : contest.id,
    position,
    nameVi: `Vòng ${position}`,
    nameEn: `Round ${position}`,
    mode: RoundMode.online,
    reviewsPerEntry: 3,
    judgingOpensAt: null,
    judgingClosesAt: null,
    criteria: FACTORY_CRITERIA,
    rubricLockedAt: null,
    ...overrides,
  });
  await db.manager.insert(Round, round);
  return round;
}

/** An optional short-text question of the entry form. */
export async function createQuestion(
  db: DataSource,
  contest: Pick<Contest, 'id'> | string,
  overrides: Partial<ContestQuestion> = {},
): Promise<ContestQuestion> {
  const question = db.manager.create(ContestQuestion, {
    contestId: typeof contest === 'string' ? contest : contest.id,
    key: `cau-hoi-${nextSuffix()}`,
    labelVi: 'Câu hỏi thêm',
    labelEn: 'Extra question',
    kind: QuestionKind.shortText,
    required: false,
    options: null,
    position: 0,
    ...overrides,
  });
  await db.manager.insert(ContestQuestion, question);
  return question;
}
