/** What a run may answer: `'stop'` ends the repetition (a task that only had to succeed once). */
export type RunOutcome = void | 'stop';

export interface RepeatingTaskOptions {
  /** Pause between the end of one run and the start of the next. */
  everyMs: number;
  /** Called with the error of a failed run; the task goes on. */
  onError: (error: unknown) => void;
  /** Called after a run that succeeded (e.g. to say that an outage is over). */
  onSuccess?: () => void;
  /** Let the process exit while only this task is waiting. */
  unref?: boolean;
}

/**
 * In-process work that repeats: the embedded mail dispatcher, the outbox relay, the
 * embedded reminder scan, schedule registration. Runs never overlap (the next one is
 * planned when the previous ends), and `stop()` waits for a run in progress, so a
 * shutdown never cuts a transaction in half.
 */
export class RepeatingTask {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private busy = false;
  private again = false;
  private stopped = false;

  constructor(
    private readonly run: () => Promise<RunOutcome>,
    private readonly options: RepeatingTaskOptions,
  ) {}

  start(delayMs = 0): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.busy = true;
      this.running = this.run()
        .then((outcome) => {
          this.options.onSuccess?.();
          if (outcome === 'stop') this.stopped = true;
        })
        .catch((error: unknown) => this.options.onError(error))
        .finally(() => {
          this.busy = false;
          const again = this.again;
          this.again = false;
          this.start(again ? 0 : this.options.everyMs);
        });
    }, delayMs);
    if (this.options.unref) this.timer.unref();
  }

  /**
   * Runs now instead of at the end of the pause; during a run, once more as soon as it ends
   * (what woke the task may have come after the run read its work). Runs still never
   * overlap, and a task that was never started stays idle.
   */
  runSoon(): void {
    if (this.stopped) return;
    if (this.busy) {
      this.again = true;
      return;
    }
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.start(0);
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
