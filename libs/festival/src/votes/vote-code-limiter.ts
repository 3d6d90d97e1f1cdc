import { createHash } from 'node:crypto';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type IORedis from 'ioredis';
import { AppConfig, createRedis, RateLimitedError } from '@app/platform';

/** Wrong badge codes one client address may try in a window before it must wait. */
export const WRONG_CODES_ALLOWED = 10;
const WINDOW_MS = 10 * 60_000;

/**
 * Limits guessing of badge codes. Only wrong codes count, per client address: a hall's
 * shared Wi-Fi address with hundreds of honest voters is not slowed down, while a guesser
 * gets WRONG_CODES_ALLOWED tries per ten minutes against a 60-bit code space. Once over,
 * every code from that address is refused, a right one too, so a guess cannot be
 * confirmed while blocked. Counters are in Redis (shared by every portal instance) and
 * fall back to this instance's memory while Redis is unreachable.
 */
@Injectable()
export class VoteCodeLimiter implements OnApplicationShutdown {
  private readonly logger = new Logger(VoteCodeLimiter.name);
  private readonly memory = new Map<string, { count: number; until: number }>();
  private redis?: IORedis;

  constructor(private readonly config: AppConfig) {}

  async assertMayTry(client: string): Promise<void> {
    const count = await this.read(this.keyOf(client));
    if (count >= WRONG_CODES_ALLOWED) throw new RateLimitedError(WINDOW_MS / 1000);
  }

  async wrongCode(client: string): Promise<void> {
    const key = this.keyOf(client);
    const redis = this.connection();
    if (redis) {
      try {
        if ((await redis.incr(key)) === 1) await redis.pexpire(key, WINDOW_MS);
        return;
      } catch (error) {
        this.logger.warn(`vote code counter kept in memory: ${(error as Error).message}`);
      }
    }
    const now = Date.now();
    const entry = this.memory.get(key);
    if (!entry || entry.until < now) this.memory.set(key, { count: 1, until: now + WINDOW_MS });
    else entry.count++;
  }

  private async read(key: string): Promise<number> {
    const redis = this.connection();
    let shared = 0;
    if (redis) {
      try {
        shared = Number((await redis.get(key)) ?? 0);
      } catch {
        // Redis away: the local counter below still limits this instance.
      }
    }
    const local = this.memory.get(key);
    return Math.max(shared, local && local.until >= Date.now() ? local.count : 0);
  }

  private keyOf(client: string): string {
    const hash = createHash('sha256').update(client).digest('hex');
    return `${this.config.QUEUE_PREFIX}:vote-code-wrong:${hash}`;
  }

  private connection(): IORedis | undefined {
    const url = this.config.REDIS_URL;
    if (!url) return undefined;
    if (!this.redis) {
      this.redis = createRedis(url, 'producer');
      this.redis.on('error', () => undefined);
    }
    return this.redis;
  }

  onApplicationShutdown(): void {
    this.redis?.disconnect();
  }
}
