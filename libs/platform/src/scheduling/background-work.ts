import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';

/**
 * Work that runs after the caller has returned, and so after the request that started it
 * has been answered: for work whose duration must not show in the answer (whether a
 * password-reset link was issued, for one). Failures are logged; shutdown waits for the
 * work in progress before the database closes.
 */
@Injectable()
export class BackgroundWork implements BeforeApplicationShutdown {
  private readonly logger = new Logger('BackgroundWork');
  private readonly running = new Set<Promise<void>>();

  start(name: string, work: () => Promise<unknown>): void {
    const run: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(work)
      .then(
        () => undefined,
        (error: unknown) => this.logger.error({ err: error }, `${name} failed`),
      )
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }
}
