import { randomUUID } from 'node:crypto';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { hasUuidPrimaryKey } from './uuid-primary-key';

/** Bound values per statement: far below SQLite's 32,766 and MySQL's 65,535. */
const MAX_VALUES = 20_000;
/** Rows per statement, so one statement stays a few hundred kilobytes at most. */
const MAX_ROWS = 500;

export interface InsertRowsOptions {
  /** Rows that would break a unique index are skipped (INSERT IGNORE / INSERT OR IGNORE). */
  ignoreDuplicates?: boolean;
}

/**
 * New rows written with multi-row INSERTs and plain placeholders, reading nothing back.
 * TypeORM's `save()` builds change sets and deep-copies every value first, and its insert
 * builder names and looks up one parameter per value and asks for the generated columns
 * (`RETURNING` on MariaDB, a SELECT on SQLite): on the submit path, an announcement's 10,000
 * rows and an assignment's 15,000 that was most of their CPU. Values still go through the
 * driver's own conversion (JSON, dates, booleans as TypeORM stores them on each database);
 * columns not given take their defaults (creation and update times) and a UUID key its
 * value, as through TypeORM. Every row must name the same properties.
 */
export async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: readonly Partial<T>[],
  options: InsertRowsOptions = {},
): Promise<void> {
  if (rows.length === 0) return;
  const { driver } = manager.connection;
  const metadata = manager.connection.getMetadata(target);
  const properties = Object.keys(rows[0]);
  for (const row of rows)
    if (Object.keys(row).length !== properties.length || properties.some((p) => !(p in row)))
      throw new Error(`insertRows(${metadata.name}): every row must name the same properties`);
  const columns = properties.map((property) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`insertRows(${metadata.name}): no column for "${property}"`);
    return column;
  });
  const newKey = hasUuidPrimaryKey(metadata.target) && !properties.includes('id');
  // TypeORM writes 1 into a version column on insert; so does this.
  const version = metadata.versionColumn;
  const newVersion = version !== undefined && !properties.includes(version.propertyName);
  const names = [
    ...(newKey ? ['id'] : []),
    ...columns.map((c) => c.databaseName),
    ...(newVersion ? [version.databaseName] : []),
  ];
  const ignore = options.ignoreDuplicates
    ? manager.connection.options.type === 'better-sqlite3'
      ? 'OR IGNORE '
      : 'IGNORE '
    : '';
  const head =
    `INSERT ${ignore}INTO ${driver.escape(metadata.tableName)} ` +
    `(${names.map((n) => driver.escape(n)).join(', ')}) VALUES `;
  const tuple = `(${names.map(() => '?').join(', ')})`;
  const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_VALUES / names.length)));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values: unknown[] = [];
    for (const row of chunk) {
      if (newKey) values.push(randomUUID());
      // As TypeORM's insert: the raw property, then the driver (which applies a transformer).
      for (const column of columns)
        values.push(driver.preparePersistentValue(column.getEntityValue(row), column));
      if (newVersion) values.push(1);
    }
    await manager.query(head + chunk.map(() => tuple).join(', '), values);
  }
}

/** One new row: `insertRows` with a single row. */
export function insertRow<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  values: Partial<T>,
): Promise<void> {
  return insertRows(manager, target, [values]);
}
