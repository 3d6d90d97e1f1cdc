import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Contest, EligibilityRules } from '@app/contests';
import { DomainError, ErrorCode } from '@app/platform';
import type { FieldError } from '@app/platform';
import type { Entry } from '../entries/entry.entity';
import { EntryRepository } from '../entries/entry.repository';
import { checkEligibility, IneligibilityCode } from './eligibility-check';
import type { IneligibilityReason, MemberFacts } from './eligibility-check';

export interface EligibilityQuestion {
  rules: EligibilityRules;
  entry: Pick<Entry, 'applicantType' | 'businessRegisteredOn' | 'organization'> & {
    id: string | null;
  };
  contest: Pick<Contest, 'id' | 'submissionDeadline'>;
  members: MemberFacts[];
  complete: boolean;
}

/** Where in the form each reason points, so a page can show it beside the right input. */
const FIELD_OF: Partial<Record<IneligibilityCode, string>> = {
  [IneligibilityCode.APPLICANT_TYPE_NOT_ALLOWED]: 'applicantType',
  [IneligibilityCode.DATE_OF_BIRTH_MISSING]: 'dateOfBirth',
  [IneligibilityCode.AGE_BELOW_MIN]: 'dateOfBirth',
  [IneligibilityCode.AGE_ABOVE_MAX]: 'dateOfBirth',
  [IneligibilityCode.ORGANIZATION_MISSING]: 'organization',
  [IneligibilityCode.ALREADY_IN_ANOTHER_ENTRY]: 'email',
  [IneligibilityCode.MEMBER_NOT_CONFIRMED]: 'email',
  [IneligibilityCode.MEMBER_DECLINED]: 'email',
  [IneligibilityCode.BUSINESS_REGISTRATION_MISSING]: 'businessRegisteredOn',
  [IneligibilityCode.STARTUP_TOO_OLD]: 'businessRegisteredOn',
};

function toDetail(reason: IneligibilityReason): FieldError & Omit<IneligibilityReason, 'code'> {
  const field = FIELD_OF[reason.code] ?? 'members';
  return {
    ...reason,
    code: reason.code,
    field: reason.memberIndex === undefined ? field : `members[${reason.memberIndex}].${field}`,
    messages: [reason.code],
  };
}

/** Gathers the facts of an entry (other entries' members included) and applies the rules. */
@Injectable()
export class EligibilityGate {
  constructor(private readonly entries: EntryRepository) {}

  async reasons(manager: EntityManager, question: EligibilityQuestion) {
    const emails = question.members.map((m) => m.email.toLowerCase());
    const emailsInOtherEntries = question.rules.onePersonOneEntry
      ? await this.entries.emailsInOtherEntries(
          manager,
          question.contest.id,
          emails,
          question.entry.id,
        )
      : new Set<string>();
    return checkEligibility(
      question.rules,
      {
        applicantType: question.entry.applicantType,
        members: question.members,
        businessRegisteredOn: question.entry.businessRegisteredOn,
        organization: question.entry.organization,
        deadline: question.contest.submissionDeadline ?? new Date(),
        emailsInOtherEntries,
      },
      { complete: question.complete },
    );
  }

  /** 403 NOT_ELIGIBLE with every reason in `details`. */
  async assert(manager: EntityManager, question: EligibilityQuestion): Promise<void> {
    const reasons = await this.reasons(manager, question);
    if (reasons.length > 0)
      throw new DomainError(
        ErrorCode.NOT_ELIGIBLE,
        'The entry does not meet the contest`s eligibility rules',
        reasons.map(toDetail),
      );
  }
}
