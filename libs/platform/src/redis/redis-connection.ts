import IORedis, { RedisOptions } from 'ioredis';

/**
 * Connection options for Redis. `enableOfflineQueue: false` makes commands fail at once
 * while Redis is unreachable, so producers (the outbox relay) fail fast and retry later
 * instead of buffering in memory; ioredis keeps reconnecting in the background.
 */
export function redisOptions(url: string, purpose: 'producer' | 'worker'): RedisOptions {
  const parsed = new URL(url);
  const options: RedisOptions = {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(200 * times, 2000),
    // BullMQ workers block on Redis and must not give up on a command.
    maxRetriesPerRequest: purpose === 'worker' ? null : 1,
    enableOfflineQueue: purpose === 'worker',
  };
  return options;
}

export function createRedis(url: string, purpose: 'producer' | 'worker'): IORedis {
  return new IORedis(redisOptions(url, purpose));
}
