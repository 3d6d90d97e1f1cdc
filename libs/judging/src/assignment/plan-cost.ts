import type { AssignmentPlan, PlanInput } from './assignment-plan.types';
import { preferenceCost, roundModel } from './assignment-network';

/** A plan measured by the objective of the whole round's flow (assignment-network.ts). */
export interface PlanCost {
  /** Sum over judges of kept + 1, kept + 2 ... up to their load: the balance term, in units of W. */
  loadUnits: number;
  /** Sum of the preference costs (0..4) of the new assignments. */
  preference: number;
  /** loadUnits x W + preference, W being the whole round's load weight. */
  total: number;
}

/**
 * The cost of a plan under the whole round's objective, whoever computed it: lets a plan
 * made in batches be compared with the whole-round optimum (lower is better; equal
 * totals are equally good plans).
 */
export function planCost(input: PlanInput, plan: AssignmentPlan): PlanCost {
  const round = roundModel(input);
  const judgeIndex = new Map(round.judges.map((j, i) => [j.userId, i]));
  const entryIndex = new Map(round.entries.map((e, i) => [e.entryId, i]));
  const added = new Array<number>(round.judges.length).fill(0);
  let preference = 0;
  for (const a of plan.assignments) {
    const j = judgeIndex.get(a.judgeUserId)!;
    added[j]++;
    preference += preferenceCost(round.judges[j], round.entries[entryIndex.get(a.entryId)!]);
  }
  const loadUnits = added.reduce((sum, n, j) => {
    const kept = round.keptByJudge[j];
    return sum + n * kept + (n * (n + 1)) / 2;
  }, 0);
  return { loadUnits, preference, total: loadUnits * round.loadStep + preference };
}
