import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

const MIGRATIONS_DIR = 'libs/platform/src/database/migrations';

function quote(sql: string): string {
  return '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
}

/**
 * Writes a migration with the statements that bring the database (already migrated) to
 * the entities' schema, and lists it in the migrations index. Returns the file written,
 * or null when there is no difference.
 */
export async function generateMigration(
  dataSource: DataSource,
  name: string,
  driver: 'mysql' | 'sqlite',
): Promise<string | null> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  if (log.upQueries.length === 0) return null;
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const up = log.upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
  const down = [...log.downQueries]
    .reverse()
    .map((q) => `    await queryRunner.query(${quote(q.query)});`)
    .join('\n');
  const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`;
  const file = join(MIGRATIONS_DIR, driver, `${timestamp}-${name}.ts`);
  writeFileSync(file, body);
  const indexFile = join(MIGRATIONS_DIR, 'index.ts');
  let index = readFileSync(indexFile, 'utf8');
  const listName = driver === 'mysql' ? 'MYSQL_MIGRATIONS' : 'SQLITE_MIGRATIONS';
  const alias = `${driver === 'mysql' ? 'Mysql' : 'Sqlite'}${className}`;
  index = `import { ${className} as ${alias} } from './${driver}/${timestamp}-${name}';\n` + index;
  index = index.replace(
    new RegExp(`(export const ${listName}: Function\\[\\] = \\[)([^\\]]*)\\]`),
    (_m, head: string, items: string) => {
      const list = items.trim() ? `${items.trim().replace(/,$/, '')}, ${alias}` : alias;
      return `${head}${list}]`;
    },
  );
  writeFileSync(indexFile, index);
  return file;
}
