import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsISO8601,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { presence, Presence } from '@app/platform';

/**
 * Decorators shared by the contest DTOs. `optional` fields may be left out, `nullable`
 * ones may also be null (a nullable column); every other field refuses null, even in a
 * PATCH (see PartialType with skipNullProperties: false in the update DTOs).
 */

/** An ISO 8601 instant with an explicit offset (`Z` or `+07:00`): a bare local time is ambiguous. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export function IsoDateTime(opts: Presence = {}) {
  return applyDecorators(
    IsString(),
    IsISO8601({ strict: true, strictSeparator: true }),
    Matches(ISO_WITH_OFFSET, {
      message: '$property must be ISO 8601 with an offset, e.g. 2027-03-31T23:59:00+07:00',
    }),
    ApiProperty({ type: String, example: '2027-03-31T23:59:00+07:00', format: 'date-time' }),
    ...presence(opts),
  );
}

/** Markdown, stored as typed except for surrounding blank space. */
export function MarkdownText(opts: Presence & { max: number }) {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? value.trim() : value,
    ),
    IsString(),
    MaxLength(opts.max),
    ApiProperty({ type: String, maxLength: opts.max, description: 'Markdown' }),
    ...presence(opts),
  );
}

const KEY_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** A machine key (field, prize, criterion, question, category): lower-case, digits, `-`/`_`. */
export function Key(max = 40) {
  return applyDecorators(
    IsString(),
    MaxLength(max),
    Matches(KEY_PATTERN, { message: '$property must be lower-case letters, digits and dashes' }),
    ApiProperty({ type: String, example: 'cong-nghe-so', maxLength: max }),
  );
}

export function WholeNumber(opts: Presence & { min: number; max: number }) {
  return applyDecorators(
    IsInt(),
    Min(opts.min),
    Max(opts.max),
    ApiProperty({ type: 'integer', minimum: opts.min, maximum: opts.max }),
    ...presence(opts),
  );
}

/** A list of nested objects, each validated, at most `max`, unique by `key` when given. */
export function NestedList<T>(
  type: () => new () => T,
  opts: Presence & { max: number; uniqueBy?: (item: T) => unknown },
) {
  const decorators = [
    IsArray(),
    ArrayMaxSize(opts.max),
    ValidateNested({ each: true }),
    Type(type),
    ApiProperty({ type: () => [type()], maxItems: opts.max }),
    ...presence(opts),
  ];
  if (opts.uniqueBy)
    decorators.push(ArrayUnique(opts.uniqueBy, { message: '$property must not repeat a key' }));
  return applyDecorators(...decorators);
}
