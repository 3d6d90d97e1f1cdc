import { memberConfirmationRule } from '@app/contests';
import type { ApplicantType, EligibilityRules, MemberConfirmationRule } from '@app/contests';
import { MemberConfirmation } from '../members/team-member.entity';
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
  /** The contest wants every listed member confirmed before submission; this one has not answered. */
  MEMBER_NOT_CONFIRMED = 'MEMBER_NOT_CONFIRMED',
  /** ... and this one declined: remove them from the team (or ask again). */
  MEMBER_DECLINED = 'MEMBER_DECLINED',
}

export interface IneligibilityReason {
  code: IneligibilityCode;
  /** Position of the team member concerned in the team list, when it is about one person. */
  memberIndex?: number;
  /** The bound that was broken (an age, a team size, a number of years). */
  limit?: number;
  /** For a member's confirmation: what the contest's rule requires. */
  requirement?: MemberConfirmationRule;
}

export interface MemberFacts {
  email: string;
  dateOfBirth: string | null;
  organization: string | null;
  confirmation: MemberConfirmation;
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
  /**
   * E-mails (lower-cased) of confirmed members of another entry of this contest that is not
   * withdrawn.
   */
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
 *
 * Members and their confirmation: a declined member is not on the team (no age, size or
 * organisation rule applies to them); a pending one is expected to join, so the rules about
 * the team apply to them, but only a confirmed one "takes part" (one entry per person: a
 * name typed by someone else takes nothing from its owner). Under `before_submission` a
 * submission needs every listed member confirmed.
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

  const confirmationRule = memberConfirmationRule(rules);
  const mustConfirm = options.complete && confirmationRule === 'before_submission';

  facts.members.forEach((member, memberIndex) => {
    if (member.confirmation === MemberConfirmation.declined) {
      if (mustConfirm)
        reasons.push({
          code: IneligibilityCode.MEMBER_DECLINED,
          memberIndex,
          requirement: confirmationRule,
        });
      return;
    }
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
    if (
      rules.onePersonOneEntry &&
      member.confirmation === MemberConfirmation.confirmed &&
      facts.emailsInOtherEntries.has(member.email.toLowerCase())
    ) {
      reasons.push({ code: IneligibilityCode.ALREADY_IN_ANOTHER_ENTRY, memberIndex });
    }
    if (mustConfirm && member.confirmation === MemberConfirmation.pending)
      reasons.push({
        code: IneligibilityCode.MEMBER_NOT_CONFIRMED,
        memberIndex,
        requirement: confirmationRule,
      });
  });

  // Declined members are not on the team; pending ones count (under `before_submission`
  // they are all confirmed by the time the size is final).
  const size = facts.members.filter((m) => m.confirmation !== MemberConfirmation.declined).length;
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
