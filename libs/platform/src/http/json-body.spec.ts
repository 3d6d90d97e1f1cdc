import { DomainError } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-code';
import { decodeJsonBody, jsonNestingExceeds, MAX_JSON_DEPTH } from './json-body';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as DomainError).code;
  }
  return undefined;
};

describe('JSON request bodies', () => {
  it('counts nesting of arrays and objects, not brackets inside strings', () => {
    expect(jsonNestingExceeds('[[1]]', 2)).toBe(false);
    expect(jsonNestingExceeds('[[[1]]]', 2)).toBe(true);
    expect(jsonNestingExceeds('{"a":{"b":[1]}}', 2)).toBe(true);
    expect(jsonNestingExceeds(`{"a":"${'['.repeat(100)}"}`, 2)).toBe(false);
    expect(jsonNestingExceeds('{"a":"\\"[[[[[","b":1}', 1)).toBe(false);
    expect(jsonNestingExceeds('[1],[2],[3]', 1)).toBe(false);
  });

  it('refuses nesting beyond the limit with BODY_TOO_DEEP', () => {
    const deep = '['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1);
    expect(codeOf(() => decodeJsonBody(Buffer.from(deep)))).toBe(ErrorCode.BODY_TOO_DEEP);
    const ok = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect(decodeJsonBody(Buffer.from(ok))).toBe(ok);
  });

  it('refuses bytes that are not UTF-8 instead of replacing them', () => {
    const body = Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]);
    expect(codeOf(() => decodeJsonBody(body))).toBe(ErrorCode.MALFORMED_JSON);
    expect(decodeJsonBody(Buffer.from('{"tên":"Đà Nẵng"}'))).toBe('{"tên":"Đà Nẵng"}');
  });

  it('drops a byte-order mark', () => {
    expect(decodeJsonBody(Buffer.from('\ufeff{}'))).toBe('{}');
  });
});
