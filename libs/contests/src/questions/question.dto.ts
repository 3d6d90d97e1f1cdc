import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Flag, Nullable, TrimmedString } from '@app/platform';
import { Key, WholeNumber } from '../validation/contest-dto-decorators';
import { QuestionKind } from './contest-question.entity';

export const CHOICE_OPTIONS = { min: 2, max: 50 } as const;

export class CreateQuestionDto {
  /** The answer's key in an entry's answers; unique per contest. */
  @Key()
  key!: string;

  @TrimmedString({ max: 300, example: 'Sản phẩm đã có khách hàng chưa?' })
  labelVi!: string;

  @TrimmedString({ max: 300, example: 'Does the product have customers yet?' })
  labelEn!: string;

  @IsIn(Object.values(QuestionKind))
  @ApiProperty({ enum: QuestionKind })
  kind!: QuestionKind;

  @Flag({ optional: true })
  required?: boolean;

  /** The options of a `choice` question (2 to 50, distinct); none for other kinds. */
  @Nullable()
  @IsArray()
  @ArrayMaxSize(CHOICE_OPTIONS.max)
  @ArrayUnique()
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value,
  )
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  @ApiPropertyOptional({ type: [String], nullable: true })
  options?: string[] | null;

  @WholeNumber({ min: 0, max: 1000, optional: true })
  position?: number;
}

export class UpdateQuestionDto extends PartialType(CreateQuestionDto, {
  skipNullProperties: false,
}) {}
