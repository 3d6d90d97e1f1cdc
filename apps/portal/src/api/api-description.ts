import { DocumentBuilder } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import { API_TAG_DESCRIPTIONS } from './api-tags';

const API_DESCRIPTION = [
  "The JSON API of the province's innovation-startup contests: applicants register, form a team,",
  'fill and submit entries; judges score their queue; organizers configure contests, screen',
  'entries, assign judges, decide rounds, award prizes and announce the results.',
  '',
  'Every route is under `/api/v1` and answers JSON unless it is a download. Clients send',
  '`Authorization: Bearer <accessToken>` (from `POST /api/v1/auth/login`). Errors always have the',
  'shape `{ statusCode, code, message, details? }` with a stable upper-case `code` such as',
  '`VALIDATION_FAILED`, `INVALID_CREDENTIALS`, `FORBIDDEN`, `NOT_FOUND`, `DEADLINE_PASSED`,',
  '`STALE_VERSION`; `details` lists field errors `{ field, code, messages }`. Unknown fields in a',
  'body are refused (400). Dates are ISO 8601; ids are UUIDs.',
].join('\n');

/** The OpenAPI document's header: title, description, the server, bearer auth and every tag. */
export function describeApi(): Omit<OpenAPIObject, 'paths'> {
  const builder = new DocumentBuilder()
    .setTitle('Startup competition platform API')
    .setDescription(API_DESCRIPTION)
    .setVersion('1')
    // Relative, so the document is right behind any host or proxy the portal is served from.
    .addServer('/', 'This portal')
    .addBearerAuth();
  for (const [name, description] of Object.entries(API_TAG_DESCRIPTIONS)) {
    builder.addTag(name, description);
  }
  return builder.build();
}

/**
 * A nullable enum lists `null` among its values: OpenAPI 3.0.3 says `nullable` does not add
 * it to `enum`, so without it a validator refuses the `null` the API sends (`gender`,
 * `lockedBy`). Done once here rather than in every DTO that has such a field.
 */
export function allowNullInNullableEnums<T>(node: T): T {
  if (Array.isArray(node)) {
    for (const item of node) allowNullInNullableEnums(item);
  } else if (node && typeof node === 'object') {
    const schema = node as { nullable?: boolean; enum?: unknown[] };
    if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) {
      schema.enum = [...schema.enum, null];
    }
    for (const value of Object.values(node)) allowNullInNullableEnums(value);
  }
  return node;
}

type SchemaNode = {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  allOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
};

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/**
 * Every request body is closed: the validation pipe (`forbidNonWhitelisted`, nested DTOs
 * through `@ValidateNested`) and the multipart upload refuse a field they do not know with
 * 400, so the description says `additionalProperties: false` on each object schema a body
 * reaches, inline or by `$ref`, nested included. Done here once rather than on every DTO.
 * A schema that already says what else it holds (the `answers` and `scores` maps) keeps
 * it. Response schemas stay open: a client should tolerate fields added later.
 */
export function closeRequestBodies(document: OpenAPIObject): OpenAPIObject {
  const components = (document.components?.schemas ?? {}) as Record<string, SchemaNode>;
  const visited = new Set<SchemaNode>();
  const close = (schema: SchemaNode | undefined): void => {
    if (!schema || visited.has(schema)) return;
    visited.add(schema);
    if (schema.$ref) close(components[schema.$ref.replace('#/components/schemas/', '')]);
    if (schema.properties) {
      schema.additionalProperties ??= false;
      for (const property of Object.values(schema.properties)) close(property);
    }
    close(schema.items);
    for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])])
      close(part);
  };
  for (const item of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      const body = item[method]?.requestBody;
      if (!body || '$ref' in body) continue;
      for (const media of Object.values(body.content)) close(media.schema as SchemaNode);
    }
  }
  return document;
}
