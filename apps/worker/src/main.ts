import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadConfig } from '@app/platform';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.usesRedis) {
    throw new Error(
      'The worker needs REDIS_URL (redis://host:6379). Without Redis the portal delivers mail itself; do not start a worker.',
    );
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  // SIGTERM/SIGINT: stop relaying, let running jobs finish, close the pools, then exit.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  console.log(`Worker started (queue prefix ${config.QUEUE_PREFIX})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
