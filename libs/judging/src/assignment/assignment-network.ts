import type {
  AssignmentPlan,
  JudgeLoad,
  LoadSummary,
  PlanInput,
  PlannedAssignment,
  PlannerEntry,
  PlannerJudge,
  UnfilledEntry,
} from './assignment-plan.types';
import { MinCostFlow } from './min-cost-flow';

/** Preference cost per criterion: the judge asked for it, has no preference, or asked for others. */
const MATCH = 0;
const NEUTRAL = 1;
const MISMATCH = 2;
/** The largest preference cost of one assignment (category + field). */
const MAX_PREFERENCE = 2 * MISMATCH;

export const SOURCE = 0;
export const SINK = 1;

/** A round's flow network, built and waiting to be solved; `finish` reads the plan off it. */
export interface AssignmentNetwork {
  network: MinCostFlow;
  wanted: number;
  finish: () => AssignmentPlan;
}

/**
 * The network of HotCRP's formulation:
 *
 *   source -> judge: one unit arc per extra assignment, the n-th load costing n * W, so
 *                    the total cost is convex in each judge's load and loads even out;
 *   judge -> entry:  only without a conflict, costing 0..4 by category and field match;
 *                    through an (entry, organisation) node of capacity 1 for judges who
 *                    share an organisation, so at most one of them reviews an entry;
 *   entry -> sink:   reviews per entry minus the assignments kept.
 *
 * W exceeds every possible sum of preference costs, so balance always wins over
 * preference. With separable convex costs the optimum is the most balanced load vector
 * among all maximum assignments: when it still has max - min > 1, no assignment that
 * respects the constraints has better.
 */
export function buildNetwork(input: PlanInput): AssignmentNetwork {
  const reviews = Math.max(0, Math.floor(input.reviewsPerEntry));
  const judges = [...input.judges].sort((a, b) => compareIds(a.userId, b.userId));
  const entries = [...input.entries].sort((a, b) => compareIds(a.entryId, b.entryId));
  const orgOf = new Map(judges.map((j) => [j.userId, organisationKey(j.organization)]));
  const sharedOrgs = organisationsWithSeveralJudges(judges);

  const keptByEntry = new Map<string, Set<string>>();
  const blockedOrgsByEntry = new Map<string, Set<string>>();
  const keptByJudge = new Map<string, number>();
  for (const kept of input.existing) {
    setOf(keptByEntry, kept.entryId).add(kept.judgeUserId);
    const org = orgOf.get(kept.judgeUserId) ?? organisationKey(kept.organization ?? null);
    if (org) setOf(blockedOrgsByEntry, kept.entryId).add(org);
    keptByJudge.set(kept.judgeUserId, (keptByJudge.get(kept.judgeUserId) ?? 0) + 1);
  }

  // Candidates per entry, in judge order: no conflict, not on it already, organisation free.
  const candidates = entries.map((entry) =>
    judges.filter(
      (judge) =>
        !keptByEntry.get(entry.entryId)?.has(judge.userId) &&
        !blockedOrgsByEntry.get(entry.entryId)?.has(orgOf.get(judge.userId) ?? '') &&
        !input.conflicts.has(judge.userId, entry.entryId),
    ),
  );
  const need = entries.map((entry) =>
    Math.max(0, reviews - (keptByEntry.get(entry.entryId)?.size ?? 0)),
  );
  const wanted = need.reduce((sum, n) => sum + n, 0);

  // Nodes: source, sink, judges, entries, then (entry, shared organisation) pairs.
  const judgeNode = (index: number) => 2 + index;
  const entryNode = (index: number) => 2 + judges.length + index;
  const orgNodes = new Map<string, number>();
  let nodeCount = 2 + judges.length + entries.length;
  entries.forEach((entry, e) => {
    if (need[e] === 0) return;
    for (const judge of candidates[e]) {
      const org = orgOf.get(judge.userId)!;
      const key = `${e}\u0000${org}`;
      if (sharedOrgs.has(org) && !orgNodes.has(key)) orgNodes.set(key, nodeCount++);
    }
  });

  const network = new MinCostFlow(nodeCount);
  const loadStep = MAX_PREFERENCE * wanted + 1;
  const eligibleCount = new Array<number>(judges.length).fill(0);
  const judgeIndex = new Map(judges.map((j, i) => [j.userId, i]));
  const arcs: Array<{ arc: number; entry: number; judge: number }> = [];

  entries.forEach((entry, e) => {
    if (need[e] === 0) return;
    network.addEdge(entryNode(e), SINK, need[e], 0);
    const linkedOrgs = new Set<string>();
    for (const judge of candidates[e]) {
      const j = judgeIndex.get(judge.userId)!;
      const org = orgOf.get(judge.userId)!;
      const orgNode = sharedOrgs.has(org) ? orgNodes.get(`${e}\u0000${org}`)! : undefined;
      const head = orgNode ?? entryNode(e);
      if (orgNode !== undefined && !linkedOrgs.has(org)) {
        linkedOrgs.add(org);
        network.addEdge(orgNode, entryNode(e), 1, 0);
      }
      arcs.push({
        arc: network.addEdge(judgeNode(j), head, 1, preferenceCost(judge, entry)),
        entry: e,
        judge: j,
      });
      eligibleCount[j]++;
    }
  });

  judges.forEach((judge, j) => {
    const kept = keptByJudge.get(judge.userId) ?? 0;
    const room = input.maxLoadPerJudge == null ? wanted : Math.max(0, input.maxLoadPerJudge - kept);
    const units = Math.min(room, eligibleCount[j], wanted);
    // Unit arcs costing (kept + 1) * W, (kept + 2) * W ...: the n-th load costs n * W.
    network.addConvexEdge(SOURCE, judgeNode(j), units, (kept + 1) * loadStep, loadStep);
  });

  return { network, wanted, finish: () => readPlan() };

  function readPlan(): AssignmentPlan {
    const assignments: PlannedAssignment[] = [];
    const added = new Array<number>(judges.length).fill(0);
    const addedByEntry = new Array<number>(entries.length).fill(0);
    for (const { arc, entry, judge } of arcs) {
      if (network.flowOn(arc) === 0) continue;
      assignments.push({ entryId: entries[entry].entryId, judgeUserId: judges[judge].userId });
      added[judge]++;
      addedByEntry[entry]++;
    }

    const loads: JudgeLoad[] = judges.map((judge, j) => {
      const kept = keptByJudge.get(judge.userId) ?? 0;
      return { judgeUserId: judge.userId, kept, added: added[j], total: kept + added[j] };
    });
    const unfilled = unfilledEntries(
      input,
      entries,
      candidates,
      need,
      addedByEntry,
      reviews,
      orgOf,
    );
    const addedTotal = assignments.length;
    return {
      assignments,
      loads,
      summary: loadSummary(loads),
      slots: {
        wanted,
        kept: entries.reduce(
          (sum, e) => sum + Math.min(reviews, keptByEntry.get(e.entryId)?.size ?? 0),
          0,
        ),
        added: addedTotal,
        unfilled: wanted - addedTotal,
      },
      unfilled,
    };
  }
}

function unfilledEntries(
  input: PlanInput,
  entries: PlannerEntry[],
  candidates: PlannerJudge[][],
  need: number[],
  addedByEntry: number[],
  reviews: number,
  orgOf: Map<string, string>,
): UnfilledEntry[] {
  const result: UnfilledEntry[] = [];
  entries.forEach((entry, e) => {
    const missing = need[e] - addedByEntry[e];
    if (missing <= 0) return;
    // Judges of one organisation count once: only one of them may take the entry.
    const groups = new Set(candidates[e].map((j) => orgOf.get(j.userId) || `judge:${j.userId}`));
    const kept = reviews - need[e];
    const eligible = kept + groups.size;
    const label = entry.label ?? entry.entryId;
    const tooFew = eligible < reviews;
    result.push({
      entryId: entry.entryId,
      label,
      reviews,
      assigned: reviews - missing,
      missing,
      eligibleJudges: eligible,
      reason: tooFew ? 'too_few_eligible_judges' : 'judges_at_max_load',
      message: tooFew
        ? `entry ${label}: only ${eligible} eligible judge(s) without conflicts (one per organisation), ${reviews} reviews wanted`
        : `entry ${label}: every eligible judge has reached the maximum load of ${input.maxLoadPerJudge}`,
    });
  });
  return result;
}

export function loadSummary(loads: JudgeLoad[]): LoadSummary {
  if (loads.length === 0) return { min: 0, max: 0, spread: 0, balanced: true, note: null };
  const totals = loads.map((l) => l.total);
  const min = Math.min(...totals);
  const max = Math.max(...totals);
  const balanced = max - min <= 1;
  return {
    min,
    max,
    spread: max - min,
    balanced,
    note: balanced
      ? null
      : 'conflicts, the one-judge-per-organisation rule, the maximum load or the kept assignments do not allow max - min <= 1; this is the most even assignment they allow',
  };
}

function preferenceCost(judge: PlannerJudge, entry: PlannerEntry): number {
  return (
    preferenceFit(judge.categoryKeys, entry.categoryKey) +
    preferenceFit(judge.fieldKeys, entry.fieldKey)
  );
}

function preferenceFit(preferred: readonly string[], value: string | null): number {
  if (preferred.length === 0 || value === null) return NEUTRAL;
  return preferred.includes(value) ? MATCH : MISMATCH;
}

/** Organisations compared the way people write them: case, spacing and Unicode form aside. */
export function organisationKey(organization: string | null): string {
  return (organization ?? '').normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

function organisationsWithSeveralJudges(judges: PlannerJudge[]): Set<string> {
  const count = new Map<string, number>();
  for (const judge of judges) {
    const org = organisationKey(judge.organization);
    if (org) count.set(org, (count.get(org) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n > 1).map(([org]) => org));
}

function setOf<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}

/** Plain code-unit order: the same on every machine and locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
