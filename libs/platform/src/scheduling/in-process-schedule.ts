import { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { RepeatingTask } from './repeating-task';

/**
 * A scan that runs inside the app for its whole life (the embedded profile's reminder
 * scans): first at boot, so a restart catches up at once, then every `everyMs`. The timer
 * does not keep the process alive, and shutdown waits for a scan in progress.
 */
export abstract class InProcessSchedule
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly task: RepeatingTask;

  protected constructor(name: string, everyMs: number, scan: () => Promise<unknown>) {
    const logger = new Logger(name);
    this.task = new RepeatingTask(() => scan().then(() => undefined), {
      everyMs,
      onError: (error) => logger.error({ err: error }, `${name} failed`),
      unref: true,
    });
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }
}
