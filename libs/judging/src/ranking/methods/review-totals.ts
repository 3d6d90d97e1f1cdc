import type { RankingInput, ReviewInput, ReviewTotal } from './ranking-input';

type Rubric = RankingInput['criteria'];

/** The scale when the rubric cannot define one (no criteria) or weights make its maximum arbitrary. */
export const NORMALISED_SCALE = 100;

/**
 * The round's scale, defined here and nowhere else. With every weight 1 the scale is the
 * rubric's own maximum (sum of maxScore, e.g. 40 + 30 + 30 = 100), so totals read as the
 * judges wrote them. With any other weight the weighted sum has no natural maximum the
 * jury recognises, so totals are rescaled so that the rubric's maximum maps to 100.
 */
export function roundScale(criteria: Rubric): number {
  if (criteria.length === 0) return NORMALISED_SCALE;
  if (criteria.every((c) => c.weight === 1)) return criteria.reduce((s, c) => s + c.maxScore, 0);
  return NORMALISED_SCALE;
}

/** One review's total: sum of score x weight, mapped so the rubric's maximum is the scale. */
export function reviewTotal(values: ReviewInput['values'], criteria: Rubric): number {
  return totalOf(values, criteria, rubricMaximum(criteria), roundScale(criteria));
}

export function reviewTotals(input: RankingInput): ReviewTotal[] {
  // The rubric's maximum and scale once, not once per review.
  const maximum = rubricMaximum(input.criteria);
  const scale = roundScale(input.criteria);
  return input.reviews.map((r) => ({
    judgeUserId: r.judgeUserId,
    entryId: r.entryId,
    total: totalOf(r.values, input.criteria, maximum, scale),
  }));
}

function rubricMaximum(criteria: Rubric): number {
  return criteria.reduce((s, c) => s + c.maxScore * c.weight, 0);
}

function totalOf(
  values: ReviewInput['values'],
  criteria: Rubric,
  maximum: number,
  scale: number,
): number {
  if (maximum === 0) return 0;
  let weighted = 0;
  for (const c of criteria) weighted += (values[c.key] ?? 0) * c.weight;
  return (weighted * scale) / maximum;
}

/** Totals grouped by entry, in input order (so every method sees the same order). */
export function totalsByEntry(totals: ReviewTotal[]): Map<string, number[]> {
  const byEntry = new Map<string, number[]>();
  for (const t of totals) {
    const list = byEntry.get(t.entryId);
    if (list) list.push(t.total);
    else byEntry.set(t.entryId, [t.total]);
  }
  return byEntry;
}

export function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** Population standard deviation: the judges of a round are the whole population, not a sample. */
export function populationStdDev(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const m = mean(values);
  return Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / values.length);
}
