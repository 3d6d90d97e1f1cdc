import { SentMarks } from './sent-marks';

/** A write function whose calls are recorded and finished by the test, one by one. */
function controlledWrites() {
  const calls: { ids: string[]; finish: (error?: Error) => void }[] = [];
  const write = (ids: string[]) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ ids, finish: (error) => (error ? reject(error) : resolve()) });
    });
  return { calls, write };
}

/** Lets the marks' promise chain run up to its next write. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('sent marks', () => {
  it('writes a mark at once and alone when no write is under way', async () => {
    const { calls, write } = controlledWrites();
    const marks = new SentMarks(write);
    const done = marks.mark('a');
    expect(calls.map((c) => c.ids)).toEqual([['a']]);
    calls[0].finish();
    await expect(done).resolves.toBeUndefined();
  });

  it('groups the marks made while a write is under way into the next write', async () => {
    const { calls, write } = controlledWrites();
    const marks = new SentMarks(write);
    const first = marks.mark('a');
    const later = [marks.mark('b'), marks.mark('c'), marks.mark('d')];
    expect(calls).toHaveLength(1);
    let laterDone = false;
    void Promise.all(later).then(() => (laterDone = true));

    calls[0].finish();
    await first;
    await settled();
    expect(calls.map((c) => c.ids)).toEqual([['a'], ['b', 'c', 'd']]);
    expect(laterDone).toBe(false);
    calls[1].finish();
    await Promise.all(later);
  });

  it('fails every mark of a failed write and still writes the marks after it', async () => {
    const { calls, write } = controlledWrites();
    const marks = new SentMarks(write);
    const first = marks.mark('a');
    const grouped = [marks.mark('b'), marks.mark('c')];
    calls[0].finish();
    await first;
    await settled();
    calls[1].finish(new Error('database away'));
    for (const mark of grouped) await expect(mark).rejects.toThrow('database away');

    const next = marks.mark('d');
    expect(calls.map((c) => c.ids)).toEqual([['a'], ['b', 'c'], ['d']]);
    calls[2].finish();
    await expect(next).resolves.toBeUndefined();
  });
});
