import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AssignmentSource, AssignmentStatus, RoundEntryStatus } from '@app/judging';
import type {
  AssignmentJobResponse,
  AssignmentJobState,
  AssignmentMatrixResponse,
  AssignmentResponse,
  AutoAssignSummary,
  JudgeLoadResponse,
  LoadSummary,
  RoundEntryResponse,
  UnfilledEntry,
  UnfilledReason,
} from '@app/judging';

/** Response classes of the organizers' assignment routes, in step with the service's interfaces. */
export class RoundEntryResponseDto implements RoundEntryResponse {
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) categoryKey!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) fieldKey!: string | null;
  @ApiProperty({ enum: RoundEntryStatus }) status!: RoundEntryStatus;
  @ApiProperty({ description: 'Active (not released) assignments' }) assignments!: number;
}

export class AssignmentResponseDto implements AssignmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty({ format: 'uuid' }) judgeUserId!: string;
  @ApiProperty({ enum: AssignmentStatus }) status!: AssignmentStatus;
  @ApiProperty({ enum: AssignmentSource }) source!: AssignmentSource;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) dueAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class JudgeLoadResponseDto implements JudgeLoadResponse {
  @ApiProperty({ format: 'uuid' }) judgeUserId!: string;
  @ApiProperty() fullName!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) organization!: string | null;
  @ApiProperty() load!: number;
  @ApiProperty() scored!: number;
}

export class ConflictPairCell {
  @ApiProperty({ format: 'uuid' }) judgeUserId!: string;
  @ApiProperty({ format: 'uuid' }) entryId!: string;
}

export class LoadRangeResponse {
  @ApiProperty() min!: number;
  @ApiProperty() max!: number;
  @ApiProperty() spread!: number;
}

export class AssignmentMatrixResponseDto implements AssignmentMatrixResponse {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty() reviewsPerEntry!: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'null: no limit' })
  maxLoadPerJudge!: number | null;
  @ApiProperty({ type: [JudgeLoadResponseDto] }) judges!: JudgeLoadResponseDto[];
  @ApiProperty({ type: [RoundEntryResponseDto] }) entries!: RoundEntryResponseDto[];
  @ApiProperty({ type: [AssignmentResponseDto] }) assignments!: AssignmentResponseDto[];
  @ApiProperty({ type: [ConflictPairCell], description: 'Pairs that may not be assigned' })
  conflicts!: ConflictPairCell[];
  @ApiProperty({ type: LoadRangeResponse }) loads!: LoadRangeResponse;
  @ApiProperty({ description: 'Entries with fewer active assignments than reviews per entry' })
  understaffed!: number;
}

export class SlotsResponse {
  @ApiProperty() wanted!: number;
  @ApiProperty() kept!: number;
  @ApiProperty() added!: number;
  @ApiProperty() unfilled!: number;
}

export class LoadSummaryResponse extends LoadRangeResponse implements LoadSummary {
  @ApiProperty({ description: 'max - min <= 1 (counting kept assignments)' }) balanced!: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Why not, when not balanced' })
  note!: string | null;
}

export class UnfilledEntryResponse implements UnfilledEntry {
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty() label!: string;
  @ApiProperty() reviews!: number;
  @ApiProperty() assigned!: number;
  @ApiProperty() missing!: number;
  @ApiProperty() eligibleJudges!: number;
  @ApiProperty({
    enum: ['too_few_eligible_judges', 'judges_at_max_load'] satisfies UnfilledReason[],
    description: 'Why the entry has fewer reviews than the round asks',
  })
  reason!: UnfilledReason;
  @ApiProperty() message!: string;
}

export class AutoAssignSummaryResponse implements AutoAssignSummary {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ format: 'uuid' }) batchId!: string;
  @ApiProperty() created!: number;
  @ApiProperty({ type: SlotsResponse }) slots!: SlotsResponse;
  @ApiProperty({ type: LoadSummaryResponse }) loads!: LoadSummaryResponse;
  @ApiProperty({ type: [UnfilledEntryResponse] }) unfilled!: UnfilledEntryResponse[];
}

export class AssignmentJobResponseDto implements AssignmentJobResponse {
  @ApiProperty() jobId!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ enum: ['queued', 'running', 'done', 'failed'] }) state!: AssignmentJobState;
  @ApiProperty({ description: '0..100' }) progress!: number;
  @ApiPropertyOptional({
    nullable: true,
    type: AutoAssignSummaryResponse,
    description: 'Once done',
  })
  result!: AutoAssignSummaryResponse | null;
  @ApiPropertyOptional({ nullable: true, type: String }) error!: string | null;
}

/** `POST rounds/:id/assignments/auto` answered at once (200). */
export class AutoAssignDoneResponse extends AutoAssignSummaryResponse {
  @ApiProperty({ enum: [false] }) queued!: false;
}

/** `POST rounds/:id/assignments/auto` queued for a large round (202): follow the job. */
export class AutoAssignQueuedResponse extends AssignmentJobResponseDto {
  @ApiProperty({ enum: [true] }) queued!: true;
}
