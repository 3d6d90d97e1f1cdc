import type {
  AssignmentPlan,
  JudgeLoad,
  KeptAssignment,
  PlanInput,
  PlannedAssignment,
  UnfilledEntry,
} from './assignment-plan.types';
import { buildNetwork, loadSummary, SINK, SOURCE } from './assignment-network';

export { organisationKey } from './assignment-network';

/**
 * Entries planned in one flow. A round's cost grows with entries x judges per phase and
 * with its total load in phases (each phase raises a judge's load by one at most), so a
 * 5,000-entry round solved whole takes about 450 phases over 500,000 arcs.
 */
export const BATCH_ENTRIES = 500;

export interface PlanOptions {
  batchEntries?: number;
}

/**
 * Plans the automatic assignment of a round as minimum-cost maximum flows (see
 * assignment-network.ts). A round of up to BATCH_ENTRIES entries is one exact flow: every
 * entry gets as many judges as it can, loads are as even as the constraints allow, then
 * preferences are met as far as possible. A larger round is planned in batches of entries
 * (in id order), each an exact flow given the loads the batches before it left: every
 * entry still gets as many judges as it can (without a maximum load a judge never runs
 * out), and each batch evens the loads out again. With a maximum load per judge an early
 * batch could use up judges a later one needs, so such a round is always one flow.
 *
 * Pure and deterministic: judges and entries are ordered by id, whatever the input order.
 */
export function planAssignments(input: PlanInput, options: PlanOptions = {}): AssignmentPlan {
  const steps = planning(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same plan, giving the event loop a turn between phases of the flow (a large round
 * takes seconds: a queue worker must keep renewing its job lock meanwhile).
 */
export async function planAssignmentsInSteps(
  input: PlanInput,
  onProgress: (fraction: number) => void | Promise<void> = () => undefined,
  options: PlanOptions = {},
): Promise<AssignmentPlan> {
  const steps = planning(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await onProgress(step.value);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Yields the fraction of slots filled after each phase; returns the plan. */
function* planning(input: PlanInput, options: PlanOptions): Generator<number, AssignmentPlan> {
  const size = Math.max(1, options.batchEntries ?? BATCH_ENTRIES);
  const entries = [...input.entries].sort((a, b) => compareIds(a.entryId, b.entryId));
  const batches =
    input.maxLoadPerJudge == null && entries.length > size
      ? Array.from({ length: Math.ceil(entries.length / size) }, (_, i) =>
          entries.slice(i * size, (i + 1) * size),
        )
      : [entries];

  const organisations = new Map(input.judges.map((j) => [j.userId, j.organization]));
  let existing: KeptAssignment[] = [...input.existing];
  const assignments: PlannedAssignment[] = [];
  const unfilled: UnfilledEntry[] = [];
  const slots = { wanted: 0, kept: 0, added: 0, unfilled: 0 };
  const wantedTotal = estimateWanted(input);
  for (const batch of batches) {
    const built = buildNetwork({ ...input, entries: batch, existing });
    for (const flow of built.network.phases(SOURCE, SINK))
      yield wantedTotal === 0 ? 1 : Math.min(1, (slots.wanted + flow) / wantedTotal);
    const part = built.finish();
    assignments.push(...part.assignments);
    unfilled.push(...part.unfilled);
    for (const key of ['wanted', 'kept', 'added', 'unfilled'] as const)
      slots[key] += part.slots[key];
    existing = existing.concat(
      part.assignments.map((a) => ({ ...a, organization: organisations.get(a.judgeUserId) })),
    );
  }

  const loads = judgeLoads(input, assignments);
  return { assignments, loads, summary: loadSummary(loads), slots, unfilled };
}

function judgeLoads(input: PlanInput, added: PlannedAssignment[]): JudgeLoad[] {
  const count = (list: readonly { judgeUserId: string }[]) => {
    const map = new Map<string, number>();
    for (const a of list) map.set(a.judgeUserId, (map.get(a.judgeUserId) ?? 0) + 1);
    return map;
  };
  const kept = count(input.existing);
  const fresh = count(added);
  return [...input.judges]
    .sort((a, b) => compareIds(a.userId, b.userId))
    .map((judge) => {
      const k = kept.get(judge.userId) ?? 0;
      const n = fresh.get(judge.userId) ?? 0;
      return { judgeUserId: judge.userId, kept: k, added: n, total: k + n };
    });
}

/** Slots still to fill in the whole round, for progress only. */
function estimateWanted(input: PlanInput): number {
  const kept = new Map<string, number>();
  for (const a of input.existing) kept.set(a.entryId, (kept.get(a.entryId) ?? 0) + 1);
  return input.entries.reduce(
    (sum, e) => sum + Math.max(0, input.reviewsPerEntry - (kept.get(e.entryId) ?? 0)),
    0,
  );
}

/** Plain code-unit order: the same on every machine and locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
