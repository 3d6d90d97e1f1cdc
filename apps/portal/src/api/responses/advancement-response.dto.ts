import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RANKING_METHODS } from '@app/contests';
import type { AdvancementRule, RankingMethod, TieBreakStep } from '@app/contests';
import type {
  AdvancementEntryView,
  AdvancementReason,
  AdvancementView,
  ConfirmOverrideResponse,
  OverrideResponse,
  ProposeOverrideResponse,
  TieBreakTrail,
  TrailStep,
} from '@app/judging';
import { AdvancementRuleResponse } from './contest-response.dto';

/**
 * Response classes of the advancement routes, each `implements` the domain's type so the
 * compiler refuses one that falls behind the service.
 */

const REASON_CODES: AdvancementReason['code'][] = [
  'NO_SCORE',
  'NO_RULE',
  'TOO_FEW_REVIEWS',
  'BELOW_MIN_TOTAL',
  'ZERO_VETO',
  'MEETS_RULE',
  'WITHIN_TOP_N',
  'OUTSIDE_TOP_N',
  'WON_TIE_BREAK',
  'LOST_TIE_BREAK',
  'TIED_AT_CUT_OFF',
];

/** Why an entry passes or not: a code and the numbers its wording needs (by code). */
export class AdvancementReasonResponse {
  @ApiProperty({ enum: REASON_CODES }) code!: AdvancementReason['code'];
  @ApiPropertyOptional({ type: 'integer' }) reviews?: number;
  @ApiPropertyOptional({ type: 'integer' }) minReviews?: number;
  @ApiPropertyOptional() total?: number;
  @ApiPropertyOptional() minTotal?: number;
  @ApiPropertyOptional({ type: 'integer' }) rank?: number;
  @ApiPropertyOptional({ type: 'integer' }) topN?: number;
  @ApiPropertyOptional() categoryKey?: string;
  @ApiPropertyOptional({ type: String, description: 'The tie-break step' }) step?: TieBreakStep;
}

export class OverrideResponseDto implements OverrideResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty({ enum: ['advance', 'eliminate'] }) decision!: OverrideResponse['decision'];
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'uuid' }) proposedBy!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' })
  confirmedBy!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  confirmedAt!: string | null;
  @ApiProperty({ enum: ['pending', 'confirmed', 'superseded'] }) state!: OverrideResponse['state'];
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' })
  supersededBy!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  supersededAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ProposeOverrideResponseDto
  extends OverrideResponseDto
  implements ProposeOverrideResponse
{
  @ApiPropertyOptional({ nullable: true, type: OverrideResponseDto })
  supersededPending!: OverrideResponse | null;
  @ApiPropertyOptional({ nullable: true, type: OverrideResponseDto })
  replacesOnConfirmation!: OverrideResponse | null;
}

export class ConfirmOverrideResponseDto
  extends OverrideResponseDto
  implements ConfirmOverrideResponse
{
  @ApiPropertyOptional({ nullable: true, type: OverrideResponseDto })
  superseded!: OverrideResponse | null;
}

export class AdvancementEntryResponse implements AdvancementEntryView {
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty() categoryKey!: string;
  @ApiPropertyOptional({ nullable: true, type: Number }) total!: number | null;
  @ApiProperty({ type: 'integer' }) reviews!: number;
  @ApiPropertyOptional({ nullable: true, type: 'integer' }) rank!: number | null;
  @ApiProperty() proposed!: boolean;
  @ApiProperty({ type: [AdvancementReasonResponse] }) reasons!: AdvancementReason[];
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' })
  overrideId!: string | null;
  @ApiProperty() advances!: boolean;
  @ApiProperty({ type: String }) status!: AdvancementEntryView['status'];
  @ApiPropertyOptional({ nullable: true, type: String }) decisionNote!: string | null;
  @ApiProperty({ type: 'integer' }) reviewsDone!: number;
  @ApiProperty({ type: 'integer' }) reviewsRequired!: number;
  @ApiProperty() underReview!: boolean;
}

class TrailValueResponse {
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty() code!: string;
  @ApiPropertyOptional({ nullable: true, type: Number }) value!: number | null;
}

class TrailStepResponse implements TrailStep {
  @ApiProperty({ type: String }) step!: TieBreakStep;
  @ApiProperty({ type: [TrailValueResponse] }) values!: TrailStep['values'];
  @ApiProperty({ type: [String] }) advance!: string[];
  @ApiProperty({ type: [String] }) eliminate!: string[];
  @ApiProperty({ type: [String] }) stillTied!: string[];
}

class TrailContenderResponse {
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() total!: number;
}

export class TieBreakTrailResponse implements TieBreakTrail {
  @ApiProperty() categoryKey!: string;
  @ApiProperty({ type: 'integer' }) topN!: number;
  @ApiProperty({ type: 'integer' }) seats!: number;
  @ApiProperty({ type: [TrailContenderResponse] }) contenders!: TieBreakTrail['contenders'];
  @ApiProperty({ type: [TrailStepResponse] }) steps!: TrailStep[];
  @ApiProperty({ enum: ['resolved', 'all_tied_advance'] }) outcome!: TieBreakTrail['outcome'];
}

export class AdvancementViewResponse implements AdvancementView {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ format: 'uuid' }) contestId!: string;
  @ApiPropertyOptional({ nullable: true, type: AdvancementRuleResponse })
  rule!: AdvancementRule | null;
  @ApiProperty() ruleMissing!: boolean;
  @ApiProperty({ enum: RANKING_METHODS }) method!: RankingMethod;
  @ApiProperty() rankingReady!: boolean;
  @ApiProperty({ type: 'integer' }) reviewsRequired!: number;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  decidedAt!: string | null;
  @ApiProperty({ type: [AdvancementEntryResponse] }) entries!: AdvancementEntryView[];
  @ApiProperty({ type: [TieBreakTrailResponse] }) trails!: TieBreakTrail[];
  @ApiProperty({ type: [OverrideResponseDto] }) overrides!: OverrideResponse[];
}
