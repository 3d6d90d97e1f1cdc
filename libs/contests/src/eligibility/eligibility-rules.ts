/** Who may enter: configured per contest, and overridden field by field per category. */
export const APPLICANT_TYPES = ['student', 'individual', 'team', 'startup'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

/**
 * What the contest asks of the team members listed by a leader, who confirm their place by
 * a mailed link: `before_submission`, every listed member has confirmed before the entry can
 * be submitted; `not_required`, the entry can be submitted while some have not answered
 * (the submission says who). Either way only confirmed members count as taking part.
 */
export const MEMBER_CONFIRMATION_RULES = ['before_submission', 'not_required'] as const;
export type MemberConfirmationRule = (typeof MEMBER_CONFIRMATION_RULES)[number];
/** Safe by default: nobody is on a submitted team without having said so. */
export const DEFAULT_MEMBER_CONFIRMATION: MemberConfirmationRule = 'before_submission';

export interface EligibilityRules {
  /** Applicant types accepted; empty or absent: all. */
  applicantTypes?: ApplicantType[];
  /** A startup's business registration may be at most this many years before the deadline. */
  startupMaxAgeYears?: number | null;
  /** Age of every team member at the submission deadline (inclusive bounds). */
  minAge?: number | null;
  maxAge?: number | null;
  /** Number of people on the team, leader included (inclusive bounds). */
  teamSizeMin?: number | null;
  teamSizeMax?: number | null;
  /** A school or organisation must be named for every member. */
  organizationRequired?: boolean;
  /** A person (by e-mail) may be a member of only one entry in this contest. */
  onePersonOneEntry?: boolean;
  /** Absent: DEFAULT_MEMBER_CONFIRMATION. */
  memberConfirmation?: MemberConfirmationRule | null;
}

/** The confirmation rule in force, the default filled in. */
export function memberConfirmationRule(rules: EligibilityRules | null | undefined) {
  return rules?.memberConfirmation ?? DEFAULT_MEMBER_CONFIRMATION;
}

/** The rules that apply to a category: the contest's, with the category's own values on top. */
export function effectiveRules(
  contest: EligibilityRules | null | undefined,
  category: EligibilityRules | null | undefined,
): EligibilityRules {
  const merged: EligibilityRules = { ...(contest ?? {}) };
  for (const [key, value] of Object.entries(category ?? {})) {
    if (value !== undefined && value !== null) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}
