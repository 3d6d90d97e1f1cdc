import { JobStatusSource, readJobStatus } from './assignment-job-status';

/**
 * A queue whose job completes right after the first read, whichever read that is: the
 * moment a busy machine can always put between two round trips to Redis.
 */
function completingAfterFirstRead(): JobStatusSource {
  let reads = 0;
  const now = () => (reads++ === 0 ? 'before' : 'after');
  return {
    getJobState: async () => (now() === 'before' ? 'active' : 'completed'),
    getJob: async () =>
      now() === 'before'
        ? { progress: 90, returnvalue: null }
        : { progress: 100, returnvalue: { created: 3 } },
  };
}

describe('readJobStatus', () => {
  it('never reports a job done with the progress of before its completion', async () => {
    const status = await readJobStatus(completingAfterFirstRead(), 'r', 'r-1');
    expect(status).not.toBeNull();
    if (status!.state === 'done') expect(status!.progress).toBe(100);
    else expect(status!.state).toBe('running');
  });

  it('maps the queue states and forgets unknown jobs', async () => {
    const source = (state: string): JobStatusSource => ({
      getJobState: async () => state,
      getJob: async () => ({ progress: 40, returnvalue: null, failedReason: 'x' }),
    });
    expect((await readJobStatus(source('waiting'), 'r', 'j'))?.state).toBe('queued');
    expect((await readJobStatus(source('active'), 'r', 'j'))?.state).toBe('running');
    expect((await readJobStatus(source('failed'), 'r', 'j'))?.error).toBe('x');
    expect(await readJobStatus(source('unknown'), 'r', 'j')).toBeNull();
  });
});
