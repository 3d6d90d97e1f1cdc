import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { NullableUuid, Optional, TrimmedString } from '@app/platform';
import { WholeNumber } from '../validation/contest-dto-decorators';
import { PRIZE_KINDS } from './prize.entity';
import type { PrizeKind } from './prize.entity';

/** The largest amount accepted (VND), inside the column's int range. */
export const MAX_PRIZE_AMOUNT = 2_000_000_000;
export const MAX_PRIZE_QUANTITY = 100;

export class CreatePrizeDto {
  @IsIn(PRIZE_KINDS)
  @ApiProperty({ enum: PRIZE_KINDS })
  kind!: PrizeKind;

  @TrimmedString({ max: 200, example: 'Giải ý tưởng của nhóm nữ khởi nghiệp' })
  nameVi!: string;

  @TrimmedString({ max: 200, example: 'Best idea by a women-led team' })
  nameEn!: string;

  /** In VND, whole dong. */
  @WholeNumber({ min: 0, max: MAX_PRIZE_AMOUNT })
  amount!: number;

  /** How many of this prize are given. */
  @WholeNumber({ min: 1, max: MAX_PRIZE_QUANTITY })
  quantity!: number;

  /** The category whose entries compete for it; null or absent: the whole contest. */
  @NullableUuid()
  categoryId?: string | null;

  @WholeNumber({ min: 0, max: 1000, optional: true })
  position?: number;
}

export class UpdatePrizeDto extends PartialType(CreatePrizeDto, { skipNullProperties: false }) {}

/**
 * A prize in the contest's own create/update body, where the list is sent whole: with
 * `id` it is that prize of the contest kept (and changed), without one a new prize; a
 * prize left out is deleted.
 */
export class ContestPrizeDto extends CreatePrizeDto {
  @Optional()
  @IsUUID()
  @ApiPropertyOptional({ format: 'uuid', description: 'An existing prize of this contest, kept' })
  id?: string;
}
