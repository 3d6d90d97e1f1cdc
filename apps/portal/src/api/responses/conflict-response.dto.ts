import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ConflictSource, ConflictStatus, ConflictSubject } from '@app/judging';
import type {
  ConflictPairResponse,
  ConflictReasonResponse,
  ConflictResponse,
  ConflictReviewResponse,
  ConflictReviewResult,
  ConflictWithJudgeResponse,
  ContestConflictsResponse,
} from '@app/judging';

/** Response classes of the conflict-of-interest routes, in step with the services' interfaces. */
export class ConflictResponseDto implements ConflictResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) contestId!: string;
  @ApiProperty({ format: 'uuid' }) judgeUserId!: string;
  @ApiProperty({ enum: ConflictSubject }) subject!: ConflictSubject;
  @ApiProperty({ description: 'The entry id, e-mail, organisation or domain' }) value!: string;
  @ApiProperty({ enum: ConflictSource }) source!: ConflictSource;
  @ApiPropertyOptional({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({
    enum: ConflictStatus,
    description: '`pending` waits for an organizer; only `effective` counts',
  })
  status!: ConflictStatus;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) reviewedAt!:
    string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'A judge may withdraw only what they declared themselves' })
  removableByJudge!: boolean;
}

export class ConflictWithJudgeResponseDto
  extends ConflictResponseDto
  implements ConflictWithJudgeResponse
{
  @ApiProperty() judgeName!: string;
  @ApiProperty() judgeEmail!: string;
}

export class ConflictMatchResponse {
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty() entryCode!: string;
  @ApiProperty() entryTitle!: string;
  @ApiProperty({ type: [String], description: 'Assignments that accepting releases' })
  assignmentIds!: string[];
}

export class ConflictReviewResponseDto implements ConflictReviewResponse {
  @ApiProperty({ type: ConflictWithJudgeResponseDto }) conflict!: ConflictWithJudgeResponseDto;
  @ApiProperty({ type: [ConflictMatchResponse] }) matches!: ConflictMatchResponse[];
}

export class ConflictReasonResponseDto implements ConflictReasonResponse {
  @ApiProperty({ enum: [...Object.values(ConflictSource), 'detected'] })
  source!: ConflictSource | 'detected';
  @ApiProperty({ enum: ConflictSubject }) subject!: ConflictSubject;
  @ApiProperty() value!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) conflictId!: string | null;
}

export class ConflictPairResponseDto implements ConflictPairResponse {
  @ApiProperty({ format: 'uuid' }) judgeUserId!: string;
  @ApiProperty() judgeName!: string;
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty() entryCode!: string;
  @ApiProperty() entryTitle!: string;
  @ApiProperty({ type: [ConflictReasonResponseDto] }) reasons!: ConflictReasonResponseDto[];
}

export class ContestConflictsResponseDto implements ContestConflictsResponse {
  @ApiProperty({ type: [ConflictWithJudgeResponseDto] })
  conflicts!: ConflictWithJudgeResponseDto[];
  @ApiProperty({ type: [ConflictReviewResponseDto], description: 'Declarations to review' })
  reviews!: ConflictReviewResponseDto[];
  @ApiProperty({ type: [ConflictPairResponseDto], description: 'Every conflicted pair' })
  pairs!: ConflictPairResponseDto[];
}

export class ReleasedAssignmentResponse {
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'null: none free',
  })
  replacementJudgeUserId!: string | null;
}

export class ConflictReviewResultResponse implements ConflictReviewResult {
  @ApiProperty({ type: ConflictResponseDto }) conflict!: ConflictResponseDto;
  @ApiProperty({ type: [ReleasedAssignmentResponse] }) released!: ReleasedAssignmentResponse[];
}
