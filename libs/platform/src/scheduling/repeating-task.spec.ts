import { RepeatingTask } from './repeating-task';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
    await sleep(80);
    await task.stop();
    expect(runs).toBeGreaterThan(2);
    expect(maxRunning).toBe(1);
    expect(finished).toBe(runs);
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
    await sleep(50);
    expect(calls).toBe(3);
    expect(errors).toHaveLength(2);
    expect(task.isStopped).toBe(true);
  });
});
