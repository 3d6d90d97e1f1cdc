import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig, SQLITE_MIGRATIONS } from '@app/platform';

/** The version in package.json, recorded in every archive. */
export function platformVersion(config: AppConfig): string {
  try {
    const pkg = JSON.parse(readFileSync(join(config.appRoot, 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Names of the SQLite migrations this version knows, as TypeORM records them. */
export function sqliteMigrationNames(): string[] {
  return SQLITE_MIGRATIONS.map((migration) => {
    const instance = new (migration as new () => { name?: string })();
    return instance.name ?? migration.name;
  });
}
