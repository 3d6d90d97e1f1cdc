import type { ApplicantType, EligibilityRules } from '@app/contests/eligibility/eligibility-rules';
import { ageOn, compareDates, parseCalendarDate, vietnamDate, yearsBefore } from './calendar';

/** Stable reasons an entry is not eligible; clients branch on them, so never rename one. */
export enum IneligibilityCode {
  APPLICANT_TYPE_NOT_ALLOWED = 'APPLICANT_TYPE_NOT_ALLOWED',
  DATE_OF_BIRTH_MISSING = 'DATE_OF_BIRTH_MISSING',
  AGE_BELOW_MIN = 'AGE_BELOW_MIN',
  AGE_ABOVE_MAX = 'AGE_ABOVE_MAX',
  TEAM_TOO_SMALL = 'TEAM_TOO_SMALL',
  TEAM_TOO_LARGE = 'TEAM_TOO_LARGE',
  BUSINESS_REGISTRATION_MISSING = 'BUSINESS_REGISTRATION_MISSING',
  STARTUP_TOO_OLD = 'STARTUP_TOO_OLD',
  ORGANIZATION_MISSING = 'ORGANIZATION_MISSING',
  ALREADY_IN_ANOTHER_ENTRY = 'ALREADY_IN_ANOTHER_ENTRY',
}

export interface IneligibilityReason {
  code: IneligibilityCode;
  /** Position of the team member concerned in the team list, when it is about one person. */
  memberIndex?: number;
  /** The bound that was broken (an age, a team size, a number of years). */
  limit?: number;
}

export interface MemberFacts {
  email: string;
  dateOfBirth: string | null;
  organization: string | null;
}

export interface EligibilityFacts {
  applicantType: ApplicantType;
  /** The team, leader first. */
  members: MemberFacts[];
  businessRegisteredOn: string | null;
  /** The entry's own school or organisation, which stands for members who name none. */
  organization: string | null;
  /** Ages and the startup's age are measured on this instant's date in Vietnam. */
  deadline: Date;
  /** E-mails (lower-cased) already on another entry of this contest that is not withdrawn. */
  emailsInOtherEntries: ReadonlySet<string>;
}

export interface CheckOptions {
  /**
   * A draft is checked only for what is already known to be wrong: missing data and a
   * team still too small are fine until submission.
   */
  complete: boolean;
}

const isSet = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/**
 * Evaluates a category's effective rules against the facts of an entry. Pure: the caller
 * gathers the facts (including other entries' members) and turns reasons into 403.
 */
export function checkEligibility(
  rules: EligibilityRules,
  facts: EligibilityFacts,
  options: CheckOptions,
): IneligibilityReason[] {
  const reasons: IneligibilityReason[] = [];
  const deadlineDate = vietnamDate(facts.deadline);

  const allowedTypes = rules.applicantTypes ?? [];
  if (allowedTypes.length > 0 && !allowedTypes.includes(facts.applicantType)) {
    reasons.push({ code: IneligibilityCode.APPLICANT_TYPE_NOT_ALLOWED });
  }

  facts.members.forEach((member, memberIndex) => {
    if (isSet(rules.minAge) || isSet(rules.maxAge)) {
      const birth = parseCalendarDate(member.dateOfBirth);
      if (!birth) {
        if (options.complete)
          reasons.push({ code: IneligibilityCode.DATE_OF_BIRTH_MISSING, memberIndex });
      } else {
        const age = ageOn(birth, deadlineDate);
        if (isSet(rules.minAge) && age < rules.minAge)
          reasons.push({ code: IneligibilityCode.AGE_BELOW_MIN, memberIndex, limit: rules.minAge });
        if (isSet(rules.maxAge) && age > rules.maxAge)
          reasons.push({ code: IneligibilityCode.AGE_ABOVE_MAX, memberIndex, limit: rules.maxAge });
      }
    }
    if (rules.organizationRequired && options.complete) {
      const named = (member.organization ?? facts.organization ?? '').trim();
      if (!named) reasons.push({ code: IneligibilityCode.ORGANIZATION_MISSING, memberIndex });
    }
    if (rules.onePersonOneEntry && facts.emailsInOtherEntries.has(member.email.toLowerCase())) {
      reasons.push({ code: IneligibilityCode.ALREADY_IN_ANOTHER_ENTRY, memberIndex });
    }
  });

  const size = facts.members.length;
  if (isSet(rules.teamSizeMin) && size < rules.teamSizeMin && options.complete)
    reasons.push({ code: IneligibilityCode.TEAM_TOO_SMALL, limit: rules.teamSizeMin });
  if (isSet(rules.teamSizeMax) && size > rules.teamSizeMax)
    reasons.push({ code: IneligibilityCode.TEAM_TOO_LARGE, limit: rules.teamSizeMax });

  if (facts.applicantType === 'startup' && isSet(rules.startupMaxAgeYears)) {
    const registered = parseCalendarDate(facts.businessRegisteredOn);
    if (!registered) {
      if (options.complete) reasons.push({ code: IneligibilityCode.BUSINESS_REGISTRATION_MISSING });
    } else if (compareDates(registered, yearsBefore(deadlineDate, rules.startupMaxAgeYears)) < 0) {
      reasons.push({ code: IneligibilityCode.STARTUP_TOO_OLD, limit: rules.startupMaxAgeYears });
    }
  }
  return reasons;
}
