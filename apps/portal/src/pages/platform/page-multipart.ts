import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { UploadPart } from '@app/entries';
import { DomainError, ErrorCode } from '@app/platform';

/**
 * Parser limits of a page upload: one file, sent with the whole form it belongs to (the
 * entry form: its fields, a row per team member, the answers), so that nothing typed is
 * lost. A field holds up to 10,000 characters of up to 4 bytes each; anything longer is
 * cut here and then refused by the form's own length rule. Browsers send file names as
 * raw UTF-8, which the parser would otherwise read as latin1.
 */
const PAGE_UPLOAD_FIELDS = 600;
const PAGE_UPLOAD_OPTIONS = {
  defParamCharset: 'utf8',
  limits: {
    parts: PAGE_UPLOAD_FIELDS + 1,
    fields: PAGE_UPLOAD_FIELDS,
    files: 1,
    fieldSize: 64 * 1024,
  },
};

type MultipartPageRequest = FastifyRequest & { pageParts?: AsyncIterable<UploadPart> };

/**
 * A multipart form has no parsed body for the CSRF check to read, and a browser without
 * JavaScript cannot send the token in a header. Page forms therefore put `_csrf` first:
 * it is read here, checked like any other form's token, and the rest of the parts are
 * left for the route (`pagePartsOf`), still streaming.
 */
export async function checkMultipartCsrf(
  fastify: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const iterator = (request.parts(PAGE_UPLOAD_OPTIONS) as AsyncIterable<UploadPart>)[
    Symbol.asyncIterator
  ]();
  let first: IteratorResult<UploadPart>;
  try {
    first = await iterator.next();
  } catch {
    throw new DomainError(ErrorCode.MALFORMED_UPLOAD, 'The multipart body is malformed');
  }
  const part = first.done ? undefined : first.value;
  const token = part?.type === 'field' && part.fieldname === '_csrf' ? part.value : undefined;
  part?.file?.resume();
  request.body = { _csrf: typeof token === 'string' ? token : '' };
  await new Promise<void>((resolve, reject) =>
    fastify.csrfProtection(request, reply, (error?: Error) => (error ? reject(error) : resolve())),
  );
  request.body = undefined;
  (request as MultipartPageRequest).pageParts = { [Symbol.asyncIterator]: () => iterator };
}

/** The parts after the CSRF token, for a page route that takes an upload. */
export function pagePartsOf(request: FastifyRequest): AsyncIterable<UploadPart> | undefined {
  return (request as MultipartPageRequest).pageParts;
}
