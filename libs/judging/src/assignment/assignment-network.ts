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
export const MAX_PREFERENCE = 2 * MISMATCH;

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
  const round = roundModel(input);
  const { judges, entries, candidates, need, wanted, orgOf, sharedOrgs, keptByJudge } = round;

  // Nodes: source, sink, judges, entries, then (entry, shared organisation) pairs.
  const judgeNode = (index: number) => 2 + index;
  const entryNode = (index: number) => 2 + judges.length + index;
  const orgNodes = new Map<string, number>();
  let nodeCount = 2 + judges.length + entries.length;
  entries.forEach((entry, e) => {
    if (need[e] === 0) return;
    for (const j of candidates[e]) {
      const org = orgOf[j];
      const key = `${e}\u0000${org}`;
      if (sharedOrgs.has(org) && !orgNodes.has(key)) orgNodes.set(key, nodeCount++);
    }
  });

  const network = new MinCostFlow(nodeCount);
  const eligibleCount = new Array<number>(judges.length).fill(0);
  const arcs: Array<{ arc: number; entry: number; judge: number }> = [];

  entries.forEach((entry, e) => {
    if (need[e] === 0) return;
    network.addEdge(entryNode(e), SINK, need[e], 0);
    const linkedOrgs = new Set<string>();
    for (const j of candidates[e]) {
      const org = orgOf[j];
      const orgNode = sharedOrgs.has(org) ? orgNodes.get(`${e}\u0000${org}`)! : undefined;
      const head = orgNode ?? entryNode(e);
      if (orgNode !== undefined && !linkedOrgs.has(org)) {
        linkedOrgs.add(org);
        network.addEdge(orgNode, entryNode(e), 1, 0);
      }
      arcs.push({
        arc: network.addEdge(judgeNode(j), head, 1, preferenceCost(judges[j], entry)),
        entry: e,
        judge: j,
      });
      eligibleCount[j]++;
    }
  });

  judges.forEach((_, j) => {
    const kept = keptByJudge[j];
    const units = Math.min(round.room[j], eligibleCount[j], wanted);
    // Unit arcs costing (kept + 1) * W, (kept + 2) * W ...: the n-th load costs n * W.
    network.addConvexEdge(SOURCE, judgeNode(j), units, (kept + 1) * round.loadStep, round.loadStep);
  });

  return {
    network,
    wanted,
    finish: () =>
      readPlan(
        round,
        arcs.filter(({ arc }) => network.flowOn(arc) > 0),
      ),
  };
}

/** A round reduced to indices: what both solvers (and the cost of a plan) start from. */
export interface RoundModel {
  input: PlanInput;
  reviews: number;
  /** Sorted by id. */
  judges: PlannerJudge[];
  entries: PlannerEntry[];
  /** Organisation key per judge ('' for none). */
  orgOf: string[];
  /** Organisations with more than one judge of the round. */
  sharedOrgs: Set<string>;
  keptByEntry: Map<string, Set<string>>;
  /** Kept assignments per judge index. */
  keptByJudge: number[];
  /** Per entry, the judge indices that may still take it, in judge order. */
  candidates: number[][];
  /** Per entry, the reviews still wanted. */
  need: number[];
  wanted: number;
  /** Per judge, how many new assignments the maximum load allows. */
  room: number[];
  /** The weight W of one unit of load (more than every sum of preference costs). */
  loadStep: number;
}

export function roundModel(input: PlanInput): RoundModel {
  const reviews = Math.max(0, Math.floor(input.reviewsPerEntry));
  const judges = [...input.judges].sort((a, b) => compareIds(a.userId, b.userId));
  const entries = [...input.entries].sort((a, b) => compareIds(a.entryId, b.entryId));
  const orgOf = judges.map((j) => organisationKey(j.organization));
  const orgById = new Map(judges.map((j, i) => [j.userId, orgOf[i]]));
  const judgeIndex = new Map(judges.map((j, i) => [j.userId, i]));

  const keptByEntry = new Map<string, Set<string>>();
  const blockedOrgsByEntry = new Map<string, Set<string>>();
  const keptByJudge = new Array<number>(judges.length).fill(0);
  for (const kept of input.existing) {
    setOf(keptByEntry, kept.entryId).add(kept.judgeUserId);
    const org = orgById.get(kept.judgeUserId) ?? organisationKey(kept.organization ?? null);
    if (org) setOf(blockedOrgsByEntry, kept.entryId).add(org);
    const j = judgeIndex.get(kept.judgeUserId);
    if (j !== undefined) keptByJudge[j]++;
  }

  // Candidates per entry, in judge order: no conflict, not on it already, organisation free.
  const candidates = entries.map((entry) => {
    const list: number[] = [];
    judges.forEach((judge, j) => {
      if (
        !keptByEntry.get(entry.entryId)?.has(judge.userId) &&
        !blockedOrgsByEntry.get(entry.entryId)?.has(orgOf[j]) &&
        !input.conflicts.has(judge.userId, entry.entryId)
      )
        list.push(j);
    });
    return list;
  });
  const need = entries.map((entry) =>
    Math.max(0, reviews - (keptByEntry.get(entry.entryId)?.size ?? 0)),
  );
  const wanted = need.reduce((sum, n) => sum + n, 0);
  const room = keptByJudge.map((kept) =>
    input.maxLoadPerJudge == null ? wanted : Math.max(0, input.maxLoadPerJudge - kept),
  );
  return {
    input,
    reviews,
    judges,
    entries,
    orgOf,
    sharedOrgs: organisationsWithSeveralJudges(judges),
    keptByEntry,
    keptByJudge,
    candidates,
    need,
    wanted,
    room,
    loadStep: MAX_PREFERENCE * wanted + 1,
  };
}

/** The plan of a solved round, from its new (entry, judge) pairs in entry then judge order. */
export function readPlan(
  round: RoundModel,
  added: ReadonlyArray<{ entry: number; judge: number }>,
): AssignmentPlan {
  const { input, judges, entries, keptByEntry, keptByJudge, reviews, wanted } = round;
  const assignments: PlannedAssignment[] = [];
  const addedByJudge = new Array<number>(judges.length).fill(0);
  const addedByEntry = new Array<number>(entries.length).fill(0);
  for (const { entry, judge } of added) {
    assignments.push({ entryId: entries[entry].entryId, judgeUserId: judges[judge].userId });
    addedByJudge[judge]++;
    addedByEntry[entry]++;
  }

  const loads: JudgeLoad[] = judges.map((judge, j) => {
    const kept = keptByJudge[j];
    return {
      judgeUserId: judge.userId,
      kept,
      added: addedByJudge[j],
      total: kept + addedByJudge[j],
    };
  });
  const unfilled = unfilledEntries(input, round, addedByEntry);
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

function unfilledEntries(
  input: PlanInput,
  round: RoundModel,
  addedByEntry: number[],
): UnfilledEntry[] {
  const { entries, candidates, need, reviews, judges, orgOf } = round;
  const result: UnfilledEntry[] = [];
  entries.forEach((entry, e) => {
    const missing = need[e] - addedByEntry[e];
    if (missing <= 0) return;
    // Judges of one organisation count once: only one of them may take the entry.
    const groups = new Set(candidates[e].map((j) => orgOf[j] || `judge:${judges[j].userId}`));
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

export function preferenceCost(judge: PlannerJudge, entry: PlannerEntry): number {
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
