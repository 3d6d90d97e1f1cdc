import type { AssignmentPlan, KeptAssignment, PlanInput } from './assignment-plan.types';
import { buildNetwork, readPlan, roundModel, SINK, SOURCE } from './assignment-network';

/**
 * The plan as it was made before the judge graph: MinCostFlow on the full network,
 * optionally in batches of `batchEntries` entries (in id order, each an exact flow given
 * the loads the batches before it left). Not used by the service: it is the independent
 * optimum the planner is tested against, and the batched plan the bench compares with.
 */
export function planWithNetwork(
  input: PlanInput,
  options: { batchEntries?: number } = {},
): AssignmentPlan {
  const size = Math.max(1, options.batchEntries ?? Number.POSITIVE_INFINITY);
  const entries = [...input.entries].sort((a, b) =>
    a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0,
  );
  // With a maximum load an early batch could use up judges a later one needs.
  const batches =
    input.maxLoadPerJudge == null && entries.length > size
      ? Array.from({ length: Math.ceil(entries.length / size) }, (_, i) =>
          entries.slice(i * size, (i + 1) * size),
        )
      : [entries];

  const organisations = new Map(input.judges.map((j) => [j.userId, j.organization]));
  let existing: KeptAssignment[] = [...input.existing];
  const added: KeptAssignment[] = [];
  for (const batch of batches) {
    const built = buildNetwork({ ...input, entries: batch, existing });
    built.network.solve(SOURCE, SINK);
    const part = built.finish();
    const fresh = part.assignments.map((a) => ({
      ...a,
      organization: organisations.get(a.judgeUserId),
    }));
    added.push(...fresh);
    existing = existing.concat(fresh);
  }

  // Read the whole round's plan off the pairs the batches chose.
  const round = roundModel(input);
  const judgeIndex = new Map(round.judges.map((j, i) => [j.userId, i]));
  const entryIndex = new Map(round.entries.map((e, i) => [e.entryId, i]));
  const pairs = added
    .map((a) => ({ entry: entryIndex.get(a.entryId)!, judge: judgeIndex.get(a.judgeUserId)! }))
    .sort((x, y) => x.entry - y.entry || x.judge - y.judge);
  return readPlan(round, pairs);
}
