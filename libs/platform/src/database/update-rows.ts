import type { EntityManager } from 'typeorm';
import { columnOf, filterOf, isMysqlFamily, shapeOf } from './entity-shape';
import type { ColumnMetadata, RowFilter, Target } from './entity-shape';

/** SQLite's driver wraps JSON values in json() (not part of TypeORM's Driver interface). */
interface SqliteJson {
  wrapWithJsonFunction(value: string, column: ColumnMetadata, jsonb?: boolean): string;
}

/**
 * Sets columns of the rows that match a filter, as `manager.update(Entity, where, values)`
 * does: each value through the driver's own conversion (JSON, dates, booleans, column
 * transformers), the update-date column set to CURRENT_TIMESTAMP and the version column
 * incremented unless given. Returns the affected rows as `manager.update` reports them.
 * The SQL of each shape is built once; TypeORM's update builder names, looks up and
 * replaces every parameter on each call, which the submit paid on every request.
 */
export async function updateRows<T>(
  manager: EntityManager,
  entity: Target<T>,
  where: RowFilter<T>,
  values: Partial<T>,
): Promise<number> {
  const shape = shapeOf(manager, entity);
  const filter = filterOf(shape, where);
  const properties = Object.keys(values);
  if (properties.length === 0)
    throw new Error(`updateRows: nothing to set on ${shape.metadata.name}`);
  if (filter.matchesNothing) return 0;
  const key = `update ${properties.join()}|${filter.key}`;
  let sql = shape.statements.get(key);
  if (sql === undefined) {
    const { metadata } = shape;
    const driver = manager.connection.driver;
    const set = properties.map((property) => {
      const column = shape.byProperty.get(property);
      if (!column?.isUpdate)
        throw new Error(`${metadata.name} has no updatable column ${property}`);
      // SQLite stores JSON columns through json() as TypeORM's own update does.
      const sqlite = driver as Partial<SqliteJson>;
      const placeholder =
        !isMysqlFamily(manager) && sqlite.wrapWithJsonFunction
          ? sqlite.wrapWithJsonFunction('?', column, true)
          : '?';
      return `${columnOf(manager, shape, property)} = ${placeholder}`;
    });
    const escape = (name: string) => driver.escape(name);
    const { versionColumn, updateDateColumn } = metadata;
    if (versionColumn && !properties.includes(versionColumn.propertyPath))
      set.push(`${escape(versionColumn.databaseName)} = ${escape(versionColumn.databaseName)} + 1`);
    if (updateDateColumn && !properties.includes(updateDateColumn.propertyPath))
      set.push(`${escape(updateDateColumn.databaseName)} = CURRENT_TIMESTAMP`);
    sql = `UPDATE ${shape.table} SET ${set.join(', ')} ${filter.clause(manager)}`.trim();
    if (filter.keep) shape.statements.set(key, sql);
  }
  const driver = manager.connection.driver;
  const parameters = [
    ...properties.map((property) => {
      const column = shape.byProperty.get(property)!;
      return driver.preparePersistentValue(column.getEntityValue(values), column) as unknown;
    }),
    ...filter.parameters,
  ];
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const result = await runner.query(sql, parameters, true);
    return result.affected ?? 0;
  } finally {
    if (runner !== manager.queryRunner) await runner.release();
  }
}
