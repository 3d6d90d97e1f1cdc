import 'reflect-metadata';
import { AppConfig, loadConfig } from '@app/platform';
import { DemoSeedService } from '@app/contests';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createPortalApp } from './bootstrap';
import { listRouteDecisions } from './route-audit';
import { isLoopbackAddress } from './pages/platform/loopback';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createPortalApp(config);
  if (process.argv.includes('--list-routes')) {
    // Used by the route-walk test: print every route's access decision and exit.
    process.stdout.write(JSON.stringify(listRouteDecisions(app)) + '\n');
    await app.close();
    return;
  }
  const seeded = await seedDemoIfEmpty(app, config);
  await app.listen({ port: config.PORT, host: config.listenHost });
  console.log(
    `Portal listening on ${config.listenHost}:${config.PORT}, for people at ${config.publicUrl}`,
  );
  if (!config.isProduction && !isLoopbackAddress(config.listenHost)) {
    console.log(
      'Open to the network: the development mailbox still answers this machine only; ' +
        'change the demo passwords (or start with SEED_DEMO=false) and set SMTP_URL for real mail.',
    );
  }
  if (seeded) {
    console.log(`Demo accounts (password: ${seeded.password}):`);
    for (const account of seeded.accounts)
      console.log(`  ${account.role.padEnd(10)} ${account.email}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/** Embedded profile: a fresh installation starts with a demo contest and one account per role. */
async function seedDemoIfEmpty(app: NestFastifyApplication, config: AppConfig) {
  if (!config.seedDemo) return null;
  const seed = app.get(DemoSeedService);
  return (await seed.isEmpty()) ? seed.seed() : null;
}
