import { RepeatingTask } from './repeating-task';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits for a condition of the task instead of a guessed time. */
async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await sleep(2);
  }
}

describe('RepeatingTask', () => {
  it('repeats, never overlapping, and stop() waits for the run in progress', async () => {
    let running = 0;
    let maxRunning = 0;
    let runs = 0;
    let finished = 0;
    const task = new RepeatingTask(
      async () => {
        running++;
        runs++;
        maxRunning = Math.max(maxRunning, running);
        await sleep(15);
        running--;
        finished++;
      },
      { everyMs: 1, onError: () => undefined },
    );
    task.start();
    await until(() => runs > 2);
    await task.stop();
    expect(runs).toBeGreaterThan(2);
    expect(maxRunning).toBe(1);
    expect(finished).toBe(runs);
    // Nothing to wait for when nothing should happen: a few periods of the task.
    const after = runs;
    await sleep(30);
    expect(runs).toBe(after);
  });

  it('goes on after a failed run and stops when a run says so', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const task = new RepeatingTask(
      async () => {
        calls++;
        if (calls < 3) throw new Error(`try ${calls}`);
        return 'stop';
      },
      { everyMs: 1, onError: (e) => errors.push(e) },
    );
    task.start();
    await until(() => task.isStopped);
    expect(calls).toBe(3);
    expect(errors).toHaveLength(2);
    expect(task.isStopped).toBe(true);
  });

  it('runs at once when woken while it waits, instead of after its pause', async () => {
    let runs = 0;
    const task = new RepeatingTask(
      async () => {
        runs++;
      },
      { everyMs: 600_000, onError: () => undefined },
    );
    task.runSoon();
    expect(runs).toBe(0); // not started: a wake-up does not start it
    task.start();
    await until(() => runs === 1);
    task.runSoon();
    // Without the wake-up the second run would come after ten minutes.
    await until(() => runs === 2);
    await task.stop();
  });

  it('woken during a run, runs once more right after it, never alongside it', async () => {
    let runs = 0;
    let running = 0;
    let maxRunning = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const task = new RepeatingTask(
      async () => {
        runs++;
        running++;
        maxRunning = Math.max(maxRunning, running);
        if (runs === 1) await gate;
        running--;
      },
      { everyMs: 600_000, onError: () => undefined },
    );
    task.start();
    await until(() => runs === 1);
    task.runSoon();
    task.runSoon();
    release();
    await until(() => runs === 2);
    await task.stop();
    // Two wake-ups during one run make one more run.
    expect(runs).toBe(2);
    expect(maxRunning).toBe(1);
  });
});
