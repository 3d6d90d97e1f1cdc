import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { type ConnectionOptions, Queue } from 'bullmq';
import { AppConfig, JOB_OPTIONS, JobName, QueueName, redisOptions } from '@app/platform';

/** How long requests gather before one recomputation runs: a burst of score saves costs one. */
export const RANKING_COALESCE_MS = 2000;

/** Job states in which the job has not read the scores yet, so it covers a new request. */
const NOT_STARTED = new Set<string>(['delayed', 'waiting', 'prioritized', 'waiting-children']);

/**
 * Coalesces ranking recomputation requests per round. Production: a delayed BullMQ job
 * with a deterministic id per round; adding it again while it waits is a no-op in Redis,
 * so any number of portals and saves give one job. A job already running has read the
 * scores, so a request that finds it active goes to a second id, run after it.
 * Embedded: one timer per round, and runs of a round one after another, each reading
 * the scores when it starts.
 */
@Injectable()
export class RankingRecomputeRequests implements BeforeApplicationShutdown {
  private readonly logger = new Logger(RankingRecomputeRequests.name);
  private queue?: Queue;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly runs = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(private readonly config: AppConfig) {}

  /** `run` is used by the embedded profile only; in production the worker runs the job. */
  async request(roundId: string, run: () => Promise<unknown>): Promise<void> {
    if (this.config.usesRedis) await this.enqueue(roundId);
    else this.debounce(roundId, run);
  }

  /**
   * Whether a recomputation of the round is requested or running: the ranking shown may
   * change without anyone asking again. Once false, it cannot change until a new request.
   */
  async isPending(roundId: string): Promise<boolean> {
    if (!this.config.usesRedis) return this.timers.has(roundId) || this.runs.has(roundId);
    const queue = this.producer();
    for (const jobId of [`ranking-${roundId}`, `ranking-${roundId}-next`]) {
      const state = await queue.getJobState(jobId);
      if (state === 'active' || NOT_STARTED.has(state)) return true;
    }
    return false;
  }

  private async enqueue(roundId: string): Promise<void> {
    const queue = this.producer();
    const name = JobName.recomputeRanking;
    for (const jobId of [`ranking-${roundId}`, `ranking-${roundId}-next`]) {
      // A second try when the job finished between the add and the look at its state.
      for (let attempt = 0; attempt < 2; attempt++) {
        await queue.add(
          name,
          { roundId },
          { ...JOB_OPTIONS[name], jobId, delay: RANKING_COALESCE_MS },
        );
        const state = await queue.getJobState(jobId);
        if (NOT_STARTED.has(state)) return;
        if (state === 'active') break;
      }
    }
    this.logger.warn({ roundId }, 'ranking recomputations of the round are all running');
  }

  private debounce(roundId: string, run: () => Promise<unknown>): void {
    if (this.stopped || this.timers.has(roundId)) return;
    const timer = setTimeout(() => {
      this.timers.delete(roundId);
      const previous = this.runs.get(roundId) ?? Promise.resolve();
      const next = previous
        .then(run)
        .then(() => undefined)
        .catch((error: unknown) =>
          this.logger.error({ roundId, reason: String(error) }, 'ranking recomputation failed'),
        )
        .finally(() => {
          if (this.runs.get(roundId) === next) this.runs.delete(roundId);
        });
      this.runs.set(roundId, next);
    }, RANKING_COALESCE_MS);
    timer.unref();
    this.timers.set(roundId, timer);
  }

  private producer(): Queue {
    if (!this.queue) {
      this.queue = new Queue(QueueName.ranking, {
        connection: redisOptions(this.config.REDIS_URL!, 'producer') as ConnectionOptions,
        prefix: this.config.QUEUE_PREFIX,
      });
      // Failures surface on add(); the connection's own errors would otherwise be unhandled.
      this.queue.on('error', () => undefined);
    }
    return this.queue;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.all(this.runs.values());
    await this.queue?.close().catch(() => undefined);
  }
}
