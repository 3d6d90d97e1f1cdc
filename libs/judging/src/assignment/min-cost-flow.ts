/**
 * Minimum-cost maximum flow on a directed network with integer capacities and
 * non-negative integer costs (HotCRP's formulation of assignment: source -> judges ->
 * entries -> sink).
 *
 * Primal-dual successive shortest paths: Dijkstra on reduced costs finds the current
 * shortest distance to the sink and updates the node potentials, then a Dinic-style
 * blocking flow augments along every path whose reduced cost is zero before the next
 * Dijkstra. One unit per Dijkstra would take one search per review slot (15,000 for a
 * large round); augmenting all shortest paths at once needs one per distinct distance.
 *
 * A judge's load is modelled by parallel unit arcs of increasing cost; `addConvexEdge`
 * stores such a bundle as one arc whose cost grows by `step` per unit of flow (the
 * residual graph of the bundle only ever offers its cheapest free unit and its dearest
 * used one), so Dijkstra scans one arc per judge instead of one per possible assignment.
 *
 * Deterministic: arcs are scanned in insertion order and the heap breaks ties by node
 * number, so the same network always yields the same flow.
 */
export class MinCostFlow {
  private readonly pending: number[] = [];
  private from = new Int32Array(0);
  private to = new Int32Array(0);
  private cap = new Int32Array(0);
  private cost = new Float64Array(0);
  /** Cost added per unit already on a convex arc (negative on its residual twin); 0 elsewhere. */
  private step = new Float64Array(0);
  private originalCap = new Int32Array(0);
  /** Per arc: its residual twin, and whether it is the forward one of the pair. */
  private twin = new Int32Array(0);
  private forward = new Uint8Array(0);
  /** Where the arc returned by `addEdge` sits once arcs are stored grouped by tail node. */
  private position = new Int32Array(0);
  private adjacencyStart: Int32Array = new Int32Array(0);
  private compiled = false;

  constructor(readonly nodeCount: number) {}

  /** Adds an arc and its residual twin; returns the arc's id for `flowOn`. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    return this.addConvexEdge(from, to, capacity, cost, 0);
  }

  /**
   * The same as `capacity` parallel unit arcs costing `cost`, `cost + step`,
   * `cost + 2 * step` ... (convex: `step` >= 0).
   */
  addConvexEdge(from: number, to: number, capacity: number, cost: number, step: number): number {
    if (this.compiled) throw new Error('edges cannot be added after solving');
    if (from < 0 || from >= this.nodeCount || to < 0 || to >= this.nodeCount)
      throw new Error(`edge ${from}->${to} outside 0..${this.nodeCount - 1}`);
    if (!Number.isInteger(capacity) || capacity < 0) throw new Error('capacity must be >= 0');
    for (const value of [cost, step])
      if (!Number.isSafeInteger(value) || value < 0) throw new Error('costs must be integers >= 0');
    const id = this.pending.length / 5;
    this.pending.push(from, to, capacity, cost, step, to, from, 0, -cost, -step);
    return id;
  }

  /** Flow on an arc returned by `addEdge`, after `solve`. */
  flowOn(edgeId: number): number {
    const arc = this.position[edgeId];
    return this.originalCap[arc] - this.cap[arc];
  }

  get edgeCount(): number {
    return (this.compiled ? this.to.length : this.pending.length / 5) / 2;
  }

  /** Pushes as much flow as possible (at most `limit`) from `source` to `sink` at minimum cost. */
  solve(
    source: number,
    sink: number,
    limit = Number.POSITIVE_INFINITY,
  ): { flow: number; cost: number } {
    let flow = 0;
    for (const sofar of this.phases(source, sink, limit)) flow = sofar;
    return { flow, cost: this.totalCost() };
  }

  /**
   * The same work, one phase (one shortest distance) at a time; yields the flow so far.
   * Lets a caller report progress and give the event loop a turn between phases.
   */
  *phases(source: number, sink: number, limit = Number.POSITIVE_INFINITY): Generator<number> {
    this.compile();
    const n = this.nodeCount;
    const potential = new Float64Array(n);
    const distance = new Float64Array(n);
    const level = new Int32Array(n);
    const nextArc = new Int32Array(n);
    let flow = 0;

    while (flow < limit) {
      if (!this.shortestDistances(source, sink, potential, distance)) break;
      const toSink = distance[sink];
      // Capping at the sink's distance keeps every reduced cost non-negative and makes every
      // remaining zero-reduced-cost path from source to sink a shortest one.
      for (let v = 0; v < n; v++) potential[v] += Math.min(distance[v], toSink);

      while (flow < limit && this.admissibleLevels(source, sink, potential, level)) {
        for (let v = 0; v < n; v++) nextArc[v] = this.adjacencyStart[v];
        for (;;) {
          const pushed = this.augment(source, sink, limit - flow, potential, level, nextArc);
          if (pushed === 0) break;
          flow += pushed;
          if (flow >= limit) break;
        }
      }
      yield flow;
    }
  }

  /** The cost of the current flow. */
  totalCost(): number {
    let cost = 0;
    for (let arc = 0; arc < this.to.length; arc++) {
      if (!this.forward[arc]) continue;
      const used = this.originalCap[arc] - this.cap[arc];
      cost += used * this.cost[arc] + (this.step[arc] * used * (used - 1)) / 2;
    }
    return cost;
  }

  /**
   * Stores the arcs grouped by tail node (counting sort keeps insertion order within a
   * node), so scanning a node's arcs reads memory in sequence: on a large round the
   * searches are bound by memory access, not arithmetic.
   */
  private compile(): void {
    if (this.compiled) return;
    this.compiled = true;
    const arcs = this.pending.length / 5;
    const tailOf = (id: number) => this.pending[id * 5];
    const start = new Int32Array(this.nodeCount + 1);
    for (let id = 0; id < arcs; id++) start[tailOf(id) + 1]++;
    for (let v = 0; v < this.nodeCount; v++) start[v + 1] += start[v];
    const fill = start.slice(0, this.nodeCount);
    const position = new Int32Array(arcs);
    for (let id = 0; id < arcs; id++) position[id] = fill[tailOf(id)]++;

    this.from = new Int32Array(arcs);
    this.to = new Int32Array(arcs);
    this.cap = new Int32Array(arcs);
    this.cost = new Float64Array(arcs);
    this.step = new Float64Array(arcs);
    this.twin = new Int32Array(arcs);
    this.forward = new Uint8Array(arcs);
    for (let id = 0, i = 0; id < arcs; id++, i += 5) {
      const arc = position[id];
      this.from[arc] = this.pending[i];
      this.to[arc] = this.pending[i + 1];
      this.cap[arc] = this.pending[i + 2];
      this.cost[arc] = this.pending[i + 3];
      this.step[arc] = this.pending[i + 4];
      this.twin[arc] = position[id ^ 1];
      this.forward[arc] = (id & 1) === 0 ? 1 : 0;
    }
    this.originalCap = this.cap.slice();
    this.position = position;
    this.adjacencyStart = start;
    this.pending.length = 0;
  }

  /** The cost of the next unit on a residual arc leaving `u`, relative to the potentials. */
  private reducedCost(arc: number, u: number, potential: Float64Array): number {
    let cost = this.cost[arc];
    const step = this.step[arc];
    if (step !== 0) {
      // The next free unit of the bundle, or (on the twin) the last used one.
      const bundle = this.forward[arc] ? arc : this.twin[arc];
      const used = this.originalCap[bundle] - this.cap[bundle];
      cost += step * (this.forward[arc] ? used : used - 1);
    }
    return cost + potential[u] - potential[this.to[arc]];
  }

  /** Dijkstra on reduced costs; false when the sink is unreachable. */
  private shortestDistances(
    source: number,
    sink: number,
    potential: Float64Array,
    distance: Float64Array,
  ): boolean {
    distance.fill(Number.POSITIVE_INFINITY);
    distance[source] = 0;
    const heap = new NodeHeap(distance);
    heap.push(source);
    const done = new Uint8Array(this.nodeCount);
    while (heap.size > 0) {
      const u = heap.pop();
      done[u] = 1;
      // Nodes farther than the sink get the sink's distance anyway (see solve).
      if (u === sink) break;
      const du = distance[u];
      for (let arc = this.adjacencyStart[u]; arc < this.adjacencyStart[u + 1]; arc++) {
        if (this.cap[arc] === 0) continue;
        const v = this.to[arc];
        if (done[v]) continue;
        const candidate = du + this.reducedCost(arc, u, potential);
        if (candidate < distance[v]) {
          distance[v] = candidate;
          heap.push(v);
        }
      }
    }
    if (!Number.isFinite(distance[sink])) return false;
    for (let v = 0; v < this.nodeCount; v++) if (!done[v]) distance[v] = distance[sink];
    return true;
  }

  /** Breadth-first levels over residual arcs of zero reduced cost; true when the sink is reached. */
  private admissibleLevels(
    source: number,
    sink: number,
    potential: Float64Array,
    level: Int32Array,
  ): boolean {
    level.fill(-1);
    level[source] = 0;
    const queue = new Int32Array(this.nodeCount);
    let head = 0;
    let tail = 0;
    queue[tail++] = source;
    while (head < tail) {
      const u = queue[head++];
      for (let arc = this.adjacencyStart[u]; arc < this.adjacencyStart[u + 1]; arc++) {
        const v = this.to[arc];
        if (this.cap[arc] === 0 || level[v] >= 0 || this.reducedCost(arc, u, potential) !== 0)
          continue;
        level[v] = level[u] + 1;
        queue[tail++] = v;
      }
    }
    return level[sink] >= 0;
  }

  /** One augmenting path along increasing levels (iterative, with current-arc pointers). */
  private augment(
    source: number,
    sink: number,
    limit: number,
    potential: Float64Array,
    level: Int32Array,
    nextArc: Int32Array,
  ): number {
    const path: number[] = [];
    let u = source;
    for (;;) {
      if (u === sink) {
        let pushed = limit;
        // A convex arc's next unit costs more: one unit at a time through it.
        for (const arc of path) pushed = Math.min(pushed, this.step[arc] === 0 ? this.cap[arc] : 1);
        for (const arc of path) {
          this.cap[arc] -= pushed;
          this.cap[this.twin[arc]] += pushed;
        }
        return pushed;
      }
      let advanced = false;
      for (; nextArc[u] < this.adjacencyStart[u + 1]; nextArc[u]++) {
        const arc = nextArc[u];
        const v = this.to[arc];
        if (
          this.cap[arc] > 0 &&
          level[v] === level[u] + 1 &&
          this.reducedCost(arc, u, potential) === 0
        ) {
          path.push(arc);
          u = v;
          advanced = true;
          break;
        }
      }
      if (advanced) continue;
      // Dead end: never try this node again in this phase, and step back.
      level[u] = -1;
      if (path.length === 0) return 0;
      const arc = path.pop()!;
      u = this.from[arc];
      nextArc[u]++;
    }
  }
}

/**
 * An indexed binary min-heap of node numbers keyed by their distance, with decrease-key,
 * so each node sits in it at most once (ties: lower node first).
 */
class NodeHeap {
  private readonly heap: Int32Array;
  private readonly position: Int32Array;
  private length = 0;

  constructor(private readonly distance: Float64Array) {
    this.heap = new Int32Array(distance.length);
    this.position = new Int32Array(distance.length).fill(-1);
  }

  get size(): number {
    return this.length;
  }

  /** Inserts the node, or moves it up after its distance decreased. */
  push(node: number): void {
    let i = this.position[node];
    if (i < 0) {
      i = this.length++;
      this.heap[i] = node;
      this.position[node] = i;
    }
    this.siftUp(i);
  }

  pop(): number {
    const top = this.heap[0];
    this.position[top] = -1;
    this.length--;
    if (this.length > 0) {
      const last = this.heap[this.length];
      this.heap[0] = last;
      this.position[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(i: number): void {
    const node = this.heap[i];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const other = this.heap[parent];
      if (!this.less(node, other)) break;
      this.heap[i] = other;
      this.position[other] = i;
      i = parent;
    }
    this.heap[i] = node;
    this.position[node] = i;
  }

  private siftDown(i: number): void {
    const node = this.heap[i];
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.length) break;
      const right = left + 1;
      let child = left;
      if (right < this.length && this.less(this.heap[right], this.heap[left])) child = right;
      const other = this.heap[child];
      if (!this.less(other, node)) break;
      this.heap[i] = other;
      this.position[other] = i;
      i = child;
    }
    this.heap[i] = node;
    this.position[node] = i;
  }

  private less(a: number, b: number): boolean {
    const da = this.distance[a];
    const db = this.distance[b];
    return da < db || (da === db && a < b);
  }
}
