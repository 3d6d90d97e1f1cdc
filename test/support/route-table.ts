import { execFileSync } from 'node:child_process';

import type { RouteDecision } from '../../apps/portal/src/route-audit';
import type { DtoShape, PropertyShape } from '../../apps/portal/src/route-inputs';

export type { DtoShape, PropertyShape };
/** The route table the portal prints with `--list-routes` (apps/portal/src/route-audit.ts). */
export type RouteInfo = RouteDecision;

export function loadRouteTable(env: Record<string, string>): RouteInfo[] {
  const output = execFileSync(process.execPath, ['dist/apps/portal/main.js', '--list-routes'], {
    env: { ...env, PATH: process.env.PATH ?? '' },
  }).toString();
  return JSON.parse(output.trim().split('\n').pop() as string) as RouteInfo[];
}

export const isApiRoute = (route: RouteInfo) => route.path.startsWith('/api/');

/**
 * A syntactically valid value for a property, from its validators and its documented
 * example. The suite starts from a valid body and breaks one property at a time, so the
 * request gets past the other fields' checks to where the broken one is used.
 */
export function validValue(property: PropertyShape, counter: () => number): unknown {
  const find = (name: string) => property.validators.find((v) => v.name === name);
  const isArray = !!find('isArray') || property.validators.some((v) => v.each);
  const one = (): unknown => {
    if (property.nested) return validBody(property.nested, counter);
    if (property.example !== undefined && !Array.isArray(property.example)) return property.example;
    const isIn = find('isIn')?.constraints?.[0];
    if (Array.isArray(isIn) && isIn.length) return isIn[0];
    const isEnum = find('isEnum')?.constraints?.[0];
    if (Array.isArray(isEnum) && isEnum.length) return isEnum[0];
    if (find('isEmail')) return `fuzz${counter()}@example.vn`;
    if (find('isUuid')) return '123e4567-e89b-42d3-a456-426614174000';
    if (find('isBoolean')) return false;
    if (find('isInt') || find('isNumber') || find('isPositive')) {
      const min = Number(find('min')?.constraints?.[0] ?? 1);
      return Math.max(min, find('isPositive') ? 1 : min);
    }
    if (find('isIso8601') || find('isDateString')) return '2027-03-31T23:59:00+07:00';
    if (find('isUrl')) return 'https://example.vn/du-an';
    if (find('isObject')) return {};
    const min = Number(find('minLength')?.constraints?.[0] ?? 1);
    return `Giá trị ${counter()} `.padEnd(Math.max(min, 3), 'x').trim();
  };
  if (property.example !== undefined && Array.isArray(property.example)) return property.example;
  return isArray ? [one()] : one();
}

export function validBody(shape: DtoShape, counter: () => number): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(shape.properties)) {
    body[name] = validValue(property, counter);
  }
  return body;
}

/** Every property path of a DTO (`criteria.0.weight` for a list of nested objects). */
export function propertyPaths(
  shape: DtoShape,
  prefix: string[] = [],
): Array<{ path: string[]; property: PropertyShape }> {
  const out: Array<{ path: string[]; property: PropertyShape }> = [];
  for (const [name, property] of Object.entries(shape.properties)) {
    const path = [...prefix, name];
    out.push({ path, property });
    if (property.nested && prefix.length < 3) {
      const isList = property.validators.some((v) => v.name === 'isArray' || v.each);
      out.push(...propertyPaths(property.nested, isList ? [...path, '0'] : path));
    }
  }
  return out;
}
