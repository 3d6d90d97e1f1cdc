import type { AssignmentPlan, PlanInput } from './assignment-plan.types';
import { readPlan, roundModel } from './assignment-network';
import { judgeGraphFlow } from './judge-graph-flow';

export { organisationKey } from './assignment-network';

/**
 * Plans the automatic assignment of a round as one minimum-cost maximum flow over the
 * whole round (see assignment-network.ts for the network and judge-graph-flow.ts for how
 * it is solved): every entry gets as many judges as it can, loads are as even as the
 * constraints allow, then preferences are met as far as possible.
 *
 * Pure and deterministic: judges and entries are ordered by id, whatever the input order.
 */
export function planAssignments(input: PlanInput): AssignmentPlan {
  const steps = planning(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same plan, giving the event loop a turn now and then (a large round
 * takes a second or more: a queue worker must keep renewing its job lock meanwhile).
 */
export async function planAssignmentsInSteps(
  input: PlanInput,
  onProgress: (fraction: number) => void | Promise<void> = () => undefined,
): Promise<AssignmentPlan> {
  const steps = planning(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await onProgress(step.value);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Yields the fraction of slots filled now and then; returns the plan. */
function* planning(input: PlanInput): Generator<number, AssignmentPlan> {
  const round = roundModel(input);
  const steps = judgeGraphFlow(round);
  for (;;) {
    const step = steps.next();
    if (step.done) return readPlan(round, step.value);
    yield round.wanted === 0 ? 1 : Math.min(1, step.value / round.wanted);
  }
}
