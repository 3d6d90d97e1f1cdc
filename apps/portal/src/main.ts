import 'reflect-metadata';
import { loadConfig } from '@app/platform';
import { createPortalApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createPortalApp(config);
  await app.listen({ port: config.PORT, host: config.HOST });
  console.log(`Portal listening on ${config.publicUrl}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
