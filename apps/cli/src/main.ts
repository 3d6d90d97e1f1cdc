import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { Command } from 'commander';
import { DataSource } from 'typeorm';
import {
  ALL_ROLES,
  PersonalDataRegistry,
  Role,
  RoleChangeService,
  UserAdminService,
  UserService,
} from '@app/accounts';
import { DemoSeedService } from '@app/contests';
import { AppConfig, DomainError, loadConfig, toLocale } from '@app/platform';
import { platformVersion, sqliteMigrationNames } from './backup/platform-facts';
import { restoreBackup } from './backup/restore-backup';
import { takeBackup } from './backup/take-backup';
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
    // The embedded profile migrates wherever it starts, the CLI included.
    if (config.usesSqlite) await app.get(DataSource).runMigrations({ transaction: 'each' });
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

program
  .command('user:create')
  .description('Create a verified account (for organizers, judges and admins)')
  .requiredOption('--email <email>')
  .requiredOption('--password <password>')
  .requiredOption('--name <fullName>')
  .option('--role <role>', `one of ${ALL_ROLES.join(', ')}`, 'applicant')
  .option('--locale <locale>', 'vi or en', 'vi')
  .option('--organization <organization>')
  .action(
    async (opts: {
      email: string;
      password: string;
      name: string;
      role: string;
      locale: string;
      organization?: string;
    }) => {
      if (!ALL_ROLES.includes(opts.role as Role))
        throw new Error(`--role must be one of ${ALL_ROLES.join(', ')}`);
      await withContext(loadConfig(), async (app) => {
        const user = await app.get(UserAdminService).create({
          email: opts.email,
          password: opts.password,
          fullName: opts.name,
          role: opts.role as Role,
          locale: toLocale(opts.locale),
          organization: opts.organization ?? null,
        });
        console.log(`Created ${user.role} ${user.email} (${user.id})`);
      });
    },
  );

program
  .command('user:role')
  .description('Change the role of an account (the same rules and audit as the admin page)')
  .requiredOption('--email <email>')
  .requiredOption('--role <role>', `one of ${ALL_ROLES.join(', ')}`)
  .action(async (opts: { email: string; role: string }) => {
    if (!ALL_ROLES.includes(opts.role as Role))
      throw new Error(`--role must be one of ${ALL_ROLES.join(', ')}`);
    await withContext(loadConfig(), async (app) => {
      const user = await app.get(UserService).findByEmail(opts.email);
      if (!user || user.erasedAt) throw new Error(`No account with the e-mail ${opts.email}`);
      const changed = await app
        .get(RoleChangeService)
        .change({ actorId: null, userId: user.id, role: opts.role as Role, by: 'cli' });
      console.log(`${changed.email} is now ${changed.role}`);
    });
  });

program
  .command('seed:demo')
  .description('Add the demo contests and one demo account per role (idempotent)')
  .action(async () => {
    await withContext(loadConfig(), async (app) => {
      await app.get(DataSource).runMigrations({ transaction: 'each' });
      const { accounts, password } = await app.get(DemoSeedService).seed();
      console.log(`Demo accounts (password: ${password}):`);
      for (const account of accounts) console.log(`  ${account.role.padEnd(10)} ${account.email}`);
    });
  });

program
  .command('personal-data:tables')
  .description(
    'List every table with the columns that hold or point at a person and what erasure does to them',
  )
  .option('--json', 'as JSON, one object per table')
  .action(async (opts: { json?: boolean }) => {
    await withContext(loadConfig(), async (app) => {
      const tables = app
        .get(PersonalDataRegistry)
        .all()
        .flatMap((contributor) => contributor.tables)
        .sort((a, b) => a.table.localeCompare(b.table));
      if (opts.json) return console.log(JSON.stringify(tables));
      for (const { table, personal } of tables) {
        const columns = Object.entries(personal);
        console.log(columns.length ? table : `${table}: no personal data`);
        for (const [column, rule] of columns) console.log(`  ${column}: ${rule}`);
      }
    });
  });

program
  .command('backup')
  .description(
    'Write one .tar.gz archive of the embedded installation (database and uploads), safe while the portal runs',
  )
  .option(
    '--out <file>',
    'where to write the archive (default: platform-backup-<time>.tar.gz here)',
  )
  .action(async (opts: { out?: string }) => {
    const config = loadConfig();
    const { file, manifest, notes } = await takeBackup(config, opts.out, platformVersion(config));
    console.log(
      `Wrote ${file}: the database (${manifest.database.lastMigration ?? 'empty schema'}) and ` +
        `${manifest.fileCount - 1} uploaded file(s).`,
    );
    for (const note of notes) console.log(note);
  });

program
  .command('restore')
  .argument('<file>', 'an archive written by `backup`')
  .option('--force', 'replace the installation in VAR_DIR (the portal must be stopped)')
  .description('Bring an archive of `backup` back into VAR_DIR and STORAGE_DIR')
  .action(async (file: string, opts: { force?: boolean }) => {
    const config = loadConfig();
    const { manifest, notes } = await restoreBackup(config, file, {
      force: opts.force === true,
      knownMigrations: sqliteMigrationNames(),
    });
    console.log(
      `Restored the backup of ${manifest.createdAt} (platform ${manifest.platformVersion}, ` +
        `${manifest.fileCount - 1} uploaded file(s)) into ${config.varDir}. ` +
        'Start the portal: it applies any newer migrations.',
    );
    for (const note of notes) console.log(note);
  });

program.parseAsync().catch((error: unknown) => {
  const details =
    error instanceof DomainError && error.details
      ? ` (${error.details.map((d) => `${d.field}: ${d.messages.join(', ')}`).join('; ')})`
      : '';
  console.error((error instanceof Error ? error.message : String(error)) + details);
  process.exit(1);
});
