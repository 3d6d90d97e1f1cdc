import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';

/**
 * Composite DTO decorators, in one place so DTOs stay short and alike.
 * Strings are trimmed only when they are strings: an object where a string belongs
 * must still fail validation, not be coerced.
 */
const trim = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value,
);

export function TrimmedString(opts: {
  min?: number;
  max: number;
  optional?: boolean;
  example?: string;
}) {
  const decorators = [
    trim,
    IsString(),
    MinLength(opts.min ?? 1),
    MaxLength(opts.max),
    opts.optional
      ? ApiPropertyOptional({ example: opts.example, maxLength: opts.max })
      : ApiProperty({ example: opts.example, maxLength: opts.max }),
  ];
  if (opts.optional) decorators.unshift(IsOptional());
  return applyDecorators(...decorators);
}

/** A password is taken as typed: never trimmed. */
export function RawString(opts: { max: number; example?: string }) {
  return applyDecorators(IsString(), MaxLength(opts.max), ApiProperty({ example: opts.example }));
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
  return applyDecorators(IsUUID(), ApiProperty({ format: 'uuid' }));
}

/** A real JSON boolean (or "true"/"false"/"on" from a form); nothing else. */
export function Flag(opts: { optional?: boolean } = {}) {
  const decorators = [
    Transform(({ value }: { value: unknown }) =>
      value === 'true' || value === 'on' ? true : value === 'false' ? false : value,
    ),
    IsBoolean(),
    opts.optional ? ApiPropertyOptional() : ApiProperty(),
  ];
  if (opts.optional) decorators.unshift(IsOptional());
  return applyDecorators(...decorators);
}
