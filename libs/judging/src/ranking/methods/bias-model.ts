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
 * monotone on a convex quadratic, capped at BIAS_MAX_ITERATIONS.
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
