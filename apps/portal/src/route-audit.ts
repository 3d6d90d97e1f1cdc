import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { IS_PUBLIC, ROLES } from '@app/accounts';
import { describeRouteInputs, RouteInputs } from './route-inputs';

export interface RouteDecision {
  method: string;
  path: string;
  controller: string;
  handler: string;
  public: boolean;
  /** undefined: the route declares no rule (the guard refuses it). */
  roles?: string[];
  /** What the route reads from a request (params, query, body DTO). */
  inputs: RouteInputs;
}

function joinPath(base: string, path: string): string {
  return ('/' + [base, path].filter((p) => p && p !== '/').join('/')).replace(/\/+/g, '/');
}

/**
 * Every route of the app with its access decision, read from the same metadata the
 * global guard reads. The route-walk test uses it to call each route as each kind of caller.
 */
export function listRouteDecisions(app: INestApplication): RouteDecision[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: RouteDecision[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
    if (!instance || !controller) continue;
    const bases = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, controller) ?? '/');
    for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
      const handler = instance[name] as object;
      const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (paths === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const targets = [handler as () => void, controller];
      for (const base of bases) {
        for (const path of ([] as string[]).concat(paths)) {
          routes.push({
            method,
            path: joinPath(base, path),
            controller: controller.name,
            handler: name,
            public: reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) === true,
            roles: reflector.getAllAndOverride<string[] | undefined>(ROLES, targets),
            inputs: describeRouteInputs(controller, name),
          });
        }
      }
    }
  }
  return routes;
}
