import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/**
 * Decorators shared by the contest DTOs. `optional` fields may be absent or null (a
 * nullable column); required ones refuse null even in a PATCH (see PartialType with
 * skipNullProperties: false in the update DTOs).
 */

/** An ISO 8601 instant with an explicit offset (`Z` or `+07:00`): a bare local time is ambiguous. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export function IsoDateTime(opts: { optional?: boolean } = {}) {
  const decorators = [
    IsString(),
    IsISO8601({ strict: true, strictSeparator: true }),
    Matches(ISO_WITH_OFFSET, {
      message: '$property must be ISO 8601 with an offset, e.g. 2027-03-31T23:59:00+07:00',
    }),
    opts.optional
      ? ApiPropertyOptional({ example: '2027-03-31T23:59:00+07:00', nullable: true })
      : ApiProperty({ example: '2027-03-31T23:59:00+07:00' }),
  ];
  if (opts.optional) decorators.unshift(IsOptional());
  return applyDecorators(...decorators);
}

/** Markdown, stored as typed except for surrounding blank space. */
export function MarkdownText(opts: { max: number; optional?: boolean }) {
  const decorators = [
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? value.trim() : value,
    ),
    IsString(),
    MaxLength(opts.max),
    opts.optional
      ? ApiPropertyOptional({ maxLength: opts.max, nullable: true, description: 'Markdown' })
      : ApiProperty({ maxLength: opts.max, description: 'Markdown' }),
  ];
  if (opts.optional) decorators.unshift(IsOptional());
  return applyDecorators(...decorators);
}

const KEY_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** A machine key (field, prize, criterion, question, category): lower-case, digits, `-`/`_`. */
export function Key(max = 40) {
  return applyDecorators(
    IsString(),
    MaxLength(max),
    Matches(KEY_PATTERN, { message: '$property must be lower-case letters, digits and dashes' }),
    ApiProperty({ example: 'cong-nghe-so', maxLength: max }),
  );
}

export function WholeNumber(opts: { min: number; max: number; optional?: boolean }) {
  const decorators = [
    IsInt(),
    Min(opts.min),
    Max(opts.max),
    opts.optional
      ? ApiPropertyOptional({ minimum: opts.min, maximum: opts.max })
      : ApiProperty({ minimum: opts.min, maximum: opts.max }),
  ];
  if (opts.optional) decorators.unshift(IsOptional());
  return applyDecorators(...decorators);
}

/** A list of nested objects, each validated, at most `max`, unique by `key` when given. */
export function NestedList<T>(
  type: () => new () => T,
  opts: { max: number; optional?: boolean; uniqueBy?: (item: T) => unknown },
) {
  const decorators = [
    IsArray(),
    ArrayMaxSize(opts.max),
    ValidateNested({ each: true }),
    Type(type),
    opts.optional
      ? ApiPropertyOptional({ type: () => [type()], nullable: true })
      : ApiProperty({ type: () => [type()] }),
  ];
  if (opts.uniqueBy)
    decorators.push(ArrayUnique(opts.uniqueBy, { message: '$property must not repeat a key' }));
  if (opts.optional) decorators.unshift(IsOptional());
  return applyDecorators(...decorators);
}
