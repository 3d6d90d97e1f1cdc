import fc from 'fast-check';
import type { PlannerEntry, PlannerJudge } from './assignment-plan.types';
import { organisationKey, planAssignments } from './assignment-planner';
import {
  eligibleGroups,
  pair,
  type Round,
  roundArbitrary,
  subsets,
} from './planner-rounds.test-support';

const RUNS = { numRuns: 300 };

/** The smallest max - min load over every assignment that fills what can be filled. */
function bestSpread(round: Round): number {
  const { judges, entries, reviewsPerEntry } = round.input;
  const orgOf = (id: string) =>
    organisationKey(judges.find((j) => j.userId === id)!.organization) || `judge:${id}`;
  const choices = entries.map((entry) => {
    const free = judges.filter((j) => !round.conflicted.has(pair(j.userId, entry.entryId)));
    const size = Math.min(reviewsPerEntry, eligibleGroups(round, entry.entryId));
    return subsets(
      free.map((j) => j.userId),
      size,
    ).filter((set) => new Set(set.map(orgOf)).size === set.length);
  });
  let best = Number.POSITIVE_INFINITY;
  const load = new Map(judges.map((j) => [j.userId, 0]));
  const walk = (e: number) => {
    if (e === choices.length) {
      const loads = [...load.values()];
      best = Math.min(best, loads.length ? Math.max(...loads) - Math.min(...loads) : 0);
      return;
    }
    for (const set of choices[e]) {
      for (const id of set) load.set(id, load.get(id)! + 1);
      walk(e + 1);
      for (const id of set) load.set(id, load.get(id)! - 1);
    }
  };
  walk(0);
  return best;
}

describe('planAssignments', () => {
  it('gives every entry min(reviews, eligible judges), never a conflict, never two judges of one organisation', () => {
    fc.assert(
      fc.property(roundArbitrary({ conflicts: true, organisations: true }), (round) => {
        const plan = planAssignments(round.input);
        const orgOf = new Map(
          round.input.judges.map((j) => [j.userId, organisationKey(j.organization)]),
        );
        for (const entry of round.input.entries) {
          const mine = plan.assignments.filter((a) => a.entryId === entry.entryId);
          const wanted = Math.min(
            round.input.reviewsPerEntry,
            eligibleGroups(round, entry.entryId),
          );
          expect(mine).toHaveLength(wanted);
          expect(new Set(mine.map((a) => a.judgeUserId)).size).toBe(mine.length);
          for (const a of mine)
            expect(round.conflicted.has(pair(a.judgeUserId, a.entryId))).toBe(false);
          const orgs = mine.map((a) => orgOf.get(a.judgeUserId)).filter(Boolean);
          expect(new Set(orgs).size).toBe(orgs.length);
          const unfilled = plan.unfilled.find((u) => u.entryId === entry.entryId);
          if (wanted < round.input.reviewsPerEntry) {
            expect(unfilled?.reason).toBe('too_few_eligible_judges');
            expect(unfilled?.message).toContain(`only ${wanted} eligible judge`);
          } else expect(unfilled).toBeUndefined();
        }
      }),
      RUNS,
    );
  });

  it('balances loads to max - min <= 1 without conflicts', () => {
    fc.assert(
      fc.property(roundArbitrary({ conflicts: false, organisations: false }), (round) => {
        const plan = planAssignments(round.input);
        expect(plan.summary.spread).toBeLessThanOrEqual(1);
        expect(plan.summary.balanced).toBe(true);
        expect(plan.summary.note).toBeNull();
      }),
      RUNS,
    );
  });

  it('says so when conflicts make the loads uneven, and only then', () => {
    fc.assert(
      fc.property(roundArbitrary({ conflicts: true, organisations: true }), (round) => {
        const { summary } = planAssignments(round.input);
        expect(summary.balanced).toBe(summary.spread <= 1);
        if (!summary.balanced) expect(summary.note).toMatch(/conflicts/);
      }),
      RUNS,
    );
  });

  it('is balanced whenever some maximum assignment is (exhaustive check on small rounds)', () => {
    const small = roundArbitrary({
      conflicts: true,
      organisations: true,
      max: { judges: 4, entries: 4, reviews: 2 },
    });
    fc.assert(
      fc.property(small, (round) => {
        const plan = planAssignments(round.input);
        expect(plan.summary.balanced).toBe(bestSpread(round) <= 1);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic, whatever the order of its input', () => {
    fc.assert(
      fc.property(roundArbitrary({ conflicts: true, organisations: true }), (round) => {
        const first = planAssignments(round.input);
        const again = planAssignments(round.input);
        const shuffled = planAssignments({
          ...round.input,
          judges: [...round.input.judges].reverse(),
          entries: [...round.input.entries].reverse(),
        });
        expect(again).toEqual(first);
        expect(shuffled).toEqual(first);
      }),
      RUNS,
    );
  });

  it('keeps existing assignments on a re-run and fills only the gaps', () => {
    fc.assert(
      fc.property(
        roundArbitrary({ conflicts: true, organisations: true }),
        fc.nat(),
        (round, pick) => {
          const first = planAssignments(round.input);
          // Keep an arbitrary part of the first plan (as if scored), then plan again.
          const kept = first.assignments.filter((_, i) => (i + pick) % 3 !== 0);
          const second = planAssignments({ ...round.input, existing: kept });
          for (const a of second.assignments)
            expect(
              kept.some((k) => k.entryId === a.entryId && k.judgeUserId === a.judgeUserId),
            ).toBe(false);
          const total = kept.length + second.assignments.length;
          expect(total).toBe(first.assignments.length);
          const rerun = planAssignments({
            ...round.input,
            existing: [...kept, ...second.assignments],
          });
          expect(rerun.assignments).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  it('prefers judges of the entry’s category when loads allow', () => {
    const judges: PlannerJudge[] = [
      { userId: 'a', organization: null, categoryKeys: ['du-an'], fieldKeys: [] },
      { userId: 'b', organization: null, categoryKeys: ['y-tuong'], fieldKeys: [] },
    ];
    const entries: PlannerEntry[] = [
      { entryId: 'e1', categoryKey: 'y-tuong', fieldKey: null },
      { entryId: 'e2', categoryKey: 'du-an', fieldKey: null },
    ];
    const plan = planAssignments({
      reviewsPerEntry: 1,
      judges,
      entries,
      existing: [],
      conflicts: { has: () => false },
    });
    expect(plan.assignments).toEqual([
      { entryId: 'e1', judgeUserId: 'b' },
      { entryId: 'e2', judgeUserId: 'a' },
    ]);
  });

  it('respects the maximum load and explains the unfilled slots', () => {
    const judges: PlannerJudge[] = ['a', 'b'].map((userId) => ({
      userId,
      organization: null,
      categoryKeys: [],
      fieldKeys: [],
    }));
    const entries: PlannerEntry[] = ['e1', 'e2', 'e3'].map((entryId) => ({
      entryId,
      label: entryId.toUpperCase(),
      categoryKey: null,
      fieldKey: null,
    }));
    const plan = planAssignments({
      reviewsPerEntry: 2,
      judges,
      entries,
      existing: [],
      conflicts: { has: () => false },
      maxLoadPerJudge: 2,
    });
    expect(plan.loads.map((l) => l.total)).toEqual([2, 2]);
    expect(plan.slots).toEqual({ wanted: 6, kept: 0, added: 4, unfilled: 2 });
    expect(plan.unfilled.map((u) => u.reason)).toEqual(['judges_at_max_load']);
  });
});
