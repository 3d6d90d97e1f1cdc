import { multipartBody } from '../attachment-factory';
import {
  BAD_CONTENT_TYPES,
  BAD_FORM_VALUES,
  BAD_JSON_BODIES,
  BAD_PAGE_QUERY_VALUES,
  BAD_PARAM_VALUES,
  BAD_PROPERTY_VALUES,
  BAD_QUERY_VALUES,
} from './bad-values';
import type { RawRequest } from './raw-http';
import { DtoShape, isApiRoute, propertyPaths, RouteInfo, validBody } from '../route-table';
import { BadInputWorld, Caller, ROLES } from './world';

/**
 * Turns the route table into requests: for every route and every kind of caller, the
 * parser-level attacks (deep nesting, bad encodings, wrong content types), and for the
 * callers the route admits, broken path ids, query values, each body property replaced
 * by each bad value, page forms full of junk, and broken uploads.
 */
export interface AttackCase {
  route: string;
  caller: Caller;
  label: string;
  request: RawRequest;
  /** The property path whose `null` must be refused as invalid (not documented nullable). */
  nullMustBeRefused?: string;
  /**
   * 0, or later for requests whose effect would starve the ones after them: 1 may delete
   * the thing named (or the account), 2 ends the caller's session.
   */
  phase: 0 | 1 | 2;
}

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const DESTRUCTIVE = /delete|remove|withdraw|decline|erase/;
const ENDS_SESSION = /logout/;
/** Parser-level attacks reach a route whatever the caller may do there. */
const PARSER_LABELS = new Set([
  'deep arrays',
  'deep objects',
  'invalid UTF-8',
  'over the body limit',
]);
const RAW_MARKER = '"__raw_value_marker__"';

export function admits(route: RouteInfo, caller: Caller): boolean {
  if (route.public) return true;
  if (caller === 'anonymous') return false;
  return !route.roles?.length || route.roles.includes(caller);
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node: Record<string, unknown> = target;
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}

export function planAttacks(routes: RouteInfo[], world: BadInputWorld): AttackCase[] {
  const cases: AttackCase[] = [];
  let n = 0;
  const counter = () => ++n;
  const allFormNames = new Set(['title', 'email', 'password', 'next', 'decision', 'reason']);
  for (const route of routes) {
    const body = route.inputs.body;
    if (body && body !== 'form')
      for (const { path } of propertyPaths(body)) allFormNames.add(path.join('.'));
  }

  for (const route of routes) {
    const routeName = `${route.method} ${route.path}`;
    const body = route.inputs.body;
    const phase = ENDS_SESSION.test(route.path)
      ? 2
      : DESTRUCTIVE.test(route.path) || route.method === 'DELETE'
        ? 1
        : 0;
    const api = isApiRoute(route);
    for (const caller of ROLES) {
      const session = world.sessions[caller];
      const headers = api ? { ...session.api } : { ...session.page };
      const pathFor = (override?: { param: string; value: string }) =>
        route.path.replace(/:([A-Za-z]+)/g, (_m, param: string) =>
          override?.param === param
            ? override.value
            : encodeURIComponent(world.paramValue(route.path, param, caller)),
        );
      const add = (label: string, request: Omit<RawRequest, 'method'>, extra = {}) =>
        cases.push({
          route: routeName,
          caller,
          label,
          phase,
          request: { method: route.method, ...request },
          ...extra,
        });
      const admitted = admits(route, caller);
      const path = pathFor();

      if (WITH_BODY.has(route.method)) {
        for (const bad of BAD_JSON_BODIES) {
          if (!admitted && !PARSER_LABELS.has(bad.label)) continue;
          add(`json body: ${bad.label}`, {
            path,
            headers: { ...headers, 'content-type': 'application/json' },
            body: bad.body,
          });
        }
        if (admitted)
          for (const bad of BAD_CONTENT_TYPES)
            add(`content type: ${bad.label}`, {
              path,
              headers: bad.contentType ? { ...headers, 'content-type': bad.contentType } : headers,
              body: bad.body,
            });
      }
      if (!admitted) continue;
      // A public route runs the same code for everyone: its inputs are attacked as a
      // visitor and as a signed-in person, not once per role.
      if (route.public && caller !== 'anonymous' && caller !== 'applicant') continue;

      for (const param of route.inputs.params)
        for (const bad of BAD_PARAM_VALUES)
          add(`param ${param}: ${bad.label}`, {
            path: pathFor({ param, value: bad.value }),
            headers,
          });

      const queryNames = [
        ...route.inputs.queryNames,
        ...Object.keys(route.inputs.query?.properties ?? {}),
      ];
      const pageQuery = route.method === 'GET' && !api ? ['lang', 'next'] : [];
      const queries = [
        ...queryNames.flatMap((name) => BAD_QUERY_VALUES.map((bad) => ({ name, bad }))),
        ...pageQuery.flatMap((name) => BAD_PAGE_QUERY_VALUES.map((bad) => ({ name, bad }))),
      ];
      for (const { name, bad } of queries)
        add(`query ${name}: ${bad.label}`, {
          path: `${path}?${name}=${bad.value.replaceAll('__NAME__', name)}`,
          headers,
        });

      if (body && body !== 'form') addPropertyAttacks(body, counter, path, headers, add);
      if (!api && WITH_BODY.has(route.method)) {
        for (const bad of BAD_FORM_VALUES) {
          const fields = [...allFormNames].map(
            (name) => `${encodeURIComponent(name)}=${bad.value.replaceAll('__NAME__', name)}`,
          );
          add(`form: ${bad.label}`, {
            path,
            headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
            body: [`_csrf=${encodeURIComponent(session.csrfToken)}`, ...fields].join('&'),
          });
        }
      }
      if (route.method === 'POST' && /attachments|files/.test(route.path))
        for (const upload of uploadAttacks(api ? undefined : session.csrfToken))
          add(`upload: ${upload.label}`, {
            path,
            headers: { ...headers, 'content-type': upload.contentType },
            body: upload.body,
          });
    }
  }
  return cases;
}

function addPropertyAttacks(
  body: DtoShape,
  counter: () => number,
  path: string,
  headers: Record<string, string>,
  add: (label: string, request: Omit<RawRequest, 'method'>, extra?: object) => void,
): void {
  for (const { path: propertyPath, property } of propertyPaths(body)) {
    for (const bad of BAD_PROPERTY_VALUES) {
      const base = validBody(body, counter);
      setPath(base, propertyPath, '__raw_value_marker__');
      add(
        `property ${propertyPath.join('.')}: ${bad.label}`,
        {
          path,
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(base).replace(RAW_MARKER, bad.json),
        },
        bad.label === 'null' && !property.nullable
          ? { nullMustBeRefused: propertyPath.join('.') }
          : {},
      );
    }
  }
}

function uploadAttacks(csrf: string | undefined) {
  const lead = csrf ? [{ name: '_csrf', value: csrf }] : [];
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  const variants: Array<{ label: string; parts: Parameters<typeof multipartBody>[0] }> = [
    {
      label: 'file before kind',
      parts: [
        ...lead,
        { name: 'file', filename: 'a.pdf', content: pdf },
        { name: 'kind', value: 'pitch_deck' },
      ],
    },
    {
      label: 'two files',
      parts: [
        ...lead,
        { name: 'kind', value: 'pitch_deck' },
        { name: 'file', filename: 'a.pdf', content: pdf },
        { name: 'file', filename: 'b.pdf', content: pdf },
      ],
    },
    {
      label: 'two kinds',
      parts: [
        ...lead,
        { name: 'kind', value: 'pitch_deck' },
        { name: 'kind', value: 'other' },
        { name: 'file', filename: 'a.pdf', content: pdf },
      ],
    },
    {
      label: 'unknown kind',
      parts: [
        ...lead,
        { name: 'kind', value: '../../x' },
        { name: 'file', filename: 'a.pdf', content: pdf },
      ],
    },
    {
      label: 'empty file',
      parts: [
        ...lead,
        { name: 'kind', value: 'pitch_deck' },
        { name: 'file', filename: 'a.pdf', content: Buffer.alloc(0) },
      ],
    },
    { label: 'no file', parts: [...lead, { name: 'kind', value: 'pitch_deck' }] },
    {
      label: 'odd file name',
      parts: [
        ...lead,
        { name: 'kind', value: 'pitch_deck' },
        { name: 'file', filename: `../../${'é'.repeat(400)}\u0000.pdf`, content: pdf },
      ],
    },
    {
      label: 'huge field',
      parts: [
        ...lead,
        { name: 'kind', value: 'k'.repeat(100_000) },
        { name: 'file', filename: 'a.pdf', content: pdf },
      ],
    },
    {
      label: 'many parts',
      parts: [...lead, ...Array.from({ length: 120 }, (_, i) => ({ name: `f${i}`, value: 'v' }))],
    },
    {
      label: 'not a pdf',
      parts: [
        ...lead,
        { name: 'kind', value: 'pitch_deck' },
        { name: 'file', filename: 'a.pdf', content: Buffer.from('MZ\x90\x00 executable') },
      ],
    },
  ];
  const built = variants.map((v) => ({ label: v.label, ...multipartBody(v.parts) }));
  const whole = multipartBody([
    ...lead,
    { name: 'kind', value: 'pitch_deck' },
    { name: 'file', filename: 'a.pdf', content: pdf },
  ]);
  built.push({
    label: 'cut off',
    body: whole.body.subarray(0, whole.body.length - 30),
    contentType: whole.contentType,
  });
  return built;
}
