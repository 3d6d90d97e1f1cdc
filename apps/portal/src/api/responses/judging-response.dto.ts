import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ENTRY_FIELDS, TEAM_IDENTITY_FIELDS } from '@app/entries';
import { AssignmentStatus } from '@app/judging';
import type {
  AnonymousScoreView,
  AssignmentView,
  CriterionView,
  JudgeAttachmentView,
  JudgeQueue,
  JudgingWindowState,
  OwnScoreView,
  QueueItem,
  RoundSummary,
} from '@app/judging';

/**
 * Response classes of the judge's scoring routes. Each `implements` the service's interface
 * where it is one, so a field added there and not here fails the type check.
 */
export class ProgressResponse {
  @ApiProperty() scored!: number;
  @ApiProperty() total!: number;
}

export class RoundSummaryResponse implements RoundSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) contestId!: string;
  @ApiProperty() contestNameVi!: string;
  @ApiProperty() contestNameEn!: string;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) judgingOpensAt!:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) judgingClosesAt!:
    string | null;
  @ApiProperty({ enum: ['not_open', 'open', 'closed'] }) window!: JudgingWindowState;
  @ApiProperty({ type: ProgressResponse }) progress!: ProgressResponse;
}

export class QueueEntryResponse {
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) categoryKey!: string | null;
}

export class QueueItemResponse implements QueueItem {
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ enum: AssignmentStatus }) status!: AssignmentStatus;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) dueAt!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) roundClosesAt!:
    string | null;
  @ApiProperty({ type: QueueEntryResponse }) entry!: QueueEntryResponse;
}

export class JudgeQueueResponse implements JudgeQueue {
  @ApiProperty({ type: ProgressResponse }) progress!: ProgressResponse;
  @ApiPropertyOptional({
    nullable: true,
    type: QueueItemResponse,
    description: 'The next unscored; null: none',
  })
  next!: QueueItemResponse | null;
  @ApiProperty({ type: [RoundSummaryResponse] }) rounds!: RoundSummaryResponse[];
  @ApiProperty({ type: [QueueItemResponse] }) items!: QueueItemResponse[];
}

export class JudgeAttachmentResponse implements JudgeAttachmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() kind!: string;
  @ApiProperty({ description: 'A neutral name in a blind contest' }) fileName!: string;
  @ApiProperty() mediaType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() downloadUrl!: string;
}

export class TeamMemberIdentityResponse {
  @ApiProperty() fullName!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) organization!: string | null;
  @ApiProperty() role!: string;
}

export class TeamIdentityResponse {
  @ApiProperty({ type: [TeamMemberIdentityResponse] }) members!: TeamMemberIdentityResponse[];
}

export class JudgeEntryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) categoryKey!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) answers!: Record<string, unknown>;
  @ApiPropertyOptional({ nullable: true, type: Number }) revision!: number | null;
  @ApiProperty({ type: [JudgeAttachmentResponse] }) attachments!: JudgeAttachmentResponse[];
  @ApiPropertyOptional({
    nullable: true,
    type: TeamIdentityResponse,
    description: 'Null in a blind contest',
  })
  team!: TeamIdentityResponse | null;
}

// The entry's text fields and the team's identity fields come from the one list of entry
// fields, as the judge's view itself does, so a field added there is documented here too.
const identity = new Set<string>(TEAM_IDENTITY_FIELDS);
for (const spec of ENTRY_FIELDS) {
  if (identity.has(spec.key)) {
    ApiPropertyOptional({ nullable: true, type: String })(TeamIdentityResponse.prototype, spec.key);
  } else if (spec.shownToJudges) {
    ApiPropertyOptional({ nullable: true, type: String })(JudgeEntryResponse.prototype, spec.key);
  }
}

export class CriterionViewResponse implements CriterionView {
  @ApiProperty() key!: string;
  @ApiProperty() labelVi!: string;
  @ApiProperty() labelEn!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) guidanceVi!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) guidanceEn!: string | null;
  @ApiProperty() weight!: number;
  @ApiProperty({ description: 'Scores go from 0 to this value' }) maxScore!: number;
}

const SCORES_SCHEMA = {
  type: 'object',
  description: 'Points by criterion key',
  additionalProperties: { type: 'number' },
} as const;

export class OwnScoreResponse implements OwnScoreView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['draft', 'submitted'] }) status!: string;
  @ApiProperty(SCORES_SCHEMA) scores!: Record<string, number>;
  @ApiProperty() total!: number;
  @ApiPropertyOptional({ nullable: true, type: String }) commentForTeam!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) noteForOrganizers!: string | null;
  @ApiProperty({ description: 'Send it back with the next save (409 STALE_VERSION when outdated)' })
  version!: number;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) submittedAt!:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) updatedAt!:
    string | null;
}

export class AnonymousScoreResponse implements AnonymousScoreView {
  @ApiProperty({ description: '"Giám khảo 1": by submission order, never by identity' })
  judgeNumber!: number;
  @ApiProperty(SCORES_SCHEMA) scores!: Record<string, number>;
  @ApiProperty() total!: number;
}

export class AssignmentViewResponse implements Omit<AssignmentView, 'entry'> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: AssignmentStatus }) status!: AssignmentStatus;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) dueAt!: string | null;
  @ApiProperty({ type: RoundSummaryResponse }) round!: RoundSummaryResponse;
  @ApiProperty() blind!: boolean;
  @ApiProperty() readOnly!: boolean;
  @ApiProperty({ type: JudgeEntryResponse }) entry!: JudgeEntryResponse;
  @ApiProperty({ type: [CriterionViewResponse] }) rubric!: CriterionViewResponse[];
  @ApiPropertyOptional({
    nullable: true,
    type: OwnScoreResponse,
    description: 'Null before the first save',
  })
  score!: OwnScoreResponse | null;
  @ApiPropertyOptional({
    nullable: true,
    type: [AnonymousScoreResponse],
    description: "Null unless the round lets judges see the others' scores after their own",
  })
  otherScores!: AnonymousScoreResponse[] | null;
}

export class ReleasedResponse {
  @ApiProperty({ enum: [true] }) released!: true;
}
