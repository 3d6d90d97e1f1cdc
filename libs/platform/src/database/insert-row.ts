import type {
  EntityManager,
  EntityTarget,
  InsertResult,
  ObjectLiteral,
  QueryDeepPartialEntity,
} from 'typeorm';

/**
 * One INSERT of new rows, typed by the entity, that reads nothing back. `manager.save()`
 * would do the same write, but first builds its change sets and deep-copies every value (a
 * submission's snapshot is several kilobytes of JSON); `manager.insert()` asks the database
 * for the generated columns (`RETURNING` on MariaDB, a SELECT on SQLite). On the submit path
 * those were a fifth of TypeORM's CPU, for values nobody reads. `manager.insert()`'s types
 * also refuse a free-form JSON column (its values are `unknown`): the values are checked
 * against the entity here instead.
 */
export function insertRow<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  values: Partial<T> | Partial<T>[],
): Promise<InsertResult> {
  return manager
    .createQueryBuilder()
    .insert()
    .into(target)
    .values(values as QueryDeepPartialEntity<T> | QueryDeepPartialEntity<T>[])
    .updateEntity(false)
    .execute();
}
