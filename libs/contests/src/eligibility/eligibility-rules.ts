/** Who may enter: configured per contest, and overridden field by field per category. */
export const APPLICANT_TYPES = ['student', 'individual', 'team', 'startup'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

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
