import type { ReviewTotal } from './ranking-input';

/**
 * Ridge shrinkage of judges' severities, in reviews' worth: a judge's severity is their
 * mean residual over n reviews shrunk by n / (n + 5), so a judge with 2 scores keeps
 * 2/7 of what they seem to show and a judge with 150 keeps 97 %.
 */
export const BIAS_SHRINKAGE_REVIEWS = 5;
export const BIAS_MAX_ITERATIONS = 1000;
export const BIAS_TOLERANCE = 1e-9;

export interface BiasModelResult {
  /** q_e: the entry's quality on the round's scale, with the judges' severities taken out. */
  quality: Map<string, number>;
  /** b_j: positive = generous, negative = severe, in points on the round's scale. */
  severity: Map<string, number>;
  iterations: number;
  converged: boolean;
}

/**
 * Additive judge-bias model total(j, e) = q_e + b_j, fitted by least squares over the
 * judge-entry graph with a ridge penalty lambda x sum(b_j^2). At the optimum the severities
 * sum to zero by themselves (summing the normal equations gives lambda x sum(b) = 0), so
 * the constraint needs no separate treatment; centring after each sweep only speeds it up.
 * Solved by Gauss-Seidel (alternating exact minimisation over b, then q): deterministic,
 * monotone on a convex quadratic, capped at BIAS_MAX_ITERATIONS, and started from the
 * direct solution of the judges' system (directSeverities), so it converges at once.
 */
export function biasModel(totals: ReviewTotal[], lambda = BIAS_SHRINKAGE_REVIEWS): BiasModelResult {
  const judgeIds = [...new Set(totals.map((t) => t.judgeUserId))].sort();
  const entryIds = [...new Set(totals.map((t) => t.entryId))].sort();
  const judgeIndex = new Map(judgeIds.map((id, i) => [id, i]));
  const entryIndex = new Map(entryIds.map((id, i) => [id, i]));
  const judgeOf = Int32Array.from(totals, (t) => judgeIndex.get(t.judgeUserId)!);
  const entryOf = Int32Array.from(totals, (t) => entryIndex.get(t.entryId)!);
  const value = Float64Array.from(totals, (t) => t.total);
  const judgeCount = new Float64Array(judgeIds.length);
  const entryCount = new Float64Array(entryIds.length);
  for (let r = 0; r < value.length; r++) {
    judgeCount[judgeOf[r]]++;
    entryCount[entryOf[r]]++;
  }

  const b = new Float64Array(judgeIds.length);
  const q = new Float64Array(entryIds.length);
  const judgeSum = new Float64Array(judgeIds.length);
  const entrySum = new Float64Array(entryIds.length);
  const updateQuality = () => {
    entrySum.fill(0);
    for (let r = 0; r < value.length; r++) entrySum[entryOf[r]] += value[r] - b[judgeOf[r]];
    for (let e = 0; e < q.length; e++) q[e] = entrySum[e] / entryCount[e];
  };
  // Started from the exact optimum the sweeps below only confirm it (one or two sweeps
  // instead of hundreds on a round where each entry has 3 of 100 judges).
  const exact = directSeverities(judgeOf, entryOf, value, judgeCount, entryCount, lambda);
  if (exact) b.set(exact);
  updateQuality();

  let iterations = 0;
  let converged = totals.length === 0;
  while (!converged && iterations < BIAS_MAX_ITERATIONS) {
    iterations++;
    const previous = Float64Array.from(b);
    judgeSum.fill(0);
    for (let r = 0; r < value.length; r++) judgeSum[judgeOf[r]] += value[r] - q[entryOf[r]];
    for (let j = 0; j < b.length; j++) b[j] = judgeSum[j] / (judgeCount[j] + lambda);
    // A shift of every b by -m and every q by +m keeps each q + b and lowers the penalty.
    const m = b.reduce((s, v) => s + v, 0) / b.length;
    for (let j = 0; j < b.length; j++) b[j] -= m;
    updateQuality();
    converged = b.every((v, j) => Math.abs(v - previous[j]) < BIAS_TOLERANCE);
  }

  return {
    quality: new Map(entryIds.map((id, e) => [id, q[e]])),
    severity: new Map(judgeIds.map((id, j) => [id, b[j]])),
    iterations,
    converged,
  };
}

/**
 * The severities solved directly: with every q_e eliminated (q_e = mean of t - b over the
 * entry's reviews) the normal equations are one symmetric judges x judges system,
 * (n_j + lambda) b_j - sum over j's reviews of (sum of b over the entry's reviews) / n_e
 * = sum over j's reviews of (t - entry mean). Adding 1 1^T fixes sum(b) = 0 (which the
 * optimum has anyway) and makes the system positive definite for lambda > 0, or for
 * lambda = 0 on a connected graph; solved by Cholesky. Null when it is not (lambda = 0 on
 * a disconnected graph): the sweeps then start from zero as before.
 */
function directSeverities(
  judgeOf: Int32Array,
  entryOf: Int32Array,
  value: Float64Array,
  judgeCount: Float64Array,
  entryCount: Float64Array,
  lambda: number,
): Float64Array | null {
  const judges = judgeCount.length;
  // The reviews of each entry, next to each other (a counting sort by entry).
  const start = new Int32Array(entryCount.length + 1);
  for (let e = 0; e < entryCount.length; e++) start[e + 1] = start[e] + entryCount[e];
  const fill = start.slice(0, entryCount.length);
  const byEntry = new Int32Array(value.length);
  for (let r = 0; r < value.length; r++) byEntry[fill[entryOf[r]]++] = r;

  const a = new Float64Array(judges * judges).fill(1);
  const y = new Float64Array(judges);
  for (let j = 0; j < judges; j++) a[j * judges + j] += judgeCount[j] + lambda;
  for (let e = 0; e < entryCount.length; e++) {
    const n = entryCount[e];
    let sum = 0;
    for (let i = start[e]; i < start[e + 1]; i++) sum += value[byEntry[i]];
    for (let i = start[e]; i < start[e + 1]; i++) {
      const j = judgeOf[byEntry[i]];
      y[j] += value[byEntry[i]] - sum / n;
      for (let k = start[e]; k < start[e + 1]; k++) a[j * judges + judgeOf[byEntry[k]]] -= 1 / n;
    }
  }
  // In-place Cholesky, a = L L^T (lower triangle), then L z = y and L^T b = z.
  for (let i = 0; i < judges; i++)
    for (let k = 0; k <= i; k++) {
      let sum = a[i * judges + k];
      for (let m = 0; m < k; m++) sum -= a[i * judges + m] * a[k * judges + m];
      if (i === k) {
        if (!(sum > 1e-9 * (judgeCount[i] + lambda + 1))) return null;
        a[i * judges + i] = Math.sqrt(sum);
      } else a[i * judges + k] = sum / a[k * judges + k];
    }
  for (let i = 0; i < judges; i++) {
    let sum = y[i];
    for (let m = 0; m < i; m++) sum -= a[i * judges + m] * y[m];
    y[i] = sum / a[i * judges + i];
  }
  for (let i = judges - 1; i >= 0; i--) {
    let sum = y[i];
    for (let m = i + 1; m < judges; m++) sum -= a[m * judges + i] * y[m];
    y[i] = sum / a[i * judges + i];
  }
  return y;
}
