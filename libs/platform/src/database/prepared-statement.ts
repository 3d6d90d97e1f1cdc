import { type EntityManager, QueryFailedError } from 'typeorm';
import { isMysqlFamily } from './entity-shape';

/** The part of a mysql2 connection this file uses. */
interface Mysql2Connection {
  promise(): { execute(sql: string, values: unknown[]): Promise<unknown> };
}

/**
 * Runs one statement in the manager's transaction with its parameters sent apart from the
 * SQL: a server-side prepared statement on MySQL/MariaDB. TypeORM's queries use the text
 * protocol, which escapes every parameter into the SQL character by character; for a
 * value of megabytes (a stored ranking of 5,000 entries) that cost more than the
 * database's own work. SQLite binds parameters anyway, so there it is the plain query, as
 * it is outside a transaction. Write the SQL in the dialect both understand (unquoted
 * names that are not keywords, `?` placeholders).
 */
export async function executePrepared(
  manager: EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<void> {
  const runner = manager.queryRunner;
  if (!runner || !isMysqlFamily(manager)) {
    await manager.query(sql, parameters);
    return;
  }
  const connection = (await runner.connect()) as Mysql2Connection;
  try {
    await connection.promise().execute(sql, parameters);
  } catch (error) {
    // As TypeORM's own queries fail: the driver's error inside, a stack through the callers
    // (the driver captures none, see `trace` in database-options.ts).
    throw new QueryFailedError(sql, parameters, error as Error);
  }
}
