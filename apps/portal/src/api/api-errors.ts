import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ERROR_STATUS, ErrorCode } from '@app/platform';
import { ErrorResponse } from './responses/error-response.dto';

/**
 * Error responses in the OpenAPI description. Each operation lists, per status, the codes it
 * can answer with, all in the one error shape (ErrorResponse). Two sources, merged here:
 *
 * - `@ApiErrors(...codes)` on a handler: the domain's refusals of that operation
 *   (409 DEADLINE_PASSED, 422 ENTRY_INCOMPLETE ...). The status of each code comes from the
 *   error catalogue (ERROR_STATUS), so the description cannot name a wrong one.
 * - `documentRouteErrors(document)`: the refusals every route of a kind shares, read from
 *   the operation itself (signed-in routes: 401/403; a body or parameters: 400; a path id:
 *   414 when longer than the router takes, and *   404; any write: a bad content type or a body too large; any route: the database down).
 *   A bare `@ApiResponse({ status })` without a body (a lib's decorator, such as the auth
 *   throttle's 429) is completed with every code of that status.
 */

type Schema = Record<string, unknown>;
interface ResponseObject {
  description: string;
  content?: Record<string, { schema?: Schema }>;
}
interface OperationObject {
  parameters?: { in: string }[];
  requestBody?: unknown;
  security?: unknown[];
  responses: Record<string, ResponseObject>;
}

const ALL_CODES = Object.values(ErrorCode);
const WRITES = new Set(['post', 'put', 'patch', 'delete']);
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** The response of one error status with its possible codes. */
function errorResponse(status: number, codes: ErrorCode[]): ResponseObject {
  const sorted = [...new Set(codes)].sort();
  return {
    description: sorted.join(', '),
    content: {
      'application/json': {
        schema: {
          allOf: [
            { $ref: getSchemaPath(ErrorResponse) },
            {
              type: 'object',
              properties: {
                statusCode: { type: 'integer', enum: [status] },
                code: { type: 'string', enum: sorted },
              },
            },
          ],
        },
      },
    },
  };
}

/** The codes an error response of this module lists; undefined for any other response. */
export function documentedErrorCodes(response: ResponseObject): ErrorCode[] | undefined {
  const allOf = response.content?.['application/json']?.schema?.allOf as Schema[] | undefined;
  const narrowing = allOf?.[1]?.properties as { code?: { enum?: ErrorCode[] } } | undefined;
  return narrowing?.code?.enum;
}

function byStatus(codes: ErrorCode[]): Map<number, ErrorCode[]> {
  const groups = new Map<number, ErrorCode[]>();
  for (const code of codes) {
    const status = ERROR_STATUS[code];
    groups.set(status, [...(groups.get(status) ?? []), code]);
  }
  return groups;
}

/** The domain's refusals of one operation; use once per handler (a later one would replace it). */
export function ApiErrors(...codes: ErrorCode[]) {
  return applyDecorators(
    ApiExtraModels(ErrorResponse),
    ...[...byStatus(codes)].map(([status, group]) =>
      ApiResponse({ status, ...errorResponse(status, group) }),
    ),
  );
}

/** The refusals an operation shares with every route of its kind (see the module's comment). */
export function routeErrorCodes(method: string, operation: OperationObject): ErrorCode[] {
  const codes: ErrorCode[] = [ErrorCode.SERVICE_UNAVAILABLE];
  const parameters = operation.parameters ?? [];
  if (operation.security?.length) codes.push(ErrorCode.UNAUTHENTICATED, ErrorCode.FORBIDDEN);
  if (parameters.length > 0 || operation.requestBody) codes.push(ErrorCode.VALIDATION_FAILED);
  if (parameters.some((parameter) => parameter.in === 'path'))
    codes.push(ErrorCode.NOT_FOUND, ErrorCode.URI_TOO_LONG);
  if (WRITES.has(method)) {
    // The body parser runs before any handler, whether the route reads a body or not.
    codes.push(
      ErrorCode.MALFORMED_JSON,
      ErrorCode.BODY_TOO_DEEP,
      ErrorCode.PAYLOAD_TOO_LARGE,
      ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    );
  }
  return codes;
}

/**
 * Adds the shared refusals to every operation of the document, merged with the codes its
 * `@ApiErrors` named. A status the operation documents with a body of its own (the health
 * check's 503 report) is left as it is.
 */
export function documentRouteErrors(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as OperationObject | undefined;
      if (!operation) continue;
      const declared = Object.entries(operation.responses)
        .filter(([status, response]) => Number(status) >= 400 && !response.content)
        .flatMap(([status]) => ALL_CODES.filter((code) => String(ERROR_STATUS[code]) === status));
      for (const code of declared) delete operation.responses[ERROR_STATUS[code]];
      for (const [status, group] of byStatus([
        ...declared,
        ...routeErrorCodes(method, operation),
      ])) {
        const existing = operation.responses[status];
        if (existing && !documentedErrorCodes(existing)) continue;
        operation.responses[status] = errorResponse(status, [
          ...(existing ? (documentedErrorCodes(existing) ?? []) : []),
          ...group,
        ]);
      }
    }
  }
  return document;
}
