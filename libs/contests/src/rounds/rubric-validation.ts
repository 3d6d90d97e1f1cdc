import type { FieldError } from '@app/platform';
import type { Criterion } from './round.entity';

/** Rules of a rubric that cross criteria; each criterion's own ranges are checked by the DTO. */
export function rubricProblems(criteria: Criterion[]): FieldError[] {
  const problems: FieldError[] = [];
  if (criteria.length === 0)
    problems.push({
      field: 'criteria',
      code: 'noCriterion',
      messages: ['a rubric needs at least one criterion'],
    });
  const seen = new Set<string>();
  criteria.forEach((criterion, index) => {
    if (seen.has(criterion.key))
      problems.push({
        field: `criteria.${index}.key`,
        code: 'duplicate',
        messages: [`the key ${criterion.key} is used twice`],
      });
    seen.add(criterion.key);
    if (!(criterion.weight > 0))
      problems.push({
        field: `criteria.${index}.weight`,
        code: 'outOfRange',
        messages: ['weight must be above 0'],
      });
    if (
      !Number.isInteger(criterion.maxScore) ||
      criterion.maxScore < 1 ||
      criterion.maxScore > 1000
    )
      problems.push({
        field: `criteria.${index}.maxScore`,
        code: 'outOfRange',
        messages: ['maxScore must be a whole number from 1 to 1000'],
      });
  });
  return problems;
}

/** Whether two rubrics are the same, so re-sending an unchanged rubric to a locked round is no change. */
export function sameRubric(a: Criterion[], b: Criterion[]): boolean {
  const normalise = (list: Criterion[]) =>
    JSON.stringify(
      list.map((c) => [
        c.key,
        c.labelVi,
        c.labelEn,
        c.guidanceVi ?? null,
        c.guidanceEn ?? null,
        c.weight,
        c.maxScore,
      ]),
    );
  return normalise(a) === normalise(b);
}

/** The most a weighted rubric can give, e.g. 100 for the provincial rubric with weights 1. */
export function rubricMaximum(criteria: Criterion[]): number {
  return criteria.reduce((sum, c) => sum + c.weight * c.maxScore, 0);
}
