import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateBy,
  buildMessage,
} from 'class-validator';

/**
 * One rule for `null` in every request: a field may be left out when it is `Optional()`,
 * and may be `null` only when it is `Nullable()` (documented as nullable; clearing a
 * nullable column). Anywhere else `null` is a wrong type like any other and fails the
 * field's own validators. class-validator's IsOptional lets `null` through silently, so
 * the linter allows it only here.
 */
export function Optional() {
  return applyDecorators(
    ValidateIf((_object: object, value: unknown) => value !== undefined),
    ApiPropertyOptional(),
  );
}

/**
 * `schema` names the documented type where the property's own decorators do not: a
 * `string | null` property reflects as Object, which the description would call an object.
 */
export function Nullable(schema: ApiPropertyOptions = {}) {
  return applyDecorators(IsOptional(), ApiPropertyOptional({ ...schema, nullable: true }));
}

/** A uuid that may be `null` or left out. */
export function NullableUuid() {
  return applyDecorators(Nullable({ type: String, format: 'uuid' }), IsUUID());
}

/** `optional`: may be left out; `nullable`: may also be `null`. */
export interface Presence {
  optional?: boolean;
  nullable?: boolean;
}

/** The presence decorator for composite decorators (none for a required field). */
export function presence(opts: Presence): PropertyDecorator[] {
  if (opts.nullable) return [Nullable()];
  if (opts.optional) return [Optional()];
  return [];
}

/**
 * Composite DTO decorators, in one place so DTOs stay short and alike.
 * Strings are trimmed only when they are strings: an object where a string belongs
 * must still fail validation, not be coerced.
 */
const trim = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value,
);

export function TrimmedString(opts: Presence & { min?: number; max: number; example?: string }) {
  return applyDecorators(
    trim,
    IsString(),
    MinLength(opts.min ?? 1),
    MaxLength(opts.max),
    ApiProperty({
      type: String,
      example: opts.example,
      maxLength: opts.max,
      minLength: opts.min ?? 1,
    }),
    ...presence(opts),
  );
}

/** A password is taken as typed: never trimmed. */
export function RawString(opts: { max: number; example?: string }) {
  return applyDecorators(
    IsString(),
    MaxLength(opts.max),
    ApiProperty({ type: String, example: opts.example }),
  );
}

export function EmailAddress() {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? value.trim().toLowerCase() : value,
    ),
    IsString(),
    MaxLength(254),
    IsEmail({ allow_display_name: false, require_tld: false }),
    ApiProperty({ example: 'an.nguyen@example.vn' }),
  );
}

export function Uuid() {
  return applyDecorators(IsUUID(), ApiProperty({ type: String, format: 'uuid' }));
}

/** A real JSON boolean (or "true"/"false"/"on" from a form); nothing else. */
export function Flag(opts: Presence = {}) {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      value === 'true' || value === 'on' ? true : value === 'false' ? false : value,
    ),
    IsBoolean(),
    ApiProperty({ type: Boolean }),
    ...presence(opts),
  );
}

/**
 * A whole number from a query string (`?page=2`): only plain digits are read as a number,
 * so `1e308`, `0x10`, `1.5` or a repeated parameter fail as the wrong type, and the range
 * keeps an offset computed from it finite.
 */
export function QueryInt(opts: { min: number; max: number }) {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value,
    ),
    IsInt(),
    Min(opts.min),
    Max(opts.max),
    ApiPropertyOptional({ type: 'integer', minimum: opts.min, maximum: opts.max }),
    Optional(),
  );
}

/**
 * A finite number with at most `places` decimals, written however JSON allows (`1e-7`
 * is a number with seven decimals, refused when `places` is less). class-validator's
 * maxDecimalPlaces reads the decimals from the text of the number and throws on
 * exponent notation, so this check does the arithmetic instead.
 */
export function DecimalNumber(opts: Presence & { places: number; min: number; max: number }) {
  return applyDecorators(
    ValidateBy({
      name: 'decimalNumber',
      constraints: [opts.places],
      validator: {
        validate: (value: unknown) => isDecimal(value, opts.places),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a number with at most $constraint1 decimals`,
        ),
      },
    }),
    Min(opts.min),
    Max(opts.max),
    ApiProperty({ type: 'number', minimum: opts.min, maximum: opts.max }),
    ...presence(opts),
  );
}

export function isDecimal(value: unknown, places: number): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  const scaled = value * 10 ** places;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, Math.abs(scaled));
}
