import { DomainError } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-code';

/**
 * Deeper than any body of the API (a contest with its eligibility rules is four levels).
 * The JSON parser, class-transformer and class-validator all recurse: a body nested a
 * few thousand levels deep would exhaust the stack (a 500) and burn CPU on the way.
 */
export const MAX_JSON_DEPTH = 32;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Whether JSON text opens more than `max` arrays or objects at once, counted without parsing. */
export function jsonNestingExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/**
 * Decodes a JSON request body for the real parser after it: bytes that are not UTF-8 are
 * refused (not silently replaced), and so is nesting beyond MAX_JSON_DEPTH. A leading
 * byte-order mark is dropped by the decoder.
 */
export function decodeJsonBody(raw: Buffer): string {
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    throw new DomainError(ErrorCode.MALFORMED_JSON, 'The request body is not valid UTF-8');
  }
  if (jsonNestingExceeds(text, MAX_JSON_DEPTH)) {
    throw new DomainError(
      ErrorCode.BODY_TOO_DEEP,
      `The request body is nested more than ${MAX_JSON_DEPTH} levels deep`,
    );
  }
  return text;
}

/**
 * Text in a body must be well-formed Unicode: a lone surrogate (`"\\ud800"`) is valid JSON
 * but not text, and libraries below us (e-mail checks, database drivers) throw on it.
 * The walk is bounded by MAX_JSON_DEPTH, checked before parsing.
 */
export function assertWellFormedText(value: unknown): void {
  if (typeof value === 'string') {
    if (!value.isWellFormed()) throw lonelySurrogate();
  } else if (Array.isArray(value)) {
    for (const item of value) assertWellFormedText(item);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!key.isWellFormed()) throw lonelySurrogate();
      assertWellFormedText(item);
    }
  }
}

function lonelySurrogate(): DomainError {
  return new DomainError(
    ErrorCode.MALFORMED_JSON,
    'The request body contains text that is not valid Unicode (a lone surrogate)',
  );
}
