import { ValidationError, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidatorOptions } from 'class-validator';
import { ErrorCode } from '../errors/error-code';
import { DomainError, FieldError } from '../errors/domain-error';
import type { FieldErrorCode } from '../errors/field-error-code';

/**
 * The validation rules of every request, API or page: unknown fields are refused (not
 * silently dropped). Values are kept in the errors only to tell "missing" from "wrong";
 * they never leave this file (field errors carry codes and messages, not values).
 */
export const VALIDATOR_OPTIONS: ValidatorOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  validationError: { target: false, value: true },
};

/**
 * class-validator constraint names -> field error code, in order of precedence: when a
 * value breaks several constraints, the first listed here names the problem.
 */
const CONSTRAINT_CODES: [string, FieldErrorCode][] = [
  ['whitelistValidation', 'unknownField'],
  ['isDefined', 'required'],
  ['isNotEmpty', 'required'],
  ['arrayNotEmpty', 'tooFew'],
  ['isEmail', 'notEmail'],
  ['isUrl', 'notUrl'],
  ['isIso8601', 'notDate'],
  ['isDateString', 'notDate'],
  ['isDate', 'notDate'],
  ['isIn', 'notChoice'],
  ['isEnum', 'notChoice'],
  ['isInt', 'notInteger'],
  ['isNumber', 'notNumber'],
  ['decimalNumber', 'notNumber'],
  ['min', 'outOfRange'],
  ['max', 'outOfRange'],
  ['isPositive', 'outOfRange'],
  ['maxLength', 'tooLong'],
  ['minLength', 'tooShort'],
  ['arrayUnique', 'duplicate'],
  ['arrayMinSize', 'tooFew'],
  ['arrayMaxSize', 'tooMany'],
  ['matches', 'notFormat'],
  // A session's end before its start (FestivalSessionDto).
  ['timeOrder', 'dateOrder'],
];

/** The code of one failed property: a missing value is `required` whatever the constraint. */
export function codeOfConstraints(constraints: string[], value: unknown): FieldErrorCode {
  if (constraints.includes('whitelistValidation')) return 'unknownField';
  if (value === undefined || value === null || value === '') return 'required';
  const found = CONSTRAINT_CODES.find(([name]) => constraints.includes(name));
  return found ? found[1] : 'invalid';
}

/** class-validator's nested errors as flat field errors (`members.0.email`), each with its code. */
export function fieldErrorsOf(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) {
      const code = codeOfConstraints(Object.keys(e.constraints), e.value);
      out.push({ field, code, messages: Object.values(e.constraints) });
    }
    if (e.children?.length) out.push(...fieldErrorsOf(e.children, field));
  }
  return out;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * Reads plain input (a page's form, already shaped) into a DTO and checks it with the
 * very options of the API's pipe, so a page and its API twin accept the same things.
 */
export function validateInput<T extends object>(
  dtoClass: new () => T,
  plain: object,
): Validated<T> {
  const value = plainToInstance(dtoClass, plain);
  const problems = validateSync(value, VALIDATOR_OPTIONS);
  return problems.length === 0
    ? { ok: true, value }
    : { ok: false, errors: fieldErrorsOf(problems) };
}

/**
 * The global validation pipe: the shared rules above, values transformed to the DTO's
 * types, and failures as VALIDATION_FAILED with coded details.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    ...VALIDATOR_OPTIONS,
    transform: true,
    exceptionFactory: (errors) =>
      new DomainError(
        ErrorCode.VALIDATION_FAILED,
        'The request is not valid',
        fieldErrorsOf(errors),
      ),
  });
}
