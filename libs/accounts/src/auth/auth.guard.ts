import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, ErrorCode, routedChannel } from '@app/platform';
import { SessionService } from '../sessions/session.service';
import { Role } from '../users/role';
import { IS_PUBLIC, ROLES } from './auth.decorators';
import type { Principal } from './principal';

export const WEB_SESSION_COOKIE = 'scp_session';

interface GuardedRequest {
  url: string;
  routeOptions?: { url?: string };
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string | undefined>;
  principal?: Principal;
}

/**
 * Deny by default: a route runs only if it declares `@Public()` or the roles it allows.
 * API routes (/api/...) authenticate with a bearer access token; pages with the session
 * cookie. Which one is decided by the route that matched, not by how the client spelled
 * the URL (`routedChannel`). An admin passes every role check.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return false;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic =
      this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets) === true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    const request = context.switchToHttp().getRequest<GuardedRequest>();

    if (isPublic) {
      // A public route still knows who is signed in (pages show the menu), but a bad
      // credential there is simply ignored.
      request.principal = await this.authenticate(request).catch(() => undefined);
      return true;
    }
    if (roles === undefined) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'This route declares no access rule');
    }
    const principal = await this.authenticate(request);
    if (!principal) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in to continue');
    request.principal = principal;
    if (roles.length > 0 && principal.role !== Role.admin && !roles.includes(principal.role)) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'You are not allowed to do this');
    }
    return true;
  }

  private async authenticate(request: GuardedRequest): Promise<Principal | undefined> {
    const channel = routedChannel(request);
    if (channel === 'api') {
      const header = request.headers.authorization;
      if (typeof header !== 'string') return undefined;
      const match = /^Bearer ([\w.~+/=-]+)$/.exec(header);
      if (!match)
        throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Malformed Authorization header');
      return this.sessions.resolveAccessToken(match[1]);
    }
    // The health probe and assets take no credentials; nor does a request no route matched.
    if (channel !== 'page') return undefined;
    const cookie = request.cookies?.[WEB_SESSION_COOKIE];
    if (!cookie) return undefined;
    return (await this.sessions.resolveWebSession(cookie)) ?? undefined;
  }
}
