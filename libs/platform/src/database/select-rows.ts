import { EntityNotFoundError } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { columnOf, filterOf, isMysqlFamily, shapeOf } from './entity-shape';
import type { EntityShape, RowFilter, Target } from './entity-shape';

export type { RowFilter } from './entity-shape';

export interface RowSelection<T> {
  orderBy?: { [K in keyof T]?: 'ASC' | 'DESC' };
  limit?: number;
  /**
   * `FOR UPDATE` on MySQL/MariaDB. SQLite has no row locks and needs none: its
   * transactions are serialised (TransactionRunner).
   */
  forUpdate?: boolean;
}

/**
 * Reads the rows of one entity by equality on its columns (or membership in a list), as
 * `manager.find(Entity, { where, order, take, lock })` would, hydrated by the driver's own conversion (JSON, dates,
 * booleans, column transformers) into instances of the entity. What it leaves out is
 * TypeORM's work per call: turning find options into a query builder, naming and escaping
 * aliases, then grouping and mapping the raw rows through the join machinery. The SQL of
 * each shape of query is built once. The reads every request or every mail makes use it
 * (the list is in docs/ARCHITECTURE.md); the rest of the code keeps `find`.
 */
export async function selectRows<T>(
  manager: EntityManager,
  entity: Target<T>,
  where: RowFilter<T>,
  selection: RowSelection<T> = {},
): Promise<T[]> {
  const shape = readableShape(manager, entity);
  const filter = filterOf(shape, where);
  if (filter.matchesNothing) return [];
  const order = selection.orderBy ?? {};
  const key = `select ${filter.key}|${JSON.stringify(order)}|${selection.limit ?? ''}|${selection.forUpdate === true}`;
  let sql = shape.statements.get(key);
  if (sql === undefined) {
    const ordering = Object.entries(order).map(
      ([property, direction]) =>
        `${columnOf(manager, shape, property)} ${direction === 'DESC' ? 'DESC' : 'ASC'}`,
    );
    const escape = (name: string) => manager.connection.driver.escape(name);
    sql = [
      `SELECT ${shape.columns.map((c) => escape(c.databaseName)).join(', ')} FROM ${shape.table}`,
      filter.clause(manager),
      ordering.length ? `ORDER BY ${ordering.join(', ')}` : '',
      selection.limit !== undefined ? `LIMIT ${Math.trunc(selection.limit)}` : '',
      selection.forUpdate && isMysqlFamily(manager) ? 'FOR UPDATE' : '',
    ]
      .filter(Boolean)
      .join(' ');
    if (filter.keep) shape.statements.set(key, sql);
  }
  const raw = (await manager.query(sql, filter.parameters)) as Record<string, unknown>[];
  return raw.map((row) => hydrate<T>(manager, shape, row, ''));
}

/** The first row of `selectRows` (with `LIMIT 1`), or null. */
export async function selectRow<T>(
  manager: EntityManager,
  entity: Target<T>,
  where: RowFilter<T>,
  selection: Omit<RowSelection<T>, 'limit'> = {},
): Promise<T | null> {
  const [row] = await selectRows(manager, entity, where, { ...selection, limit: 1 });
  return row ?? null;
}

/** `selectRow`, failing as `findOneOrFail` does when there is no such row. */
export async function selectRowOrFail<T>(
  manager: EntityManager,
  entity: Target<T>,
  where: RowFilter<T>,
  selection: Omit<RowSelection<T>, 'limit'> = {},
): Promise<T> {
  const row = await selectRow(manager, entity, where, selection);
  if (!row) throw new EntityNotFoundError(entity as never, where);
  return row;
}

/** The entity's table, quoted for the manager's database. */
export function tableOf(manager: EntityManager, entity: Target<unknown>): string {
  return shapeOf(manager, entity).table;
}

/**
 * For a statement that reads several entities in one row (a join): the select list of one
 * of them under `alias`, each column named `<alias>_<column>`, to hydrate with `entityOf`.
 */
export function selectListOf(
  manager: EntityManager,
  entity: Target<unknown>,
  alias: string,
): string {
  const escape = (name: string) => manager.connection.driver.escape(name);
  return readableShape(manager, entity)
    .columns.map(
      (c) =>
        `${escape(alias)}.${escape(c.databaseName)} AS ${escape(`${alias}_${c.databaseName}`)}`,
    )
    .join(', ');
}

/** The entity under `alias` in a row read with `selectListOf`. */
export function entityOf<T>(
  manager: EntityManager,
  entity: Target<T>,
  row: Record<string, unknown>,
  alias: string,
): T {
  return hydrate<T>(manager, readableShape(manager, entity), row, `${alias}_`);
}

/**
 * `find` tells subscribers and listeners that an entity was loaded; these reads do not, so
 * an entity that needs it must not come through here.
 */
function readableShape(manager: EntityManager, entity: Target<unknown>): EntityShape {
  const shape = shapeOf(manager, entity);
  if (shape.hasLoadHooks)
    throw new Error(`selectRows: ${shape.metadata.name} has after-load hooks; use find`);
  return shape;
}

/** As TypeORM's own result transformer fills an entity: each column through the driver. */
function hydrate<T>(
  manager: EntityManager,
  shape: EntityShape,
  row: Record<string, unknown>,
  prefix: string,
): T {
  const driver = manager.connection.driver;
  const entity = shape.metadata.create(manager.queryRunner, { fromDeserializer: true }) as T &
    object;
  for (const column of shape.columns) {
    const value = row[prefix + column.databaseName];
    if (value === undefined) continue;
    column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
  }
  return entity;
}
