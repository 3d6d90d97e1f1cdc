import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { WholeNumber } from '../validation/contest-dto-decorators';
import { RANKING_METHODS } from './round-policy';
import type { RankingMethod, TieBreakStep } from './round-policy';

/** The advancement rule of a round; whether a criterion step names a rubric key is checked by the service. */
export class AdvancementRuleDto {
  @IsOptional()
  @IsIn(RANKING_METHODS)
  @ApiPropertyOptional({ enum: RANKING_METHODS, default: 'weighted_mean' })
  method?: RankingMethod;

  @WholeNumber({ min: 1, max: 10_000, optional: true })
  topNPerCategory?: number | null;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100_000)
  @ApiPropertyOptional({ example: 50 })
  minTotal?: number | null;

  @IsOptional()
  @IsBoolean()
  @ApiPropertyOptional({ default: false })
  zeroVeto?: boolean;

  @WholeNumber({ min: 1, max: 50, optional: true })
  minReviews?: number | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(12)
  @IsString({ each: true })
  @Matches(/^(total|fewer_low_outliers|criterion:[a-z0-9-]{1,40})$/, {
    each: true,
    message: "each tieBreak step must be 'total', 'fewer_low_outliers' or 'criterion:<key>'",
  })
  @ArrayUnique(undefined, { message: 'tieBreak must not repeat a step' })
  @ApiPropertyOptional({ example: ['total', 'criterion:doi-moi', 'fewer_low_outliers'] })
  tieBreak?: TieBreakStep[];
}
