import {
  IsEmail,
  IsIn,
  IsInt,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { FIELD_ERROR_CODES } from '../errors/field-error-code';
import { createValidationPipe, validateInput } from './validation';
import { DomainError } from '../errors/domain-error';

class Member {
  @IsString()
  @IsEmail()
  email!: string;
}

class Form {
  @IsString()
  @MaxLength(5)
  name!: string;

  @IsInt()
  @Min(1)
  @Max(9)
  count!: number;

  @IsIn(['a', 'b'])
  kind!: string;

  @ValidateNested({ each: true })
  @Type(() => Member)
  members!: Member[];
}

const valid = { name: 'An', count: 3, kind: 'a', members: [{ email: 'an@example.vn' }] };

describe('validateInput', () => {
  it('gives the DTO when the input is valid', () => {
    const result = validateInput(Form, valid);
    expect(result).toEqual({ ok: true, value: expect.any(Form) });
  });

  it('names each problem with a code, nested fields by their path', () => {
    const result = validateInput(Form, {
      name: 'Nguyễn',
      count: 12,
      kind: 'c',
      members: [{ email: 'not-mail' }],
      extra: 1,
    });
    expect(result.ok).toBe(false);
    const codes = result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.field, e.code]));
    expect(codes).toEqual({
      name: 'tooLong',
      count: 'outOfRange',
      kind: 'notChoice',
      'members.0.email': 'notEmail',
      extra: 'unknownField',
    });
  });

  it('calls a missing or blank value required, whatever the constraint', () => {
    const result = validateInput(Form, { ...valid, kind: '', count: undefined });
    const codes = result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.field, e.code]));
    expect(codes).toEqual({ kind: 'required', count: 'required' });
  });

  it('tells a decimal from a whole number', () => {
    const result = validateInput(Form, { ...valid, count: 2.5 });
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['notInteger']);
  });

  it('keeps the values out of the errors', () => {
    const result = validateInput(Form, { ...valid, name: 'secret-value' });
    expect(JSON.stringify(result)).not.toContain('secret-value');
  });
});

describe('the API validation pipe', () => {
  it('refuses with the same coded details as the pages get', async () => {
    const pipe = createValidationPipe();
    const refused = pipe.transform({ ...valid, count: 0 }, { type: 'body', metatype: Form });
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    await expect(refused).rejects.toMatchObject({
      details: [{ field: 'count', code: 'outOfRange', messages: expect.any(Array) }],
    });
  });

  it('uses only catalogued codes', () => {
    expect(new Set(FIELD_ERROR_CODES).size).toBe(FIELD_ERROR_CODES.length);
  });
});
