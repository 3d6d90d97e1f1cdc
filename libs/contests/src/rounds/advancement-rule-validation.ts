import type { FieldError } from '@app/platform';
import type { Criterion } from './round.entity';
import type { AdvancementRule } from './round-policy';

/** Rules of an advancement rule that depend on the rubric: a criterion step must name one of its keys. */
export function advancementRuleProblems(
  rule: AdvancementRule | null,
  criteria: Criterion[],
): FieldError[] {
  if (!rule) return [];
  const keys = new Set(criteria.map((c) => c.key));
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  (rule.tieBreak ?? []).forEach((step, index) => {
    const field = `advancementRule.tieBreak.${index}`;
    if (seen.has(step))
      problems.push({ field, code: 'duplicate', messages: [`the step ${step} is used twice`] });
    seen.add(step);
    if (step.startsWith('criterion:') && !keys.has(step.slice('criterion:'.length)))
      problems.push({
        field,
        code: 'notChoice',
        messages: [`${step} names no criterion of the rubric`],
      });
    else if (step !== 'total' && step !== 'fewer_low_outliers' && !step.startsWith('criterion:'))
      problems.push({ field, code: 'notChoice', messages: [`${step} is not a tie-break step`] });
  });
  return problems;
}

/** Keeps only the rule's own fields, so nothing else a client sends is stored. */
export function toAdvancementRule(rule: AdvancementRule | null): AdvancementRule | null {
  if (!rule) return null;
  return {
    method: rule.method ?? 'weighted_mean',
    topNPerCategory: rule.topNPerCategory ?? null,
    minTotal: rule.minTotal ?? null,
    zeroVeto: rule.zeroVeto ?? false,
    minReviews: rule.minReviews ?? null,
    tieBreak: [...(rule.tieBreak ?? [])],
  };
}
