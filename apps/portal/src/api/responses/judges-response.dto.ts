import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { JudgeStatus } from '@app/judging';
import type { ContestJudgeResponse, JudgeInvitationResponse } from '@app/judging';
import type { AnonymousReview, FeedbackSettingResponse, TeamFeedbackResponse } from '@app/results';
import { PublicCriterionResponse } from './contest-response.dto';

/** Response classes of the judges' invitations and the teams' feedback, in step with their services. */
export class ContestJudgeResponseDto implements ContestJudgeResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) contestId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() email!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) organization!: string | null;
  @ApiProperty({ enum: JudgeStatus }) status!: JudgeStatus;
  @ApiProperty({ type: [String] }) categoryKeys!: string[];
  @ApiProperty({ type: [String] }) fieldKeys!: string[];
  @ApiProperty({ format: 'date-time' }) invitedAt!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) respondedAt!:
    string | null;
  @ApiProperty({ description: 'The judge agreed to be named on the public results' })
  showNameOnResults!: boolean;
}

export class JudgeInvitationResponseDto implements JudgeInvitationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) contestId!: string;
  @ApiProperty() contestSlug!: string;
  @ApiProperty() contestNameVi!: string;
  @ApiProperty() contestNameEn!: string;
  @ApiProperty({ enum: JudgeStatus }) status!: JudgeStatus;
  @ApiProperty({ type: [String] }) categoryKeys!: string[];
  @ApiProperty({ type: [String] }) fieldKeys!: string[];
  @ApiProperty({ format: 'date-time' }) invitedAt!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) respondedAt!:
    string | null;
}

export class FeedbackSettingResponseDto implements FeedbackSettingResponse {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty() position!: number;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) decidedAt!:
    string | null;
  @ApiProperty({ description: 'Teams see the scores and comments' }) released!: boolean;
}

export class AnonymousReviewResponse implements AnonymousReview {
  @ApiProperty({ description: 'Shown as "Giám khảo 1"; unrelated to who the judge is' })
  number!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  scores!: Record<string, number>;
  @ApiPropertyOptional({ nullable: true, type: String }) comment!: string | null;
}

export class TeamFeedbackResponseDto implements TeamFeedbackResponse {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ description: "The round's scale (e.g. 100): totals are out of it" })
  scale!: number;
  @ApiProperty({ type: [PublicCriterionResponse] }) criteria!: PublicCriterionResponse[];
  @ApiProperty({ type: [AnonymousReviewResponse] }) reviews!: AnonymousReviewResponse[];
}
