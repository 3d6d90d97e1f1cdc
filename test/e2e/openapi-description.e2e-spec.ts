import request from 'supertest';
import { ERROR_STATUS, ErrorCode } from '@app/platform/errors/error-code';
import { API_TAG_DESCRIPTIONS, ApiTag } from '../../apps/portal/src/api/api-tags';
import { testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';

/**
 * The OpenAPI document is built from the controllers' decorators alone, so nothing but
 * this suite notices an operation added without its description, tag or response type.
 * The document does not depend on the database: the embedded profile is enough.
 */

/**
 * Paths that differ only in a parameter's name (`/contests/{slug}` beside `/contests/{id}`)
 * and are being renamed to one template; a new pair fails this suite.
 */
const TEMPLATE_PAIRS_BEING_RENAMED = new Set<string>();

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

interface MediaType {
  schema?: Record<string, unknown>;
}
interface Schema {
  $ref?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  allOf?: Schema[];
}
interface Response {
  content?: Record<string, MediaType>;
}
interface Parameter {
  in: string;
}
interface Operation {
  operationId: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, MediaType> };
  security?: unknown[];
  responses: Record<string, Response>;
}
interface Document {
  info: { description?: string };
  servers?: { url: string }[];
  tags?: { name: string; description?: string }[];
  paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
  components: { schemas: Record<string, Schema> };
}

function operationsOf(document: Document): { path: string; method: string; op: Operation }[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] ? [{ path, method, op: item[method] }] : [])),
  );
}

/** A success documented as a typed body (a schema under a media type) or as 204 without one. */
function documentsSuccessBody(op: Operation): boolean {
  const successes = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
  return (
    successes.length > 0 &&
    successes.every(([status, response]) =>
      status === '204'
        ? response.content === undefined
        : Object.values(response.content ?? {}).some((media) => media.schema !== undefined),
    )
  );
}

/** The codes an error response lists: `allOf: [ErrorResponse, {code: {enum}}]`; undefined otherwise. */
function errorCodesOf(response: Response): string[] | undefined {
  const schema = response.content?.['application/json']?.schema as
    { allOf?: { $ref?: string; properties?: { code?: { enum?: string[] } } }[] } | undefined;
  if (schema?.allOf?.[0]?.$ref !== '#/components/schemas/ErrorResponse') return undefined;
  return schema.allOf[1]?.properties?.code?.enum;
}

/**
 * The object schemas (those with properties) a request body reaches, inline, by `$ref` or
 * nested, each named by where it was first met.
 */
function requestBodyObjects(document: Document): Map<Schema, string> {
  const found = new Map<Schema, string>();
  const walk = (schema: Schema | undefined, where: string): void => {
    if (!schema || found.has(schema)) return;
    if (schema.$ref) {
      const name = schema.$ref.split('/').pop() ?? '';
      return walk(document.components.schemas[name], name);
    }
    if (schema.properties) {
      found.set(schema, where);
      for (const [key, property] of Object.entries(schema.properties))
        walk(property, `${where}.${key}`);
    }
    walk(schema.items, `${where}[]`);
    for (const part of schema.allOf ?? []) walk(part, where);
  };
  for (const { path, method, op } of operationsOf(document)) {
    for (const [type, media] of Object.entries(op.requestBody?.content ?? {}))
      walk(media.schema as Schema, `${method.toUpperCase()} ${path} ${type}`);
  }
  return found;
}

/** The refusals an operation must document whatever it does, from its own declaration. */
function sharedRefusals(method: string, op: Operation): [string, ErrorCode][] {
  const parameters = op.parameters ?? [];
  return [
    ['503', ErrorCode.SERVICE_UNAVAILABLE],
    ...(op.security?.length
      ? ([
          ['401', ErrorCode.UNAUTHENTICATED],
          ['403', ErrorCode.FORBIDDEN],
        ] as [string, ErrorCode][])
      : []),
    ...(parameters.length || op.requestBody
      ? ([['400', ErrorCode.VALIDATION_FAILED]] as [string, ErrorCode][])
      : []),
    ...(parameters.some((parameter) => parameter.in === 'path')
      ? ([['404', ErrorCode.NOT_FOUND]] as [string, ErrorCode][])
      : []),
    ...(method === 'get'
      ? []
      : ([
          ['400', ErrorCode.MALFORMED_JSON],
          ['413', ErrorCode.PAYLOAD_TOO_LARGE],
          ['415', ErrorCode.UNSUPPORTED_MEDIA_TYPE],
        ] as [string, ErrorCode][])),
  ];
}

describe('the OpenAPI description (embedded profile)', () => {
  let portal: RunningPortal;
  let document: Document;

  beforeAll(async () => {
    portal = await startPortal(await testEnvironment('embedded'));
    document = (await request(portal.url).get('/api/docs-json').expect(200)).body as Document;
  });
  afterAll(() => portal?.stop());

  it('describes the API and names its server', () => {
    expect(document.info.description?.length).toBeGreaterThan(0);
    expect(document.servers?.length).toBeGreaterThan(0);
  });

  it('defines exactly the tags of the one list, each with its description', () => {
    expect(document.tags).toEqual(
      Object.values(ApiTag).map((name) => ({ name, description: API_TAG_DESCRIPTIONS[name] })),
    );
    for (const tag of document.tags ?? []) expect(tag.description?.trim()).not.toBe('');
  });

  it('gives every operation a summary, a description and one tag of the list', () => {
    const tags = new Set<string>(Object.values(ApiTag));
    const lacking = operationsOf(document)
      .filter(
        ({ op }) =>
          !op.summary?.trim() ||
          !op.description?.trim() ||
          op.tags?.length !== 1 ||
          !tags.has(op.tags[0]),
      )
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect(lacking).toEqual([]);
  });

  it('has no two path templates that differ only in parameter names', () => {
    const byShape = new Map<string, string[]>();
    for (const path of Object.keys(document.paths)) {
      const shape = path.replace(/\{[^}]+\}/g, '{}');
      byShape.set(shape, [...(byShape.get(shape) ?? []), path]);
    }
    const clashes = [...byShape.entries()]
      .filter(([shape, paths]) => paths.length > 1 && !TEMPLATE_PAIRS_BEING_RENAMED.has(shape))
      .map(([, paths]) => paths);
    expect(clashes).toEqual([]);
  });

  it('documents the success body of every operation (typed JSON, a file, or 204)', () => {
    const operations = operationsOf(document);
    const documented = operations.filter(({ op }) => documentsSuccessBody(op));
    const missing = operations
      .filter(({ op }) => !documentsSuccessBody(op))
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    process.stdout.write(
      `OpenAPI success bodies documented: ${documented.length} of ${operations.length}\n`,
    );
    expect(missing).toEqual([]);
  });

  it('documents every error response in the shared error shape with codes of its status', () => {
    const wrong: string[] = [];
    for (const { path, method, op } of operationsOf(document)) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        const codes = errorCodesOf(response);
        // The health check answers its 503 with its own report, which load balancers read.
        if (!codes && path === '/health' && status === '503') continue;
        if (!codes?.length) wrong.push(`${method} ${path} ${status}: not the error shape`);
        for (const code of codes ?? []) {
          if (String(ERROR_STATUS[code as ErrorCode]) !== status)
            wrong.push(`${method} ${path} ${status}: ${code}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('closes every request body schema, as the validation pipe refuses unknown fields', () => {
    const objects = requestBodyObjects(document);
    const open = [...objects]
      .filter(([schema]) => schema.additionalProperties !== false)
      .map(([, where]) => where);
    process.stdout.write(
      `Request body object schemas closed: ${objects.size - open.length} of ${objects.size}\n`,
    );
    // Every DTO class of a JSON body and the multipart upload's fields at least.
    expect(objects.size).toBeGreaterThanOrEqual(60);
    expect(open).toEqual([]);
  });

  it('documents the refusals every operation shares with routes of its kind', () => {
    const missing = operationsOf(document).flatMap(({ path, method, op }) =>
      sharedRefusals(method, op)
        .filter(
          ([status, code]) => !(errorCodesOf(op.responses[status] ?? {}) ?? []).includes(code),
        )
        .filter(([status]) => !(path === '/health' && status === '503'))
        .map(([status, code]) => `${method.toUpperCase()} ${path} ${status} ${code}`),
    );
    expect(missing).toEqual([]);
  });

  it('documents under its status every error code an operation’s description names', () => {
    // Every code named anywhere in the text ("409 A, B, C" names three), under the status
    // the error catalogue gives it; a code in backticks is a value of a field, not a refusal.
    const missing = operationsOf(document).flatMap(({ path, method, op }) =>
      [...(op.description ?? '').matchAll(/(?<!`)\b[A-Z][A-Z_]{2,}[A-Z]\b(?!`)/g)]
        .map(([code]) => code)
        .filter((code) => code in ErrorCode && path !== '/health')
        .filter((code) => {
          const status = String(ERROR_STATUS[code as ErrorCode]);
          return !(errorCodesOf(op.responses[status] ?? {}) ?? []).includes(code);
        })
        .map((code) => `${method.toUpperCase()} ${path}: ${code}`),
    );
    expect(missing).toEqual([]);
  });
});
