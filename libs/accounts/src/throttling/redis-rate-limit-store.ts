import { Logger } from '@nestjs/common';
import { MemoryRateLimitStore, RateLimitRecord, RateLimitStore } from './rate-limit-store';
import type IORedis from 'ioredis';

// Fixed window per key, with a block key that outlives the window once the limit is passed.
const INCREMENT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
local blocked = redis.call('PTTL', KEYS[2])
if blocked <= 0 and hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  blocked = tonumber(ARGV[3])
end
return {hits, ttl, blocked}
`;

/** How long the first use waits for the connection before counting in memory instead. */
const CONNECT_WAIT_MS = 2000;

/**
 * Rate-limit counters in Redis, shared by every portal instance. While Redis is
 * unreachable the counters fall back to this instance's memory: sign-in and registration
 * keep working (with per-instance limits) instead of failing with the queue.
 *
 * The connection is opened on first use, so the CLI and the worker, which never count
 * sign-ins, hold none; that first use waits for it, so no early hit lands in memory.
 */
export class RedisRateLimitStore implements RateLimitStore {
  private readonly logger = new Logger(RedisRateLimitStore.name);
  private readonly fallback = new MemoryRateLimitStore();
  private redis?: IORedis;
  private ready?: Promise<void>;

  constructor(
    private readonly connect: () => IORedis,
    private readonly prefix: string,
  ) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<RateLimitRecord> {
    const base = `${this.prefix}:throttle:${throttlerName}:${key}`;
    try {
      const redis = await this.connection();
      const [hits, ttlMs, blockedMs] = (await redis.eval(
        INCREMENT,
        2,
        `${base}:hits`,
        `${base}:block`,
        ttl,
        limit,
        blockDuration,
      )) as [number, number, number];
      return {
        totalHits: hits,
        timeToExpire: Math.max(0, Math.ceil(ttlMs / 1000)),
        isBlocked: blockedMs > 0,
        timeToBlockExpire: Math.max(0, Math.ceil(blockedMs / 1000)),
      };
    } catch (error) {
      this.logger.warn(
        `Redis unavailable for rate limiting, using local counters: ${(error as Error).message}`,
      );
      return this.fallback.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  private async connection(): Promise<IORedis> {
    if (!this.redis) {
      const redis = this.connect();
      // Failures surface as failed commands (and the fallback); ioredis keeps reconnecting.
      redis.on('error', () => undefined);
      this.redis = redis;
      this.ready = new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, CONNECT_WAIT_MS);
        timer.unref();
        redis.once('ready', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    await this.ready;
    return this.redis;
  }

  onApplicationShutdown(): void {
    this.redis?.disconnect();
  }
}
