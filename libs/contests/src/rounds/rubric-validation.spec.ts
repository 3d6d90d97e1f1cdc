import type { Criterion } from './round.entity';
import { rubricMaximum, rubricProblems, sameRubric } from './rubric-validation';

const criterion = (key: string, maxScore = 10, weight = 1): Criterion => ({
  key,
  labelVi: key,
  labelEn: key,
  weight,
  maxScore,
});

describe('rubric validation', () => {
  it('accepts distinct keys with bounds 1 and 1000', () => {
    expect(rubricProblems([criterion('a', 1), criterion('b', 1000, 0.5)])).toEqual([]);
  });

  it('refuses an empty rubric, repeated keys, weights of 0 and scores out of 1..1000', () => {
    expect(rubricProblems([]).map((p) => p.field)).toEqual(['criteria']);
    expect(rubricProblems([criterion('a'), criterion('a')]).map((p) => p.field)).toEqual([
      'criteria.1.key',
    ]);
    expect(rubricProblems([criterion('a', 10, 0)]).map((p) => p.field)).toEqual([
      'criteria.0.weight',
    ]);
    expect(rubricProblems([criterion('a', 0), criterion('b', 1001)]).map((p) => p.field)).toEqual([
      'criteria.0.maxScore',
      'criteria.1.maxScore',
    ]);
  });

  it('compares rubrics by content, missing guidance equal to null', () => {
    expect(sameRubric([criterion('a')], [{ ...criterion('a'), guidanceVi: null }])).toBe(true);
    expect(sameRubric([criterion('a')], [criterion('a', 11)])).toBe(false);
    expect(sameRubric([criterion('a'), criterion('b')], [criterion('b'), criterion('a')])).toBe(
      false,
    );
  });

  it('adds up the weighted maximum', () => {
    expect(rubricMaximum([criterion('a', 25), criterion('b', 75)])).toBe(100);
  });
});
