import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsUUID } from 'class-validator';
import { Optional, TrimmedString, Uuid } from '@app/platform';
import { ConflictSource, ConflictStatus, ConflictSubject } from './conflict-of-interest.entity';

/** What a judge may declare in advance; a conflict on one entry goes through its assignment. */
export const ADVANCE_SUBJECTS = [
  ConflictSubject.person,
  ConflictSubject.organization,
  ConflictSubject.emailDomain,
] as const;

export class DeclareAdvanceConflictDto {
  @Uuid()
  contestId!: string;

  @IsIn(ADVANCE_SUBJECTS)
  @ApiProperty({ enum: ADVANCE_SUBJECTS })
  subject!: (typeof ADVANCE_SUBJECTS)[number];

  /** A person's e-mail, an organisation's name or an e-mail domain. */
  @TrimmedString({ max: 254, example: 'Trường THPT Lê Khiết' })
  value!: string;

  @TrimmedString({ max: 500, optional: true, example: 'Tôi từng giảng dạy tại trường này.' })
  reason?: string;
}

export class RecordConflictDto {
  @Uuid()
  judgeUserId!: string;

  @IsEnum(ConflictSubject)
  @ApiProperty({ enum: ConflictSubject })
  subject!: ConflictSubject;

  /** The entry id, a person's e-mail, an organisation's name or an e-mail domain. */
  @TrimmedString({ max: 254 })
  value!: string;

  @TrimmedString({ max: 500, example: 'Giám khảo là cố vấn của đội.' })
  reason!: string;
}

export class MyConflictsQuery {
  @Optional()
  @IsUUID()
  @ApiPropertyOptional({ format: 'uuid' })
  contestId?: string;
}

export interface ConflictResponse {
  id: string;
  contestId: string;
  judgeUserId: string;
  subject: ConflictSubject;
  value: string;
  source: ConflictSource;
  reason: string | null;
  /**
   * `effective` counts; `pending` waits for an organizer's review (a declaration made in a
   * blind contest while the judge holds assignments there); `rejected` never counts.
   */
  status: ConflictStatus;
  reviewedAt: string | null;
  createdAt: string;
  /** A judge may withdraw only what they declared themselves. */
  removableByJudge: boolean;
}

export interface ConflictReasonResponse {
  source: ConflictSource | 'detected';
  subject: ConflictSubject;
  value: string;
  conflictId: string | null;
}

export interface ConflictPairResponse {
  judgeUserId: string;
  judgeName: string;
  entryId: string;
  entryCode: string;
  entryTitle: string;
  reasons: ConflictReasonResponse[];
}

export type ConflictWithJudgeResponse = ConflictResponse & {
  judgeName: string;
  judgeEmail: string;
};

/** A pending declaration as organizers review it: the entries accepting it would take from the judge. */
export interface ConflictReviewResponse {
  conflict: ConflictWithJudgeResponse;
  matches: {
    entryId: string;
    entryCode: string;
    entryTitle: string;
    /** The judge's assignments of the entry that accepting releases (and refills). */
    assignmentIds: string[];
  }[];
}

/** What an organizer's review did. */
export interface ConflictReviewResult {
  conflict: ConflictResponse;
  /** Assignments taken from the judge, with the judge who took over (null: none free, or a decided round). */
  released: { assignmentId: string; entryId: string; replacementJudgeUserId: string | null }[];
}

export interface ContestConflictsResponse {
  /** Declared and recorded conflicts of every status, with the judge's name. */
  conflicts: ConflictWithJudgeResponse[];
  /** Declarations waiting for a review, each with what it matches. */
  reviews: ConflictReviewResponse[];
  /** Every conflicted (judge, entry) pair of the current teams, detected ones included. */
  pairs: ConflictPairResponse[];
}
