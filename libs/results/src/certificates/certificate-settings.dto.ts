import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { TrimmedString } from '@app/platform';

export class SignatoryDto {
  /** The signer's title, e.g. "TM. Ban tổ chức" or "Trưởng ban giám khảo". */
  @TrimmedString({ max: 80, example: 'Trưởng ban giám khảo' })
  title!: string;

  /** The signer's name under the signature; '' to leave the line for a handwritten name. */
  @TrimmedString({ min: 0, max: 80, example: 'Trần Văn Khoa' })
  name!: string;
}

/**
 * What a contest's certificates print besides the contest: the organising units (one to
 * four lines, the superior unit first), the place before the date, and one to three
 * signature blocks. Limits keep every part on the A4 landscape page.
 */
export class CertificateSettingsDto {
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value)
      ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v))
      : value,
  )
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(60, { each: true })
  @ApiProperty({ example: ['UBND tỉnh Quảng Ngãi', 'Sở Khoa học và Công nghệ'], maxItems: 4 })
  organisers!: string[];

  @TrimmedString({ max: 60, nullable: true, example: 'Quảng Ngãi' })
  place!: string | null;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => SignatoryDto)
  @ApiProperty({ type: () => [SignatoryDto], maxItems: 3 })
  signatories!: SignatoryDto[];
}
