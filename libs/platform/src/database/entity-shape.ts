import type { EntityManager, EntityMetadata } from 'typeorm';

export type ColumnMetadata = EntityMetadata['columns'][number];

type Bindable<V> = Extract<V, string | number>;

/**
 * Equality on columns; `null` reads `IS NULL`, a list reads `IN (...)` (an empty list
 * matches nothing). Strings and numbers bind the same on both databases.
 */
export type RowFilter<T> = {
  [K in keyof T]?: Bindable<T[K]> | null | readonly Bindable<T[K]>[];
};

/** Statements with lists longer than this are built for the call and not kept. */
const KEPT_LIST_LENGTH = 32;

export type Target<T> = abstract new (...args: never[]) => T;

/**
 * What the plain-SQL reads and updates of an entity need (selectRows, updateRows), worked
 * out once per entity and data source.
 */
export interface EntityShape {
  metadata: EntityMetadata;
  table: string;
  /** The columns a plain `find` loads (no virtual ones, none marked `select: false`). */
  columns: readonly ColumnMetadata[];
  byProperty: ReadonlyMap<string, ColumnMetadata>;
  /** SQL of each statement shape already asked for. */
  statements: Map<string, string>;
  /**
   * Whether loading one should tell listeners or subscribers (`afterLoad`), which the plain
   * reads do not do. Subscribers are registered at start-up, before the first read.
   */
  hasLoadHooks: boolean;
}

const SHAPES = new WeakMap<EntityMetadata, EntityShape>();

export function shapeOf(manager: EntityManager, entity: Target<unknown>): EntityShape {
  const metadata = manager.connection.getMetadata(entity);
  let shape = SHAPES.get(metadata);
  if (shape) return shape;
  const columns = metadata.columns.filter((c) => !c.isVirtual && c.isSelect);
  shape = {
    metadata,
    table: manager.connection.driver.escape(metadata.tableName),
    columns,
    byProperty: new Map(columns.map((c) => [c.propertyPath, c])),
    statements: new Map(),
    hasLoadHooks:
      metadata.afterLoadListeners.length > 0 ||
      manager.connection.subscribers.some((s) => typeof s.afterLoad === 'function'),
  };
  SHAPES.set(metadata, shape);
  return shape;
}

/** The quoted column of a property, refusing a name the entity does not have. */
export function columnOf(manager: EntityManager, shape: EntityShape, property: string): string {
  const column = shape.byProperty.get(property);
  if (!column) throw new Error(`${shape.metadata.name} has no column ${property}`);
  return manager.connection.driver.escape(column.databaseName);
}

/**
 * A filter's part of a statement: the key of its shape (which columns, which are NULL, how
 * long each list is), the values to bind, whether a statement of this shape may be kept,
 * whether it can match anything at all, and, built only when the shape is new, its WHERE
 * clause.
 */
export function filterOf<T>(
  shape: EntityShape,
  where: RowFilter<T>,
): {
  key: string;
  parameters: Array<string | number>;
  keep: boolean;
  matchesNothing: boolean;
  clause: (manager: EntityManager) => string;
} {
  const parameters: Array<string | number> = [];
  let key = '';
  let keep = true;
  let matchesNothing = false;
  const entries = Object.entries(where) as [string, unknown][];
  for (const [name, value] of entries) {
    if (value === undefined) throw new Error(`${shape.metadata.name}.${name} is undefined`);
    if (value === null) key += `${name} null,`;
    else if (Array.isArray(value)) {
      key += `${name} in ${value.length},`;
      if (value.length === 0) matchesNothing = true;
      if (value.length > KEPT_LIST_LENGTH) keep = false;
      parameters.push(...(value as Array<string | number>));
    } else {
      key += `${name},`;
      parameters.push(value as string | number);
    }
  }
  const clause = (manager: EntityManager) => {
    const conditions = entries.map(([property, value]) => {
      const column = columnOf(manager, shape, property);
      if (value === null) return `${column} IS NULL`;
      if (Array.isArray(value)) return `${column} IN (${value.map(() => '?').join(', ')})`;
      return `${column} = ?`;
    });
    return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  };
  return { key, parameters, keep, matchesNothing, clause };
}

/** MySQL or MariaDB (row locks, their own SQL), as against SQLite. */
export function isMysqlFamily(manager: EntityManager): boolean {
  const type = manager.connection.options.type;
  return type === 'mysql' || type === 'mariadb';
}
