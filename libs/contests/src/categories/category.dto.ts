import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { Nullable, TrimmedString } from '@app/platform';
import { EligibilityDto } from '../eligibility/eligibility.dto';
import { Key, MarkdownText, WholeNumber } from '../validation/contest-dto-decorators';

export class CreateCategoryDto {
  @Key()
  key!: string;

  @TrimmedString({ max: 120, example: 'Ý tưởng' })
  nameVi!: string;

  @TrimmedString({ max: 120, example: 'Idea' })
  nameEn!: string;

  @MarkdownText({ max: 5000, nullable: true })
  descriptionVi?: string | null;

  @MarkdownText({ max: 5000, nullable: true })
  descriptionEn?: string | null;

  /** Overrides of the contest's eligibility, rule by rule; null: the contest's rules as they are. */
  @Nullable()
  @ValidateNested()
  @Type(() => EligibilityDto)
  @ApiPropertyOptional({ type: () => EligibilityDto, nullable: true })
  eligibility?: EligibilityDto | null;

  @WholeNumber({ min: 0, max: 1000, optional: true })
  position?: number;
}

export class UpdateCategoryDto extends PartialType(CreateCategoryDto, {
  skipNullProperties: false,
}) {}
