import type { EntityManager, EntityMetadata } from 'typeorm';

export type ColumnMetadata = EntityMetadata['columns'][number];

/** Equality on columns; `null` reads `IS NULL`. Strings and numbers bind the same on both databases. */
export type RowFilter<T> = { [K in keyof T]?: Extract<T[K], string | number> | null };

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
 * A filter's part of a statement: the key of its shape (which columns, which are NULL), the
 * values to bind, and, built only when the shape is new, its WHERE clause.
 */
export function filterOf<T>(
  shape: EntityShape,
  where: RowFilter<T>,
): { key: string; parameters: Array<string | number>; clause: (manager: EntityManager) => string } {
  const parameters: Array<string | number> = [];
  let key = '';
  for (const [name, value] of Object.entries(where) as [string, unknown][]) {
    if (value === undefined) throw new Error(`${shape.metadata.name}.${name} is undefined`);
    if (value === null) key += `${name} null,`;
    else {
      key += `${name},`;
      parameters.push(value as string | number);
    }
  }
  const clause = (manager: EntityManager) => {
    const conditions = Object.entries(where).map(([property, value]) =>
      value === null
        ? `${columnOf(manager, shape, property)} IS NULL`
        : `${columnOf(manager, shape, property)} = ?`,
    );
    return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  };
  return { key, parameters, clause };
}

/** MySQL or MariaDB (row locks, their own SQL), as against SQLite. */
export function isMysqlFamily(manager: EntityManager): boolean {
  const type = manager.connection.options.type;
  return type === 'mysql' || type === 'mariadb';
}
