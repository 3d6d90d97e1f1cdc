import type { Criterion } from '@app/contests';
import type { FieldError, FieldErrorCode } from '@app/platform';

/** Points are whole or to one decimal place (7, 7.5, 7.3): what a jury writes on paper. */
const ONE_DECIMAL = /^\d+(\.\d)?$/;

/**
 * Checks a judge's points against the rubric. A draft may leave criteria out; a
 * submission needs every one. Every problem is reported at once, per criterion.
 */
export function scoreErrors(
  criteria: readonly Criterion[],
  values: Record<string, unknown>,
  submitting: boolean,
): FieldError[] {
  const errors: FieldError[] = [];
  const byKey = new Map(criteria.map((criterion) => [criterion.key, criterion]));
  for (const [key, value] of Object.entries(values)) {
    const criterion = byKey.get(key);
    if (!criterion) {
      errors.push({
        field: `scores.${key}`,
        code: 'unknownField',
        messages: ['is not a criterion of this round'],
      });
      continue;
    }
    const problem = pointsProblem(value, criterion.maxScore);
    if (problem) errors.push({ field: `scores.${key}`, ...problem });
  }
  if (submitting)
    for (const criterion of criteria)
      if (values[criterion.key] === undefined || values[criterion.key] === null)
        errors.push({
          field: `scores.${criterion.key}`,
          code: 'required',
          messages: ['is required to submit'],
        });
  return errors;
}

type Problem = { code: FieldErrorCode; messages: string[] };

function pointsProblem(value: unknown, max: number): Problem | null {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value))
    return { code: 'notNumber', messages: ['must be a number'] };
  if (value < 0 || value > max)
    return { code: 'outOfRange', messages: [`must be between 0 and ${max}`] };
  if (!ONE_DECIMAL.test(String(value)))
    return { code: 'notNumber', messages: ['must have at most one decimal place'] };
  return null;
}

/** The points kept: nulls (a cleared field of a draft) are dropped. */
export function keptPoints(values: Record<string, unknown>): Record<string, number> {
  const kept: Record<string, number> = {};
  for (const [key, value] of Object.entries(values))
    if (typeof value === 'number') kept[key] = value;
  return kept;
}

/** The total on the rubric's scale (sum of points; weights apply in rankings, not on the sheet). */
export function totalOf(values: Record<string, number>): number {
  return Math.round(Object.values(values).reduce((sum, v) => sum + v, 0) * 10) / 10;
}
