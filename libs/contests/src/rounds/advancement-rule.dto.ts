import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsString,
  Matches,
} from 'class-validator';
import { WholeNumber } from '../validation/contest-dto-decorators';
import { RANKING_METHODS } from './round-policy';
import type { RankingMethod, TieBreakStep } from './round-policy';
import { DecimalNumber, Optional } from '@app/platform';

/** The advancement rule of a round; whether a criterion step names a rubric key is checked by the service. */
export class AdvancementRuleDto {
  @Optional()
  @IsIn(RANKING_METHODS)
  @ApiPropertyOptional({ enum: RANKING_METHODS, default: 'weighted_mean' })
  method?: RankingMethod;

  @WholeNumber({ min: 1, max: 10_000, nullable: true })
  topNPerCategory?: number | null;

  @DecimalNumber({ places: 2, min: 0, max: 100_000, nullable: true })
  @ApiPropertyOptional({ example: 50 })
  minTotal?: number | null;

  @Optional()
  @IsBoolean()
  @ApiPropertyOptional({ default: false })
  zeroVeto?: boolean;

  @WholeNumber({ min: 1, max: 50, nullable: true })
  minReviews?: number | null;

  @Optional()
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
