import type { Readable } from 'node:stream';
import { DomainError, ErrorCode } from '@app/platform';
import { AttachmentKind } from './attachment.entity';

/** One part of a multipart body, as @fastify/multipart yields it (only what is read here). */
export interface UploadPart {
  type: 'field' | 'file';
  fieldname: string;
  value?: unknown;
  filename?: string;
  file?: Readable & { truncated?: boolean };
}

/**
 * Multipart parser options of the upload route: one `kind` field and one file. Anything
 * beyond (1,000 parts, a second file) makes the parser fail, which is answered as malformed.
 * Browsers send file names as raw UTF-8, which the parser would otherwise read as latin1.
 */
export const UPLOAD_PARSER_OPTIONS = {
  defParamCharset: 'utf8',
  limits: { parts: 2, fields: 1, files: 1, fieldSize: 64 },
};

const MULTIPART_LIMIT_CODES = new Set([
  'FST_PARTS_LIMIT',
  'FST_FILES_LIMIT',
  'FST_FIELDS_LIMIT',
  'FST_PROTO_VIOLATION',
  'FST_INVALID_JSON_FIELD_ERROR',
  'FST_INVALID_MULTIPART_CONTENT_TYPE',
]);

export function malformed(message: string): DomainError {
  return new DomainError(ErrorCode.MALFORMED_UPLOAD, message);
}

/**
 * The error to answer for a failure of the multipart parser (limits, a broken or cut-off
 * body). Every such failure is the client's: 400 (413 for the file size), never 500.
 */
export function parserError(error: unknown, maxBytes: number): DomainError {
  if (error instanceof DomainError) return error;
  const code = (error as { code?: string } | undefined)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE')
    return new DomainError(ErrorCode.FILE_TOO_LARGE, `The file is larger than ${maxBytes} bytes`);
  if (code && MULTIPART_LIMIT_CODES.has(code))
    return malformed('Send one "kind" field followed by one file, and nothing else');
  return malformed('The multipart body is malformed or incomplete');
}

export function parseKind(value: unknown): AttachmentKind {
  const kinds = Object.values(AttachmentKind) as string[];
  if (typeof value === 'string' && kinds.includes(value)) return value as AttachmentKind;
  throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Invalid attachment kind', [
    { field: 'kind', code: 'notChoice', messages: [`kind must be one of: ${kinds.join(', ')}`] },
  ]);
}

/**
 * Walks the parts, turning every parser failure into a stable client error. Failures of
 * the caller's own work (storage) pass through untouched.
 */
export async function* guardedParts(
  parts: AsyncIterable<UploadPart>,
  maxBytes: number,
): AsyncGenerator<UploadPart> {
  const iterator = parts[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<UploadPart>;
    try {
      next = await iterator.next();
    } catch (error) {
      throw parserError(error, maxBytes);
    }
    if (next.done) return;
    yield next.value;
  }
}
