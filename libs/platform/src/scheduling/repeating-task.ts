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
  private stopped = false;

  constructor(
    private readonly run: () => Promise<RunOutcome>,
    private readonly options: RepeatingTaskOptions,
  ) {}

  start(delayMs = 0): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.run()
        .then((outcome) => {
          this.options.onSuccess?.();
          if (outcome === 'stop') this.stopped = true;
        })
        .catch((error: unknown) => this.options.onError(error))
        .finally(() => this.start(this.options.everyMs));
    }, delayMs);
    if (this.options.unref) this.timer.unref();
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
