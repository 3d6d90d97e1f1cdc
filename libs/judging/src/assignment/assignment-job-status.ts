import type {
  AssignmentJobResponse,
  AssignmentJobState,
  AutoAssignSummary,
} from './assignment.dto';

/** The two reads of a BullMQ queue the status needs (a Queue satisfies it). */
export interface JobStatusSource {
  getJobState(jobId: string): Promise<string>;
  getJob(
    jobId: string,
  ): Promise<{ progress: unknown; returnvalue: unknown; failedReason?: string } | undefined>;
}

/**
 * The status of a queued assignment job, read from Redis. The state is read first and the
 * job's data after it: the worker writes its last progress before the job completes, so
 * data read after "completed" was seen is final. Read the other way round, a job that
 * completed between the two reads showed `done` with the progress of a moment before.
 */
export async function readJobStatus(
  source: JobStatusSource,
  roundId: string,
  jobId: string,
): Promise<AssignmentJobResponse | null> {
  const state = await source.getJobState(jobId);
  if (state === 'unknown') return null;
  const job = await source.getJob(jobId);
  if (!job) return null;
  return {
    jobId,
    roundId,
    state: stateOf(state),
    progress: typeof job.progress === 'number' ? job.progress : 0,
    result: (job.returnvalue as AutoAssignSummary | null) ?? null,
    error: job.failedReason ?? null,
  };
}

function stateOf(state: string): AssignmentJobState {
  if (state === 'active') return 'running';
  if (state === 'completed') return 'done';
  if (state === 'failed') return 'failed';
  return 'queued';
}
