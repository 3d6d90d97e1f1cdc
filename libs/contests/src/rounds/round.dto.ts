import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsIn, ValidateNested } from 'class-validator';
import { DecimalNumber, Nullable, Optional, TrimmedString } from '@app/platform';
import {
  IsoDateTime,
  Key,
  MarkdownText,
  NestedList,
  WholeNumber,
} from '../validation/contest-dto-decorators';
import { AdvancementRuleDto } from './advancement-rule.dto';
import { RoundMode } from './round.entity';

export class CriterionDto {
  @Key()
  key!: string;

  @TrimmedString({ max: 200, example: 'Tính đổi mới sáng tạo' })
  labelVi!: string;

  @TrimmedString({ max: 200, example: 'Innovation' })
  labelEn!: string;

  @MarkdownText({ max: 2000, nullable: true })
  guidanceVi?: string | null;

  @MarkdownText({ max: 2000, nullable: true })
  guidanceEn?: string | null;

  /** Relative weight of the criterion: more than 0, up to 100, four decimals at most. */
  @DecimalNumber({ places: 4, min: 0.0001, max: 100 })
  @ApiProperty({ example: 1 })
  weight!: number;

  @WholeNumber({ min: 1, max: 1000 })
  maxScore!: number;
}

export class CreateRoundDto {
  /** 1 screening (sơ khảo), 2 semi-final (bán kết), 3 final (chung kết) ...; unique per contest. */
  @WholeNumber({ min: 1, max: 20 })
  position!: number;

  @TrimmedString({ max: 120, example: 'Vòng sơ khảo' })
  nameVi!: string;

  @TrimmedString({ max: 120, example: 'Screening round' })
  nameEn!: string;

  @Optional()
  @IsIn(Object.values(RoundMode))
  @ApiPropertyOptional({ enum: RoundMode, default: RoundMode.online })
  mode?: RoundMode;

  @WholeNumber({ min: 1, max: 20, optional: true })
  reviewsPerEntry?: number;

  /** The most entries one judge may review in the round; null (or absent) for no limit. */
  @WholeNumber({ min: 1, max: 100_000, nullable: true })
  maxLoadPerJudge?: number | null;

  @IsoDateTime({ nullable: true })
  judgingOpensAt?: string | null;

  @IsoDateTime({ nullable: true })
  judgingClosesAt?: string | null;

  @ArrayMinSize(1)
  @NestedList(() => CriterionDto, { max: 30, uniqueBy: (c) => c.key })
  criteria!: CriterionDto[];
}

/**
 * A partial update. `criteria` replaces the whole rubric and is refused (409
 * RUBRIC_LOCKED) once the round has a score. Send the `version` you read to be told
 * (409 STALE_VERSION) when someone else changed the round in between.
 */
export class UpdateRoundDto extends PartialType(CreateRoundDto, { skipNullProperties: false }) {
  /** Who advances; `null` removes the rule. A criterion tie-break step must name a rubric key. */
  @Nullable()
  @ValidateNested()
  @Type(() => AdvancementRuleDto)
  @ApiPropertyOptional({ type: () => AdvancementRuleDto, nullable: true })
  advancementRule?: AdvancementRuleDto | null;

  @WholeNumber({ min: 1, max: 2_147_483_647, optional: true })
  version?: number;
}
