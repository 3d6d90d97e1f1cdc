import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { Command } from 'commander';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@app/platform';
import { CliModule } from './cli.module';
import { generateMigration } from './migration-generator';

async function withContext<T>(
  config: AppConfig,
  work: (app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) => Promise<T>,
): Promise<T> {
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

const program = new Command('platform').description(
  'Operational commands of the competition platform',
);

program
  .command('migration:run')
  .description('Apply pending database migrations')
  .action(async () => {
    const config = loadConfig();
    await withContext(config, async (app) => {
      const ran = await app.get(DataSource).runMigrations({ transaction: 'each' });
      console.log(
        ran.length ? `Applied ${ran.map((m) => m.name).join(', ')}` : 'The schema is up to date.',
      );
    });
  });

program
  .command('migration:generate')
  .argument('<name>', 'VerbNoun name of the migration, e.g. AddEntryTable')
  .requiredOption('--mysql-url <url>', 'an empty scratch MySQL/MariaDB database to diff against')
  .description(
    'Write migrations (MySQL and SQLite) for the difference between entities and migrations',
  )
  .action(async (name: string, opts: { mysqlUrl: string }) => {
    for (const driver of ['sqlite', 'mysql'] as const) {
      const env =
        driver === 'sqlite'
          ? { VAR_DIR: mkdtempSync(join(tmpdir(), 'migrate-')) }
          : { DATABASE_URL: opts.mysqlUrl, VAR_DIR: mkdtempSync(join(tmpdir(), 'migrate-')) };
      await withContext(loadConfig(env), async (app) => {
        const dataSource = app.get(DataSource);
        await dataSource.runMigrations({ transaction: 'each' });
        const file = await generateMigration(dataSource, name, driver);
        console.log(file ? `Wrote ${file}` : `No ${driver} schema changes.`);
      });
    }
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
