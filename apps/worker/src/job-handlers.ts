import { JOB_QUEUE, JobName, JobPayloads, QueueName } from '@app/platform';

/** A consumer of one job of the catalogue. */
export interface JobHandler<N extends JobName = JobName> {
  readonly jobName: N;
  /** What it returns is kept as the job's result (e.g. a summary read by the portal). */
  handle(payload: JobPayloads[N], job: JobContext): Promise<unknown>;
}

/** What a handler may do with its running job. */
export interface JobContext {
  updateProgress(percent: number): Promise<void>;
}

/**
 * Checks that every job of the catalogue has exactly one handler and groups them by
 * queue; throws at boot otherwise, so a job can never sit in Redis with nobody to run it.
 */
export function handlersByQueue(
  handlers: readonly JobHandler[],
  jobNames: readonly JobName[] = Object.values(JobName),
): Map<QueueName, Map<JobName, JobHandler>> {
  const problems: string[] = [];
  for (const name of jobNames) {
    const count = handlers.filter((handler) => handler.jobName === name).length;
    if (count !== 1) problems.push(`${name}: ${count === 0 ? 'no handler' : `${count} handlers`}`);
  }
  for (const handler of handlers)
    if (!jobNames.includes(handler.jobName))
      problems.push(`${handler.jobName}: not in the catalogue`);
  if (problems.length > 0)
    throw new Error(`Job handlers do not match the catalogue: ${problems.join('; ')}`);

  const queues = new Map<QueueName, Map<JobName, JobHandler>>();
  for (const handler of handlers) {
    const queue = JOB_QUEUE[handler.jobName];
    if (!queues.has(queue)) queues.set(queue, new Map());
    queues.get(queue)!.set(handler.jobName, handler);
  }
  return queues;
}
