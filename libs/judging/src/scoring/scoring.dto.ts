import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsObject, IsString, MaxLength, Min, ValidateIf } from 'class-validator';
import { Flag, Nullable, Optional, TrimmedString } from '@app/platform';

export const COMMENT_MAX = 5_000;
export const CONFLICT_REASON_MAX = 500;

const trim = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value,
);

export class SaveScoreDto {
  /** Points per criterion key; checked against the rubric by the service (0..max, one decimal). */
  @IsObject()
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { 'doi-moi': 32, 'kha-thi': 24.5 },
  })
  scores!: Record<string, unknown>;

  @Nullable()
  @ValidateIf((_dto, value) => value !== null)
  @trim
  @IsString()
  @MaxLength(COMMENT_MAX)
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: COMMENT_MAX })
  commentForTeam?: string | null;

  @Nullable()
  @ValidateIf((_dto, value) => value !== null)
  @trim
  @IsString()
  @MaxLength(COMMENT_MAX)
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: COMMENT_MAX })
  noteForOrganizers?: string | null;

  /** The version the judge's form was built on; required once a score exists. */
  @Optional()
  @IsInt()
  @Min(1)
  @ApiPropertyOptional({ minimum: 1 })
  version?: number;

  /** Submit (every criterion required) instead of saving a draft. */
  @Flag({ optional: true })
  submit?: boolean;
}

export class DeclareConflictDto {
  @TrimmedString({ max: CONFLICT_REASON_MAX, example: 'Tôi là cố vấn của nhóm này.' })
  reason!: string;
}
