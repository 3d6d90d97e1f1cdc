import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * The API's description as a contract every end-to-end response is held to: the status must
 * be one the operation documents, and a JSON body must match that status's schema. The
 * description is the one the built portal serves, written once per run by the global setup
 * (api-description-file.mjs); api-contract.setup.ts applies the check to every supertest
 * response.
 */

export const API_DESCRIPTION_FILE = join(process.cwd(), 'test', 'artifacts', 'openapi.json');

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';

type Schema = Record<string, unknown>;
interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
export interface ApiDescription {
  paths: Record<string, Partial<Record<Method, Operation>>>;
  components?: Record<string, unknown>;
}

export interface ObservedResponse {
  status: number;
  contentType?: string;
  body: unknown;
  text?: string;
}

interface Route {
  template: string;
  pattern: RegExp;
  operations: ApiDescription['paths'][string];
}

// ajv-formats is CommonJS with its function as `default`; under Jest's ESM loader the
// module namespace's default is the whole exports object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv;

/** Compiles the description once; `check` answers the problems of one response. */
export class ApiContract {
  private readonly routes: Route[];
  private readonly ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly description: ApiDescription) {
    // Literal segments before parameters, so `/contests/by-slug/{slug}` wins over `/contests/{id}`.
    this.routes = Object.entries(description.paths)
      .map(([template, operations]) => ({
        template,
        operations,
        pattern: new RegExp(
          '^' +
            template
              .split(/(\{[^}]+\})/)
              .map((part) =>
                part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'),
              )
              .join('') +
            '$',
        ),
      }))
      .sort((a, b) => paramCount(a.template) - paramCount(b.template));
  }

  static fromFile(file = API_DESCRIPTION_FILE): ApiContract {
    return new ApiContract(JSON.parse(readFileSync(file, 'utf8')) as ApiDescription);
  }

  /** The operation a request reaches, or undefined when the description has no such route. */
  operationOf(method: string, path: string): { template: string; op: Operation } | undefined {
    const verb = method.toLowerCase() as Method;
    for (const route of this.routes) {
      const op = route.pattern.test(path) ? route.operations[verb] : undefined;
      if (op) return { template: route.template, op };
    }
    return undefined;
  }

  /**
   * What is wrong with a response of the JSON API (`/api/v1/...`); empty when it keeps the
   * contract or is not a response of a documented operation (pages, unknown routes).
   */
  check(method: string, url: string, response: ObservedResponse): string[] {
    const path = new URL(url, 'http://portal').pathname;
    if (!path.startsWith('/api/v1/')) return [];
    const found = this.operationOf(method, path);
    if (!found) return [];
    const where = `${method.toUpperCase()} ${found.template} answered ${response.status}`;
    const documented = found.op.responses[String(response.status)];
    if (!documented) {
      return [
        `${where}, a status the description does not document (documented: ${Object.keys(found.op.responses).join(', ')}); body: ${preview(response)}`,
      ];
    }
    const schema = documented.content?.['application/json']?.schema;
    if (response.status === 204 || !schema) return [];
    if (!/json/.test(response.contentType ?? '')) {
      return [`${where} with ${response.contentType ?? 'no content type'}, not JSON`];
    }
    const key = `${found.template} ${method} ${response.status}`;
    let validate = this.validators.get(key);
    if (!validate) {
      // The operation's schema refers to `#/components/...`: give it the components at its root.
      validate = this.ajv.compile(
        asJsonSchema({ ...schema, components: this.description.components }) as Schema,
      );
      this.validators.set(key, validate);
    }
    if (validate(response.body)) return [];
    return (validate.errors ?? []).map(
      (error) =>
        `${where}: body${error.instancePath} ${error.message ?? 'is invalid'} ${JSON.stringify(error.params)}; body: ${preview(response)}`,
    );
  }
}

/**
 * OpenAPI 3.0's `nullable: true` in JSON Schema terms: the value may also be `null`. Ajv's own
 * `nullable` needs a sibling `type`, which a nullable reference (`allOf: [{$ref}]`) lacks.
 */
function asJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(asJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const { nullable, ...rest } = node as Schema;
  const converted = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, asJsonSchema(value)]),
  );
  return nullable === true ? { anyOf: [{ type: 'null' }, converted] } : converted;
}

function paramCount(template: string): number {
  return (template.match(/\{/g) ?? []).length;
}

function preview(response: ObservedResponse): string {
  const text = response.text ?? JSON.stringify(response.body);
  return text && text.length > 400 ? `${text.slice(0, 400)}…` : String(text);
}
