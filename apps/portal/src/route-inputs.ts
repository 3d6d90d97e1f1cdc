import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage, IS_OPTIONAL, ValidationTypes } from 'class-validator';

/**
 * What a route reads from a request, described from the same metadata the validation pipe
 * uses (Nest's route arguments, class-validator and class-transformer). The bad-input suite
 * generates its requests from it, so a new route or DTO field is attacked without anyone
 * writing a test for it.
 */
export interface RouteInputs {
  params: string[];
  /** Single query values read by name (`@Query('contest')`). */
  queryNames: string[];
  body?: DtoShape | 'form';
  query?: DtoShape;
}

export interface DtoShape {
  name: string;
  properties: Record<string, PropertyShape>;
}

export interface PropertyShape {
  /** Validator names with their serialisable constraints (`maxLength: [200]`). */
  validators: Array<{ name: string; constraints?: unknown[]; each?: boolean }>;
  /** May be left out. */
  optional: boolean;
  /** Documented as nullable: `null` is a valid value. */
  nullable: boolean;
  nested?: DtoShape;
  example?: unknown;
}

const SWAGGER_PROPERTY = 'swagger/apiModelProperties';
type Class = abstract new (...args: never[]) => unknown;

export function describeRouteInputs(controller: Class, handlerName: string): RouteInputs {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handlerName) ?? {}) as Record<
    string,
    { index: number; data?: unknown }
  >;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, handlerName) ??
    []) as unknown[];
  const inputs: RouteInputs = { params: [], queryNames: [] };
  for (const [key, arg] of Object.entries(args)) {
    const kind = Number(key.split(':')[0]);
    const type = types[arg.index];
    const name = typeof arg.data === 'string' ? arg.data : undefined;
    if (kind === RouteParamtypes.PARAM && name) inputs.params.push(name);
    if (kind === RouteParamtypes.QUERY && name) inputs.queryNames.push(name);
    if (kind === RouteParamtypes.QUERY && !name && isDtoClass(type))
      inputs.query = describeDto(type);
    if (kind === RouteParamtypes.BODY && !name)
      inputs.body = isDtoClass(type) ? describeDto(type) : 'form';
  }
  return inputs;
}

function isDtoClass(type: unknown): type is Class {
  return (
    typeof type === 'function' &&
    type !== Object &&
    type !== String &&
    type !== Number &&
    type !== Boolean &&
    type !== Array
  );
}

export function describeDto(dto: Class, depth = 0): DtoShape {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(
    dto as unknown as new () => unknown,
    '',
    true,
    false,
  );
  const properties: Record<string, PropertyShape> = {};
  for (const item of metadata) {
    if (item.type === ValidationTypes.WHITELIST) continue;
    const property = (properties[item.propertyName] ??= {
      validators: [],
      optional: false,
      nullable: false,
    });
    if (item.type === ValidationTypes.CONDITIONAL_VALIDATION) {
      property.optional = true;
      if (item.name === IS_OPTIONAL) property.nullable = true;
      continue;
    }
    if (item.type === ValidationTypes.NESTED_VALIDATION) {
      const nested = defaultMetadataStorage.findTypeMetadata(dto, item.propertyName);
      const type = nested?.typeFunction() as unknown;
      if (isDtoClass(type) && depth < 4) property.nested = describeDto(type, depth + 1);
      property.validators.push({ name: 'nested', each: item.each });
      continue;
    }
    property.validators.push({
      name: item.name ?? item.type,
      constraints: serialisable(item.constraints),
      each: item.each || undefined,
    });
  }
  for (const [name, property] of Object.entries(properties)) {
    const swagger = Reflect.getMetadata(SWAGGER_PROPERTY, dto.prototype as object, name) as
      { example?: unknown } | undefined;
    if (swagger?.example !== undefined) property.example = swagger.example;
  }
  return { name: dto.name, properties };
}

function serialisable(constraints: unknown[] | undefined): unknown[] | undefined {
  if (!constraints?.length) return undefined;
  return constraints.map((value) => {
    if (value instanceof RegExp) return { regex: value.source, flags: value.flags };
    if (typeof value === 'function') return undefined;
    if (value && typeof value === 'object' && !Array.isArray(value))
      return Object.values(value).filter((v) => typeof v !== 'function');
    return value;
  });
}
