/** What one attempt did to a counter: hits in the window, and whether the key is blocked. */
export interface RateLimitRecord {
  totalHits: number;
  /** Seconds until the window resets. */
  timeToExpire: number;
  isBlocked: boolean;
  /** Seconds until a block lifts (0 when not blocked). */
  timeToBlockExpire: number;
}

/**
 * Fixed-window counters with a block that outlives the window once the limit is passed.
 * `name` keeps the counters of different rules apart when their keys are equal.
 */
export interface RateLimitStore {
  increment(
    key: string,
    windowMs: number,
    limit: number,
    blockMs: number,
    name: string,
  ): Promise<RateLimitRecord>;
  onApplicationShutdown?(): void;
}

interface Counter {
  hits: number;
  windowEndsAt: number;
  blockedUntil: number;
}

/** How often, at most, finished counters are dropped from memory. */
const SWEEP_EVERY_MS = 60_000;

/**
 * The counters in this process's memory: the store without Redis (embedded profile) and the
 * fallback while Redis is unreachable. Finished counters are dropped on a later increment,
 * so memory follows the number of keys active in the last window, and no timer is held.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly counters = new Map<string, Counter>();
  private nextSweepAt = 0;

  constructor(private readonly now: () => number = Date.now) {}

  increment(
    key: string,
    windowMs: number,
    limit: number,
    blockMs: number,
    name: string,
  ): Promise<RateLimitRecord> {
    const now = this.now();
    this.sweep(now);
    const id = `${name}\n${key}`;
    let counter = this.counters.get(id);
    if (!counter) {
      counter = { hits: 0, windowEndsAt: now + windowMs, blockedUntil: 0 };
      this.counters.set(id, counter);
    } else if (counter.windowEndsAt <= now) {
      counter.hits = 0;
      counter.windowEndsAt = now + windowMs;
    }
    counter.hits += 1;
    if (counter.blockedUntil <= now && counter.hits > limit) counter.blockedUntil = now + blockMs;
    const blockedMs = Math.max(0, counter.blockedUntil - now);
    return Promise.resolve({
      totalHits: counter.hits,
      timeToExpire: Math.ceil((counter.windowEndsAt - now) / 1000),
      isBlocked: blockedMs > 0,
      timeToBlockExpire: Math.ceil(blockedMs / 1000),
    });
  }

  private sweep(now: number): void {
    if (now < this.nextSweepAt) return;
    this.nextSweepAt = now + SWEEP_EVERY_MS;
    for (const [id, counter] of this.counters)
      if (counter.windowEndsAt <= now && counter.blockedUntil <= now) this.counters.delete(id);
  }
}
