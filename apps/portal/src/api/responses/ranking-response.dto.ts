import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { RANKING_METHODS } from '@app/contests';
import type { RankingMethod } from '@app/contests';
import type {
  CutOffRule,
  JudgeSeverity,
  RankingContent,
  RankingEntryResponse,
  RankingResponse,
} from '@app/judging';

/**
 * Response classes of the ranking routes. Each `implements` the domain's response type, so
 * the compiler refuses a class that falls behind what the service returns.
 */

/** Registered with `ApiExtraModels` by the ranking controller: `methods` refers to it. */
export class MethodStandingResponse {
  @ApiPropertyOptional({ nullable: true, type: Number, description: "On the round's scale" })
  score!: number | null;
  @ApiPropertyOptional({ nullable: true, type: 'integer', description: 'Within the category' })
  rank!: number | null;
  @ApiPropertyOptional({ nullable: true, type: 'integer' }) overallRank!: number | null;
}

export class RankingEntryResponseDto implements RankingEntryResponse {
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() categoryKey!: string;
  @ApiProperty({ type: 'integer' }) reviews!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(MethodStandingResponse) },
    description: `The standing under each method: ${RANKING_METHODS.join(', ')}`,
  })
  methods!: RankingEntryResponse['methods'];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'Mean score of each criterion, by its key',
  })
  criterionMeans!: Record<string, number>;
  @ApiProperty() spread!: number;
  @ApiProperty() disagreement!: boolean;
  @ApiProperty() hasZeroScore!: boolean;
  @ApiProperty({ type: 'integer' }) lowOutliers!: number;
  @ApiProperty({ type: 'integer' }) reviewsDone!: number;
  @ApiProperty({ type: 'integer' }) reviewsRequired!: number;
  @ApiProperty() underReview!: boolean;
}

export class JudgeSeverityResponse implements JudgeSeverity {
  @ApiProperty({ format: 'uuid' }) judgeUserId!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) fullName!: string | null;
  @ApiProperty({ type: 'integer' }) scores!: number;
  @ApiProperty({ description: 'Positive: generous; negative: severe (points on the scale)' })
  severity!: number;
  @ApiProperty() mean!: number;
  @ApiProperty() stdDev!: number;
}

export class MethodSensitivityResponse {
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty({ enum: RANKING_METHODS, isArray: true }) advancesUnder!: RankingMethod[];
  @ApiProperty({ enum: RANKING_METHODS, isArray: true }) notUnder!: RankingMethod[];
}

export class CutOffResponse implements CutOffRule {
  @ApiPropertyOptional({ nullable: true, type: 'integer' }) topNPerCategory!: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) minTotal!: number | null;
}

export class RankingResponseDto implements RankingResponse {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty() ready!: boolean;
  @ApiProperty() recomputing!: boolean;
  @ApiPropertyOptional({ nullable: true, format: 'date-time', type: String })
  computedAt!: string | null;
  @ApiProperty({ type: 'integer' }) scoreCount!: number;
  @ApiProperty() scale!: number;
  @ApiProperty({ enum: RANKING_METHODS, isArray: true }) methods!: readonly RankingMethod[];
  @ApiProperty({ enum: RANKING_METHODS }) decidingMethod!: RankingMethod;
  @ApiPropertyOptional({ nullable: true, type: CutOffResponse }) cutOff!: CutOffRule | null;
  @ApiProperty({ type: 'integer' }) reviewsRequired!: number;
  @ApiProperty({ type: [RankingEntryResponseDto] }) entries!: RankingEntryResponse[];
  @ApiProperty({ type: [JudgeSeverityResponse] })
  judges!: (JudgeSeverity & { fullName: string | null })[];
  @ApiProperty({ type: [MethodSensitivityResponse] })
  methodSensitivity!: RankingContent['methodSensitivity'];
}

export class RecomputeRequestedResponse {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ enum: [true] }) requested!: true;
}
