import type { Criterion } from './round.entity';
import { advancementRuleProblems, toAdvancementRule } from './advancement-rule-validation';

const criteria: Criterion[] = [
  { key: 'doi-moi', labelVi: 'Tính đổi mới', labelEn: 'Innovation', weight: 1, maxScore: 40 },
];

describe('advancementRuleProblems', () => {
  it('accepts the provincial chain', () => {
    const rule = { tieBreak: ['total', 'criterion:doi-moi', 'fewer_low_outliers'] as const };
    expect(advancementRuleProblems({ tieBreak: [...rule.tieBreak] }, criteria)).toEqual([]);
  });

  it('refuses a criterion outside the rubric and a repeated step', () => {
    const problems = advancementRuleProblems(
      { tieBreak: ['criterion:kha-thi', 'total', 'total'] },
      criteria,
    );
    expect(problems.map((p) => p.field)).toEqual([
      'advancementRule.tieBreak.0',
      'advancementRule.tieBreak.2',
    ]);
  });

  it('accepts no rule at all and fills defaults', () => {
    expect(advancementRuleProblems(null, criteria)).toEqual([]);
    expect(toAdvancementRule({ minTotal: 50 })).toEqual({
      method: 'weighted_mean',
      topNPerCategory: null,
      minTotal: 50,
      zeroVeto: false,
      minReviews: null,
      tieBreak: [],
    });
  });
});
