import { EntityNotFoundError } from 'typeorm';
import type { EntityManager, EntityMetadata } from 'typeorm';

type ColumnMetadata = EntityMetadata['columns'][number];

/** Equality on columns; `null` reads `IS NULL`. Strings and numbers bind the same on both databases. */
export type RowFilter<T> = { [K in keyof T]?: Extract<T[K], string | number> | null };

export interface RowSelection<T> {
  orderBy?: { [K in keyof T]?: 'ASC' | 'DESC' };
  limit?: number;
  /**
   * `FOR UPDATE` on MySQL/MariaDB. SQLite has no row locks and needs none: its
   * transactions are serialised (TransactionRunner).
   */
  forUpdate?: boolean;
}

type Target<T> = abstract new (...args: never[]) => T;

/** What every read of an entity needs, worked out once per entity and data source. */
interface EntityShape {
  table: string;
  /** The columns a plain `find` loads (no virtual ones, none marked `select: false`). */
  columns: readonly ColumnMetadata[];
  byProperty: ReadonlyMap<string, ColumnMetadata>;
  /** SQL of each query shape already asked for. */
  statements: Map<string, string>;
}

const SHAPES = new WeakMap<EntityMetadata, EntityShape>();

/**
 * Reads the rows of one entity by equality on its columns, as `manager.find(Entity, {
 * where, order, take, lock })` would, hydrated by the driver's own conversion (JSON, dates,
 * booleans, column transformers) into instances of the entity. What it leaves out is
 * TypeORM's work per call: turning find options into a query builder, naming and escaping
 * aliases, then grouping and mapping the raw rows through the join machinery. The SQL of
 * each shape of query is built once. The hot paths of every request (the session, the
 * entry being submitted and what its submit reads) use it; the rest of the code keeps
 * `find`.
 */
export async function selectRows<T>(
  manager: EntityManager,
  entity: Target<T>,
  where: RowFilter<T>,
  selection: RowSelection<T> = {},
): Promise<T[]> {
  const metadata = manager.connection.getMetadata(entity);
  const shape = shapeOf(manager, metadata);
  const names = Object.keys(where) as (keyof T & string)[];
  const parameters: Array<string | number> = [];
  let key = '';
  for (const name of names) {
    const value = where[name];
    if (value === undefined) throw new Error(`selectRows: ${metadata.name}.${name} is undefined`);
    if (value === null) key += `${name} null,`;
    else {
      key += `${name},`;
      parameters.push(value as string | number);
    }
  }
  const order = selection.orderBy ?? {};
  key += `|${JSON.stringify(order)}|${selection.limit ?? ''}|${selection.forUpdate === true}`;
  let sql = shape.statements.get(key);
  if (sql === undefined) {
    sql = buildSelect(manager, metadata, shape, where, selection);
    shape.statements.set(key, sql);
  }
  const raw = (await manager.query(sql, parameters)) as Record<string, unknown>[];
  return raw.map((row) => hydrate<T>(manager, metadata, shape, row, ''));
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
  return shapeOf(manager, manager.connection.getMetadata(entity)).table;
}

/**
 * For a statement that reads several entities in one row (a join): the select list of one
 * of them under `alias`, each column named `<alias>_<column>`, to hydrate with `entityOf`.
 */
export function selectListOf(manager: EntityManager, entity: Target<unknown>, alias: string): string {
  const metadata = manager.connection.getMetadata(entity);
  const escape = (name: string) => manager.connection.driver.escape(name);
  return shapeOf(manager, metadata)
    .columns.map(
      (c) => `${escape(alias)}.${escape(c.databaseName)} AS ${escape(`${alias}_${c.databaseName}`)}`,
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
  const metadata = manager.connection.getMetadata(entity);
  return hydrate<T>(manager, metadata, shapeOf(manager, metadata), row, `${alias}_`);
}

function shapeOf(manager: EntityManager, metadata: EntityMetadata): EntityShape {
  let shape = SHAPES.get(metadata);
  if (shape) return shape;
  // `find` tells subscribers and listeners that an entity was loaded; these reads do not,
  // so an entity that needs it must not come through here.
  const loadHooks =
    metadata.afterLoadListeners.length > 0 ||
    manager.connection.subscribers.some((s) => typeof s.afterLoad === 'function');
  if (loadHooks) throw new Error(`selectRows: ${metadata.name} has after-load hooks; use find`);
  const columns = metadata.columns.filter((c) => !c.isVirtual && c.isSelect);
  shape = {
    table: manager.connection.driver.escape(metadata.tableName),
    columns,
    byProperty: new Map(columns.map((c) => [c.propertyPath, c])),
    statements: new Map(),
  };
  SHAPES.set(metadata, shape);
  return shape;
}

function buildSelect<T>(
  manager: EntityManager,
  metadata: EntityMetadata,
  shape: EntityShape,
  where: RowFilter<T>,
  selection: RowSelection<T>,
): string {
  const escape = (name: string) => manager.connection.driver.escape(name);
  const column = (property: string) => {
    const found = shape.byProperty.get(property);
    if (!found) throw new Error(`selectRows: ${metadata.name} has no column ${property}`);
    return escape(found.databaseName);
  };
  const conditions = Object.entries(where).map(([property, value]) =>
    value === null ? `${column(property)} IS NULL` : `${column(property)} = ?`,
  );
  const order = Object.entries(selection.orderBy ?? {}).map(
    ([property, direction]) => `${column(property)} ${direction === 'DESC' ? 'DESC' : 'ASC'}`,
  );
  const type = manager.connection.options.type;
  return [
    `SELECT ${shape.columns.map((c) => escape(c.databaseName)).join(', ')} FROM ${shape.table}`,
    conditions.length ? `WHERE ${conditions.join(' AND ')}` : '',
    order.length ? `ORDER BY ${order.join(', ')}` : '',
    selection.limit !== undefined ? `LIMIT ${Math.trunc(selection.limit)}` : '',
    selection.forUpdate && (type === 'mysql' || type === 'mariadb') ? 'FOR UPDATE' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** As TypeORM's own result transformer fills an entity: each column through the driver. */
function hydrate<T>(
  manager: EntityManager,
  metadata: EntityMetadata,
  shape: EntityShape,
  row: Record<string, unknown>,
  prefix: string,
): T {
  const driver = manager.connection.driver;
  const entity = metadata.create(manager.queryRunner, { fromDeserializer: true }) as T & object;
  for (const column of shape.columns) {
    const value = row[prefix + column.databaseName];
    if (value === undefined) continue;
    column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
  }
  return entity;
}
