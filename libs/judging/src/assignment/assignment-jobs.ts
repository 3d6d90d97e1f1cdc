import { randomUUID } from 'node:crypto';
import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { type ConnectionOptions, Queue } from 'bullmq';
import { AppConfig, JOB_OPTIONS, JobName, QueueName, redisOptions } from '@app/platform';
import type { AssignmentJobResponse } from './assignment.dto';
import { readJobStatus } from './assignment-job-status';
import { AutoAssignmentService } from './auto-assignment.service';

/** Finished in-process jobs remembered for the page; older ones are forgotten first. */
const KEPT_LOCAL_JOBS = 100;

/**
 * Automatic assignment of a large round as a job with progress. Production: a BullMQ job
 * run by the worker, its progress and summary kept in Redis (readable by any portal).
 * Embedded: run in the portal's process, progress in a map (one portal, nothing to share).
 * Job ids start with the round's id, so a job is only ever read through its own round.
 */
@Injectable()
export class AssignmentJobs implements BeforeApplicationShutdown {
  private readonly logger = new Logger(AssignmentJobs.name);
  private queue?: Queue;
  private readonly local = new Map<string, AssignmentJobResponse>();

  constructor(
    private readonly config: AppConfig,
    private readonly auto: AutoAssignmentService,
  ) {}

  async start(roundId: string, actorId: string | null): Promise<AssignmentJobResponse> {
    const jobId = `${roundId}-${randomUUID()}`;
    const job: AssignmentJobResponse = {
      jobId,
      roundId,
      state: 'queued',
      progress: 0,
      result: null,
      error: null,
    };
    if (this.config.usesRedis) {
      const name = JobName.autoAssign;
      await this.producer().add(name, { roundId, actorId }, { ...JOB_OPTIONS[name], jobId });
      return job;
    }
    this.remember(job);
    setImmediate(() => void this.runLocally(job, actorId));
    return { ...job };
  }

  async status(roundId: string, jobId: string): Promise<AssignmentJobResponse | null> {
    if (!jobId.startsWith(`${roundId}-`)) return null;
    if (!this.config.usesRedis) {
      const job = this.local.get(jobId);
      return job ? { ...job } : null;
    }
    return readJobStatus(this.producer(), roundId, jobId);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.queue?.close().catch(() => undefined);
  }

  private async runLocally(job: AssignmentJobResponse, actorId: string | null): Promise<void> {
    job.state = 'running';
    try {
      job.result = await this.auto.run(job.roundId, actorId, (percent) => {
        job.progress = percent;
      });
      job.progress = 100;
      job.state = 'done';
    } catch (error) {
      job.state = 'failed';
      job.error = error instanceof Error ? error.message : String(error);
      this.logger.error({ roundId: job.roundId, reason: job.error }, 'automatic assignment failed');
    }
  }

  private remember(job: AssignmentJobResponse): void {
    this.local.set(job.jobId, job);
    for (const [id, kept] of this.local) {
      if (this.local.size <= KEPT_LOCAL_JOBS) break;
      if (kept.state === 'done' || kept.state === 'failed') this.local.delete(id);
    }
  }

  private producer(): Queue {
    if (!this.queue) {
      this.queue = new Queue(QueueName.assignment, {
        connection: redisOptions(this.config.REDIS_URL!, 'producer') as ConnectionOptions,
        prefix: this.config.QUEUE_PREFIX,
      });
      // Failures surface on add(); the connection's own errors would otherwise be unhandled.
      this.queue.on('error', () => undefined);
    }
    return this.queue;
  }
}
