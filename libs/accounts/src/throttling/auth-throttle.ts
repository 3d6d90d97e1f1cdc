import {
  applyDecorators,
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { AuthRateLimiter } from './auth-rate-limiter';

const AUTH_THROTTLED = 'auth:throttled';

/**
 * Marks a sign-in or password route: every request to these routes counts against its
 * client address (`clientAddress` in auth-limits.ts), pages and API together. The finer
 * counters (account + address, link, session) are counted by the services themselves.
 */
export const ThrottleAuth = () =>
  // The description's 429 is completed with the shared error shape by the portal.
  applyDecorators(SetMetadata(AUTH_THROTTLED, true), ApiTooManyRequestsResponse());

/**
 * The caller's address: Fastify's `request.ip`, which honours exactly TRUSTED_PROXIES hops
 * of X-Forwarded-For, so a client cannot pick a fresh address by writing the header.
 */
export const ClientAddress = createParamDecorator((_data: unknown, ctx: ExecutionContext): string =>
  clientAddressOf(ctx.switchToHttp().getRequest()),
);

export function clientAddressOf(request: { ip?: string }): string {
  return request.ip ?? 'unknown';
}

/** Runs before the auth guard, so a flood is refused before anything else is done. */
@Injectable()
export class AuthThrottleGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: AuthRateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.get<boolean>(AUTH_THROTTLED, context.getHandler()) !== true) return true;
    await this.limiter.clientAddress(clientAddressOf(context.switchToHttp().getRequest()));
    return true;
  }
}
