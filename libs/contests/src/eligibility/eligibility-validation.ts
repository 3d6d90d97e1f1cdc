import type { FieldError } from '@app/platform';
import { APPLICANT_TYPES, MEMBER_CONFIRMATION_RULES } from './eligibility-rules';
import type { EligibilityRules } from './eligibility-rules';

/** The bounds the API accepts; the DTO applies the same ones. */
export const ELIGIBILITY_LIMITS = {
  age: { min: 0, max: 120 },
  teamSize: { min: 1, max: 50 },
  startupMaxAgeYears: { min: 0, max: 50 },
} as const;

const isSet = (value: number | null | undefined): value is number =>
  value !== null && value !== undefined;

function checkRange(
  problems: FieldError[],
  field: string,
  value: number | null | undefined,
  limits: { min: number; max: number },
): void {
  if (!isSet(value)) return;
  if (!Number.isInteger(value) || value < limits.min || value > limits.max)
    problems.push({
      field,
      code: 'outOfRange',
      messages: [`${field} must be a whole number from ${limits.min} to ${limits.max}`],
    });
}

/**
 * What is wrong with a set of eligibility rules, field by field (empty when they are
 * valid). Used for a contest's rules, a category's overrides, and the two merged: a
 * category may not, say, lower the maximum age below the contest's minimum.
 */
export function eligibilityProblems(
  rules: EligibilityRules | null | undefined,
  prefix = 'eligibility',
): FieldError[] {
  const problems: FieldError[] = [];
  if (!rules) return problems;
  const at = (name: string) => `${prefix}.${name}`;
  const types = rules.applicantTypes;
  if (types !== undefined && types !== null) {
    const unknown = types.filter((t) => !(APPLICANT_TYPES as readonly string[]).includes(t));
    if (unknown.length > 0 || new Set(types).size !== types.length)
      problems.push({
        field: at('applicantTypes'),
        code: 'notChoice',
        messages: [`applicantTypes must be distinct values among ${APPLICANT_TYPES.join(', ')}`],
      });
  }
  checkRange(problems, at('minAge'), rules.minAge, ELIGIBILITY_LIMITS.age);
  checkRange(problems, at('maxAge'), rules.maxAge, ELIGIBILITY_LIMITS.age);
  checkRange(problems, at('teamSizeMin'), rules.teamSizeMin, ELIGIBILITY_LIMITS.teamSize);
  checkRange(problems, at('teamSizeMax'), rules.teamSizeMax, ELIGIBILITY_LIMITS.teamSize);
  checkRange(
    problems,
    at('startupMaxAgeYears'),
    rules.startupMaxAgeYears,
    ELIGIBILITY_LIMITS.startupMaxAgeYears,
  );
  const confirmation = rules.memberConfirmation;
  if (
    confirmation !== undefined &&
    confirmation !== null &&
    !(MEMBER_CONFIRMATION_RULES as readonly string[]).includes(confirmation)
  )
    problems.push({
      field: at('memberConfirmation'),
      code: 'notChoice',
      messages: [`memberConfirmation must be one of ${MEMBER_CONFIRMATION_RULES.join(', ')}`],
    });
  if (isSet(rules.minAge) && isSet(rules.maxAge) && rules.minAge > rules.maxAge)
    problems.push({
      field: at('minAge'),
      code: 'minAboveMax',
      messages: ['minAge must not be above maxAge'],
    });
  if (isSet(rules.teamSizeMin) && isSet(rules.teamSizeMax) && rules.teamSizeMin > rules.teamSizeMax)
    problems.push({
      field: at('teamSizeMin'),
      code: 'minAboveMax',
      messages: ['teamSizeMin must not be above teamSizeMax'],
    });
  return problems;
}

/** Keeps only the rules that are set, so stored JSON stays small and merges cleanly. */
export function compactRules(rules: EligibilityRules | null | undefined): EligibilityRules | null {
  if (!rules) return null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rules)) {
    if (value !== undefined && value !== null) out[key] = value;
  }
  return Object.keys(out).length > 0 ? (out as EligibilityRules) : null;
}
