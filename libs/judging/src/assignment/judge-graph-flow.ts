import { MAX_PREFERENCE, preferenceCost, type RoundModel } from './assignment-network';

/** No arc between two judges (or from a judge to the sink): above every real difference. */
const NONE = 127;
/** Preference differences between two judges on one entry: -MAX_PREFERENCE..MAX_PREFERENCE. */
const DIFFERENCES = 2 * MAX_PREFERENCE + 1;
/** Augmentations between two yields (progress and a turn of the event loop). */
const YIELD_EVERY = 256;

/** One new assignment of the solved round, by index into the round model. */
export interface AddedPair {
  entry: number;
  judge: number;
}

/**
 * The minimum-cost maximum flow of the network in assignment-network.ts (the same optimum
 * as MinCostFlow on it), found by successive shortest paths on a graph of the judges only.
 *
 * Every path of the network from a judge to another judge goes through one entry: the
 * first judge takes an entry the second one gives up. So a round of 100 judges and 5,000
 * entries has a judges x judges graph whose arc a -> b costs the cheapest such exchange,
 * min over b's entries e of pref(a, e) - pref(b, e), and an arc a -> sink costing the
 * cheapest entry still short of reviews that a may take. Preference costs are 0..4, so
 * each pair keeps a count of its exchanges per difference (-4..4) and the cheapest one is
 * read in O(1); an assignment changes only the counts of the entries on the augmenting path.
 * One Dijkstra is then O(judges^2) instead of O(judges x entries), a filled slot costs the
 * entries it touches, and after each search every judge still on a shortest path straight
 * to the sink is served without a new one: a 5,000-entry round is solved whole.
 *
 * Exactness: the distances between judges are the network's own (every path between two
 * judges of the network is one of these exchanges), potentials on judges keep Dijkstra's
 * arc costs non-negative as in the primal-dual method, and a shortest path over judges is
 * a shortest path of the network (see pathMoves).
 *
 * Deterministic: ties go to the lower judge index and to entries in a fixed scan order.
 */
export function* judgeGraphFlow(round: RoundModel): Generator<number, AddedPair[]> {
  const { candidates, need, room, keptByJudge, loadStep } = round;
  const J = round.judges.length;
  const E = round.entries.length;
  const R = Math.max(1, round.reviews);

  // Judges of one shared organisation share an index; others get none (-1).
  const sharedIndex = new Map<string, number>();
  const orgIndex = new Int32Array(J).fill(-1);
  round.orgOf.forEach((org, j) => {
    if (!round.sharedOrgs.has(org)) return;
    if (!sharedIndex.has(org)) sharedIndex.set(org, sharedIndex.size);
    orgIndex[j] = sharedIndex.get(org)!;
  });

  const eligible = new Uint8Array(E * J);
  const cost = new Int8Array(E * J);
  candidates.forEach((list, e) => {
    for (const j of list) {
      eligible[e * J + j] = 1;
      cost[e * J + j] = preferenceCost(round.judges[j], round.entries[e]);
    }
  });

  // New assignments: per entry (R slots), per judge (a set, in insertion order).
  const onEntry = new Int32Array(E * R);
  const countOn = new Int32Array(E);
  const byJudge = Array.from({ length: J }, () => new Set<number>());
  const added = new Int32Array(J);

  // Exchange counts per (a, b, difference) and per (a, sink, cost); their cheapest.
  const pairCount = new Int32Array(J * J * DIFFERENCES);
  const pairMin = new Int8Array(J * J).fill(NONE);
  const sinkCount = new Int32Array(J * (MAX_PREFERENCE + 1));
  const sinkMin = new Int8Array(J).fill(NONE);

  const isOn = (e: number, j: number) => {
    for (let s = 0; s < countOn[e]; s++) if (onEntry[e * R + s] === j) return true;
    return false;
  };
  /** The judge of j's shared organisation already on e, or -1. */
  const holderOf = (e: number, j: number) => {
    const org = orgIndex[j];
    if (org < 0) return -1;
    for (let s = 0; s < countOn[e]; s++)
      if (orgIndex[onEntry[e * R + s]] === org) return onEntry[e * R + s];
    return -1;
  };

  const countPair = (a: number, b: number, difference: number, sign: number) => {
    const p = a * J + b;
    const k = p * DIFFERENCES + difference + MAX_PREFERENCE;
    pairCount[k] += sign;
    if (sign > 0) {
      if (difference < pairMin[p]) pairMin[p] = difference;
    } else if (pairCount[k] === 0 && difference === pairMin[p]) {
      let min = NONE;
      for (let x = 0; x < DIFFERENCES; x++)
        if (pairCount[p * DIFFERENCES + x] > 0) {
          min = x - MAX_PREFERENCE;
          break;
        }
      pairMin[p] = min;
    }
  };
  const countSink = (a: number, c: number, sign: number) => {
    const k = a * (MAX_PREFERENCE + 1) + c;
    sinkCount[k] += sign;
    if (sign > 0) {
      if (c < sinkMin[a]) sinkMin[a] = c;
    } else if (sinkCount[k] === 0 && c === sinkMin[a]) {
      let min = NONE;
      for (let x = 0; x <= MAX_PREFERENCE; x++)
        if (sinkCount[a * (MAX_PREFERENCE + 1) + x] > 0) {
          min = x;
          break;
        }
      sinkMin[a] = min;
    }
  };

  /** Adds (sign 1) or removes (-1) the exchanges entry e offers in its current state. */
  const contribute = (e: number, sign: number) => {
    if (need[e] === 0) return;
    const open = countOn[e] < need[e];
    const base = e * J;
    for (const a of candidates[e]) {
      if (isOn(e, a)) continue;
      const mine = cost[base + a];
      const holder = holderOf(e, a);
      if (holder >= 0) {
        // Only in place of the colleague: one judge per organisation and entry.
        countPair(a, holder, mine - cost[base + holder], sign);
        continue;
      }
      for (let s = 0; s < countOn[e]; s++) {
        const b = onEntry[e * R + s];
        countPair(a, b, mine - cost[base + b], sign);
      }
      if (open) countSink(a, mine, sign);
    }
  };

  /** Is "a takes e from b" (b = -1: e has a free slot) allowed now, at this cost? */
  const exchange = (e: number, a: number, b: number) => {
    if (!eligible[e * J + a] || isOn(e, a)) return NONE;
    const holder = holderOf(e, a);
    if (b < 0) return holder < 0 && countOn[e] < need[e] ? cost[e * J + a] : NONE;
    return holder < 0 || holder === b ? cost[e * J + a] - cost[e * J + b] : NONE;
  };

  // Entries with a free slot; scanned for the sink arc of a path (compacted on the way).
  const open: number[] = [];
  for (let e = 0; e < E; e++) {
    if (need[e] > 0) open.push(e);
    contribute(e, 1);
  }
  const openEntryFor = (a: number, wantedCost: number) => {
    for (let r = 0; r < open.length; r++) {
      const e = open[r];
      if (countOn[e] >= need[e]) {
        open[r] = open[open.length - 1];
        open.pop();
        r--;
        continue;
      }
      if (exchange(e, a, -1) === wantedCost) return e;
    }
    throw new Error('judge graph out of step: no open entry for a sink arc');
  };
  const entryTakenFrom = (b: number, a: number, wantedDifference: number) => {
    for (const e of byJudge[b]) if (exchange(e, a, b) === wantedDifference) return e;
    throw new Error('judge graph out of step: no entry for an exchange arc');
  };

  const potential = new Float64Array(J);
  let sinkPotential = 0;
  const distance = new Float64Array(J);
  const parent = new Int32Array(J);
  const done = new Uint8Array(J);
  let flow = 0;
  let reported = 0;

  for (;;) {
    // Dijkstra from the source on reduced costs (dense: the graph has judges^2 arcs).
    for (let j = 0; j < J; j++) {
      distance[j] =
        added[j] < room[j]
          ? (keptByJudge[j] + added[j] + 1) * loadStep - potential[j]
          : Number.POSITIVE_INFINITY;
      parent[j] = -1;
      done[j] = 0;
    }
    let toSink = Number.POSITIVE_INFINITY;
    let last = -1;
    for (;;) {
      let u = -1;
      for (let j = 0; j < J; j++) if (!done[j] && (u < 0 || distance[j] < distance[u])) u = j;
      if (u < 0 || !(distance[u] < toSink)) break;
      done[u] = 1;
      const du = distance[u] + potential[u];
      if (sinkMin[u] !== NONE && du + sinkMin[u] - sinkPotential < toSink) {
        toSink = du + sinkMin[u] - sinkPotential;
        last = u;
      }
      const row = u * J;
      for (let v = 0; v < J; v++) {
        const d = pairMin[row + v];
        if (d === NONE || done[v]) continue;
        const candidate = du + d - potential[v];
        if (candidate < distance[v]) {
          distance[v] = candidate;
          parent[v] = u;
        }
      }
    }
    if (last < 0) break;

    const judgesOnPath: number[] = [];
    for (let j = last; j >= 0; j = parent[j]) judgesOnPath.unshift(j);
    const moves = pathMoves(judgesOnPath);
    // Capping at the sink's distance keeps every reduced cost non-negative (as MinCostFlow).
    for (let j = 0; j < J; j++) potential[j] += Math.min(distance[j], toSink);
    sinkPotential += toSink;
    apply(moves);
    // Every other judge whose next load and cheapest free entry are still at zero reduced
    // cost lies on another shortest path (source -> judge -> sink): take those without a
    // new search. A judge's next load then costs W more, so each is taken once per search.
    for (let j = 0; j < J; j++)
      if (
        added[j] < room[j] &&
        (keptByJudge[j] + added[j] + 1) * loadStep - potential[j] === 0 &&
        sinkMin[j] !== NONE &&
        sinkMin[j] + potential[j] - sinkPotential === 0
      )
        apply(pathMoves([j]));
    if (flow - reported >= YIELD_EVERY) yield (reported = flow);
  }

  const pairs: AddedPair[] = [];
  for (let e = 0; e < E; e++) {
    const judges = Array.from(onEntry.subarray(e * R, e * R + countOn[e])).sort((x, y) => x - y);
    for (const judge of judges) pairs.push({ entry: e, judge });
  }
  return pairs;

  /** Applies the moves of one augmenting path (one more slot filled). */
  function apply(moves: Array<{ entry: number; taker: number; giver: number }>): void {
    const touched = [...new Set(moves.map((m) => m.entry))];
    for (const e of touched) contribute(e, -1);
    for (const { entry, taker, giver } of moves) {
      if (giver >= 0) {
        const slot = slotOf(entry, giver);
        onEntry[entry * R + slot] = onEntry[entry * R + countOn[entry] - 1];
        countOn[entry]--;
        byJudge[giver].delete(entry);
        added[giver]--;
      }
      onEntry[entry * R + countOn[entry]++] = taker;
      byJudge[taker].add(entry);
      added[taker]++;
    }
    for (const e of touched) contribute(e, 1);
    flow++;
  }

  function slotOf(e: number, j: number): number {
    for (let s = 0; s < countOn[e]; s++) if (onEntry[e * R + s] === j) return s;
    throw new Error('judge graph out of step: judge not on entry');
  }

  /**
   * The moves of the shortest path over judges: each judge takes an entry from the next
   * one, the last takes an entry short of reviews; all are found in the state before the
   * path. The path is a simple path of the network: if a -> b and, later, c -> d both went
   * through entry e's own node, a -> d through e would cost no more than reaching d from
   * c (reduced costs are non-negative) and a, settled first, would have won that tie. One
   * entry can carry two moves only when one of them is a swap between colleagues of one
   * organisation (through the (entry, organisation) node, not the entry's), and applying
   * the moves one after the other gives the same result.
   */
  function pathMoves(path: number[]): Array<{ entry: number; taker: number; giver: number }> {
    return path.map((taker, i) => {
      const giver = i + 1 < path.length ? path[i + 1] : -1;
      const entry =
        giver < 0
          ? openEntryFor(taker, sinkMin[taker])
          : entryTakenFrom(giver, taker, pairMin[taker * J + giver]);
      return { entry, taker, giver };
    });
  }
}
