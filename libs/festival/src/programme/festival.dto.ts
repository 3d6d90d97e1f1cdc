import { ApiProperty } from '@nestjs/swagger';
import { ValidateBy } from 'class-validator';
import { TrimmedString } from '@app/platform';
import { isRealDay } from './festival-day';

/** The festival of a contest: created by the first PUT, replaced by the next ones. */
export class UpsertFestivalDto {
  @ValidateBy({
    name: 'isIso8601',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isRealDay(value),
      defaultMessage: () => 'date must be a day written YYYY-MM-DD',
    },
  })
  @ApiProperty({ example: '2026-12-20', description: 'The day, in Asia/Ho_Chi_Minh' })
  date!: string;

  @TrimmedString({ max: 300, example: 'Trung tâm Hội nghị tỉnh, 1 Hùng Vương' })
  venue!: string;

  @TrimmedString({ max: 200, example: 'Ngày hội khởi nghiệp đổi mới sáng tạo 2026' })
  nameVi!: string;

  @TrimmedString({ max: 200, example: 'Innovation Startup Festival 2026' })
  nameEn!: string;

  @TrimmedString({ max: 2000, nullable: true })
  descriptionVi?: string | null;

  @TrimmedString({ max: 2000, nullable: true })
  descriptionEn?: string | null;
}
