import fc from 'fast-check';
import { organisationKey, preferenceCost } from './assignment-network';
import { planAssignments } from './assignment-planner';
import { planWithNetwork } from './network-plan';
import { planCost } from './plan-cost';
import { pair, type Round, roundArbitrary, subsets } from './planner-rounds.test-support';

/**
 * The whole-round plan is the optimum of the round's flow: checked against the plan made
 * in batches (never cheaper), the general min-cost-flow solver on the full network (an
 * independent implementation of the same optimum) and, on tiny rounds, every assignment.
 */
describe('the whole-round plan', () => {
  it('costs no more than the plan made in batches and fills the same slots', () => {
    fc.assert(
      fc.property(
        roundArbitrary({ conflicts: true, organisations: true }),
        fc.integer({ min: 1, max: 5 }),
        (round, batchEntries) => {
          const whole = planAssignments(round.input);
          const batched = planWithNetwork(round.input, { batchEntries });
          expect(whole.slots).toEqual(batched.slots);
          expect(planCost(round.input, whole).total).toBeLessThanOrEqual(
            planCost(round.input, batched).total,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('costs exactly the min-cost flow of the full network, with kept assignments and a maximum load', () => {
    fc.assert(
      fc.property(
        roundArbitrary({ conflicts: true, organisations: true }),
        fc.nat(),
        fc.option(fc.integer({ min: 0, max: 12 })),
        (round, pick, maxLoadPerJudge) => {
          const first = planAssignments(round.input);
          const existing = first.assignments.filter((_, i) => (i + pick) % 4 === 0);
          const input = { ...round.input, existing, maxLoadPerJudge };
          const whole = planAssignments(input);
          const reference = planWithNetwork(input);
          expect(whole.slots).toEqual(reference.slots);
          expect(planCost(input, whole)).toEqual(planCost(input, reference));
          expect(whole.summary).toEqual(reference.summary);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('costs exactly the min-cost flow of the full network on rounds of a few hundred slots', () => {
    const larger = roundArbitrary({
      conflicts: true,
      organisations: true,
      max: { judges: 16, entries: 80, reviews: 4 },
    });
    fc.assert(
      fc.property(larger, (round) => {
        const whole = planAssignments(round.input);
        expect(planCost(round.input, whole)).toEqual(
          planCost(round.input, planWithNetwork(round.input)),
        );
      }),
      { numRuns: 40 },
    );
  });

  it('is the best of every possible assignment on tiny rounds (exhaustive)', () => {
    const tiny = roundArbitrary({
      conflicts: true,
      organisations: true,
      max: { judges: 4, entries: 4, reviews: 2 },
    });
    fc.assert(
      fc.property(tiny, fc.option(fc.integer({ min: 0, max: 3 })), (round, maxLoadPerJudge) => {
        const input = { ...round.input, maxLoadPerJudge };
        const plan = planAssignments(input);
        const best = bruteForce({ ...round, input });
        expect({ filled: plan.slots.added, cost: planCost(input, plan).total }).toEqual(best);
      }),
      { numRuns: 200 },
    );
  });
});

/** Most slots filled, then the lowest cost, over every assignment that keeps the rules. */
function bruteForce(round: Round): { filled: number; cost: number } {
  const { judges, entries, reviewsPerEntry, maxLoadPerJudge } = round.input;
  const orgOf = (j: number) => organisationKey(judges[j].organization) || `judge:${j}`;
  const loadStep = 4 * entries.length * reviewsPerEntry + 1;
  const choices = entries.map((entry) => {
    const free = judges
      .map((judge, j) => ({ judge, j }))
      .filter(({ judge }) => !round.conflicted.has(pair(judge.userId, entry.entryId)))
      .map(({ j }) => j);
    const sets: number[][] = [];
    for (let size = 0; size <= reviewsPerEntry; size++)
      sets.push(
        ...subsets(free, size).filter((set) => new Set(set.map(orgOf)).size === set.length),
      );
    return sets;
  });
  const load = new Array<number>(judges.length).fill(0);
  let best = { filled: -1, cost: Number.POSITIVE_INFINITY };
  const walk = (e: number, filled: number, preference: number) => {
    if (e === entries.length) {
      const cost = load.reduce((sum, n) => sum + (n * (n + 1)) / 2, 0) * loadStep + preference;
      if (filled > best.filled || (filled === best.filled && cost < best.cost))
        best = { filled, cost };
      return;
    }
    for (const set of choices[e]) {
      if (maxLoadPerJudge != null && set.some((j) => load[j] >= maxLoadPerJudge)) continue;
      let extra = 0;
      for (const j of set) {
        load[j]++;
        extra += preferenceCost(judges[j], entries[e]);
      }
      walk(e + 1, filled + set.length, preference + extra);
      for (const j of set) load[j]--;
    }
  };
  walk(0, 0, 0);
  return best;
}
