import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength, ValidateBy } from 'class-validator';
import type { ValidationArguments } from 'class-validator';
import { Nullable, NullableUuid, TrimmedString } from '@app/platform';

const trim = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value,
);

/**
 * A booth: either a finalist entry of the contest (entryId) or a partner unit
 * (partnerName). Naming both is refused here; naming neither is refused by the service
 * (VALIDATION_FAILED on partnerName), since a null field is not validated at all.
 */
export class FestivalBoothDto {
  @TrimmedString({ max: 16, example: 'A12' })
  number!: string;

  /** A finalist entry of the contest; null or absent for a partner's booth. */
  @NullableUuid()
  entryId?: string | null;

  /** The partner unit; required without entryId, never with it. */
  @Nullable({ type: String, maxLength: 200, example: 'Trung tâm Ươm tạo tỉnh' })
  @trim
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @ValidateBy({
    name: 'exclusiveWith',
    validator: {
      validate: (_value: unknown, args?: ValidationArguments) =>
        (args?.object as FestivalBoothDto).entryId == null,
      defaultMessage: () => 'a booth is either an entry’s or a partner’s, not both',
    },
  })
  partnerName?: string | null;

  @TrimmedString({ max: 200, nullable: true, example: 'Nền tảng truy xuất nguồn gốc nông sản' })
  partnerShowcase?: string | null;
}
