// Random rounds for the planner's property tests (used by the specs only).
import fc from 'fast-check';
import type { PlanInput, PlannerEntry, PlannerJudge } from './assignment-plan.types';
import { organisationKey } from './assignment-planner';

const ORGS = ['Đại học Phạm Văn Đồng', 'Sở KH&CN', 'Tỉnh đoàn', null];
const CATEGORIES = ['y-tuong', 'du-an'];
const FIELDS = ['nong-nghiep', 'cong-nghe-so', 'du-lich'];

export interface Round {
  input: PlanInput;
  conflicted: Set<string>;
}

export const pair = (judge: string, entry: string) => `${judge}|${entry}`;

/** A random round: judges with organisations and preferences, entries, conflicts. */
export function roundArbitrary(options: {
  conflicts: boolean;
  organisations: boolean;
  max?: { judges: number; entries: number; reviews: number };
}) {
  const max = options.max ?? { judges: 9, entries: 14, reviews: 4 };
  return fc
    .record({
      judgeCount: fc.integer({ min: 0, max: max.judges }),
      entryCount: fc.integer({ min: 0, max: max.entries }),
      reviews: fc.integer({ min: 1, max: max.reviews }),
      seed: fc.array(fc.nat(1000), { minLength: 40, maxLength: 40 }),
      conflictRate: fc.constantFrom(0, 0.1, 0.3, 0.6),
    })
    .map(({ judgeCount, entryCount, reviews, seed, conflictRate }): Round => {
      let i = 0;
      const next = () => seed[i++ % seed.length] + i * 7919;
      const judges: PlannerJudge[] = Array.from({ length: judgeCount }, (_, j) => ({
        userId: `j${String(j).padStart(2, '0')}-${next() % 97}`,
        organization: options.organisations ? ORGS[next() % ORGS.length] : null,
        categoryKeys: next() % 2 ? [CATEGORIES[next() % 2]] : [],
        fieldKeys: next() % 2 ? [FIELDS[next() % 3]] : [],
      }));
      const entries: PlannerEntry[] = Array.from({ length: entryCount }, (_, e) => ({
        entryId: `e${String(e).padStart(2, '0')}`,
        categoryKey: CATEGORIES[next() % 2],
        fieldKey: next() % 4 ? FIELDS[next() % 3] : null,
      }));
      const conflicted = new Set<string>();
      if (options.conflicts)
        for (const judge of judges)
          for (const entry of entries)
            if ((next() % 1000) / 1000 < conflictRate)
              conflicted.add(pair(judge.userId, entry.entryId));
      return {
        conflicted,
        input: {
          reviewsPerEntry: reviews,
          judges,
          entries,
          existing: [],
          conflicts: { has: (j, e) => conflicted.has(pair(j, e)) },
        },
      };
    });
}

/** Judges who could take the entry, counting one per organisation. */
export function eligibleGroups(round: Round, entryId: string): number {
  const groups = new Set(
    round.input.judges
      .filter((j) => !round.conflicted.has(pair(j.userId, entryId)))
      .map((j) => organisationKey(j.organization) || `judge:${j.userId}`),
  );
  return groups.size;
}

export function subsets<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, i) =>
    subsets(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]),
  );
}
