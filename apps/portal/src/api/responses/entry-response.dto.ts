import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApiPropertyOptions } from '@nestjs/swagger';
import { EntryStatus, MemberConfirmation, MemberRole } from '@app/entries';
import type {
  AttachmentSummary,
  EntryEventResponse,
  EntryMemberResponse,
  EntryResponse,
  MemberConfirmationSummary,
  MyEntryResponse,
  SubmitResponse,
  WithdrawResponse,
} from '@app/entries';

/** Response classes of the applicant's entry routes; `implements` keeps them in step with the mappers. */
const LOCK_CODES = ['ENTRY_LOCKED', 'DEADLINE_PASSED', 'CONTEST_NOT_OPEN'];
const ANSWERS_SCHEMA: ApiPropertyOptions = {
  type: 'object',
  description: "Answers to the contest's extra questions, by question key",
  additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }], nullable: true },
};

export class UnconfirmedMemberResponse {
  @ApiProperty({ description: 'Position in the team list (the leader is 0)' }) position!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: [MemberConfirmation.pending, MemberConfirmation.declined] })
  confirmation!: MemberConfirmation.pending | MemberConfirmation.declined;
}

export class MemberConfirmationSummaryResponse implements MemberConfirmationSummary {
  @ApiProperty({ enum: ['before_submission', 'not_required'] })
  rule!: MemberConfirmationSummary['rule'];
  @ApiProperty({ type: [UnconfirmedMemberResponse] }) unconfirmed!: UnconfirmedMemberResponse[];
  @ApiProperty() blocksSubmission!: boolean;
}

export class EntryMemberResponseDto implements EntryMemberResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() email!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) dateOfBirth!:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) gender!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) organization!: string | null;
  @ApiProperty({ enum: MemberRole }) role!: MemberRole;
  @ApiProperty({ enum: MemberConfirmation }) confirmation!: MemberConfirmation;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) respondedAt!:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) invitedAt!:
    string | null;
}

export class AttachmentSummaryResponse implements AttachmentSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() originalName!: string;
  @ApiProperty() mediaType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) createdAt!:
    string | null;
}

export class EntryResponseDto implements EntryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Public code, e.g. QNG5-0042' }) code!: string;
  @ApiProperty({ format: 'uuid' }) contestId!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) categoryKey!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) fieldKey!: string | null;
  @ApiProperty({ enum: EntryStatus }) status!: string;
  @ApiProperty() applicantType!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) teamName!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) organization!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) district!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) commune!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) businessRegisteredOn!:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) summary!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) problem!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) solution!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) customers!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) businessModel!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) advantage!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) stage!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) fundingNeeds!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) videoUrl!: string | null;
  @ApiProperty(ANSWERS_SCHEMA) answers!: EntryResponse['answers'];
  @ApiProperty({ type: [EntryMemberResponseDto] }) members!: EntryMemberResponseDto[];
  @ApiProperty({ type: MemberConfirmationSummaryResponse })
  memberConfirmation!: MemberConfirmationSummaryResponse;
  @ApiProperty({ type: [AttachmentSummaryResponse] }) attachments!: AttachmentSummaryResponse[];
  @ApiProperty() revision!: number;
  @ApiPropertyOptional({ nullable: true, type: Number }) submittedRevision!: number | null;
  @ApiProperty() hasUnsubmittedChanges!: boolean;
  @ApiPropertyOptional({ nullable: true, enum: LOCK_CODES, description: 'Why edits are closed' })
  lockedBy!: string | null;
  @ApiProperty() reopenable!: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) submittedAt!:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) withdrawnAt!:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) screeningReason!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) createdAt!:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) updatedAt!:
    string | null;
}

export class CreatedEntryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ enum: [EntryStatus.draft] }) status!: EntryStatus;
}

export class SubmitResponseDto implements SubmitResponse {
  [key: string]: unknown;
  @ApiProperty({ enum: [EntryStatus.submitted] }) status!: string;
  @ApiProperty() code!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) submittedAt!:
    string | null;
  @ApiProperty() revision!: number;
  @ApiProperty({ type: MemberConfirmationSummaryResponse })
  memberConfirmation!: MemberConfirmationSummaryResponse;
}

export class WithdrawResponseDto implements WithdrawResponse {
  @ApiProperty({ enum: EntryStatus }) status!: EntryStatus;
  @ApiProperty() code!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) withdrawnAt!:
    string | null;
}

export class EntryEventResponseDto implements EntryEventResponse {
  @ApiProperty() type!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) at!: string | null;
  @ApiPropertyOptional({ nullable: true, type: 'object', additionalProperties: true })
  data!: EntryEventResponse['data'];
}

export class MyEntryContestResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) submissionDeadline!:
    string | null;
}

export class MyEntryResponseDto implements MyEntryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: EntryStatus }) status!: string;
  @ApiProperty({ type: MyEntryContestResponse }) contest!: MyEntryContestResponse;
  @ApiPropertyOptional({ nullable: true, type: String }) categoryKey!: string | null;
  @ApiProperty() revision!: number;
  @ApiPropertyOptional({ nullable: true, type: Number }) submittedRevision!: number | null;
  @ApiProperty() hasUnsubmittedChanges!: boolean;
  @ApiPropertyOptional({ nullable: true, enum: LOCK_CODES }) lockedBy!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) submittedAt!:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) withdrawnAt!:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) createdAt!:
    string | null;
  @ApiProperty({ type: [EntryEventResponseDto], description: 'Oldest first' })
  history!: EntryEventResponseDto[];
}
