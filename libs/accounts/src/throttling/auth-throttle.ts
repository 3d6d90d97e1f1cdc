import { ExecutionContext, SetMetadata } from '@nestjs/common';
import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import { AppConfig, createRedis } from '@app/platform';
import { RedisThrottlerStorage } from './redis-throttler-storage';

const AUTH_THROTTLED = 'auth:throttled';

/**
 * Rate-limits a sign-in or password route per client IP and per account (the e-mail in
 * the body). The client IP comes from Fastify's `request.ip`, which honours exactly
 * TRUSTED_PROXIES hops of X-Forwarded-For: a client cannot reset its counter by forging it.
 */
export const ThrottleAuth = () => SetMetadata(AUTH_THROTTLED, true);

interface ThrottledRequest {
  ip: string;
  body?: unknown;
}

function accountOf(req: ThrottledRequest): string {
  const body = req.body as { email?: unknown } | undefined;
  return typeof body?.email === 'string'
    ? `account:${body.email.trim().toLowerCase()}`
    : `ip:${req.ip}`;
}

export function throttlerOptions(config: AppConfig): ThrottlerModuleOptions {
  const skipIf = (context: ExecutionContext) =>
    Reflect.getMetadata(AUTH_THROTTLED, context.getHandler()) !== true;
  return {
    throttlers: [
      {
        name: 'ip',
        ttl: 60_000,
        limit: config.AUTH_IP_RATE_LIMIT_PER_MINUTE,
        getTracker: (req) => `ip:${(req as ThrottledRequest).ip}`,
      },
      {
        name: 'account',
        ttl: 60_000,
        limit: config.AUTH_RATE_LIMIT_PER_MINUTE,
        getTracker: (req) => accountOf(req as ThrottledRequest),
      },
    ],
    skipIf,
    storage: config.REDIS_URL
      ? new RedisThrottlerStorage(createRedis(config.REDIS_URL, 'producer'), config.QUEUE_PREFIX)
      : undefined,
  };
}
