import { CreateFoundationSchema1795686635855 as MysqlCreateFoundationSchema1795686635855 } from './mysql/1795686635855-CreateFoundationSchema';
import { CreateFoundationSchema1795686635763 as SqliteCreateFoundationSchema1795686635763 } from './sqlite/1795686635763-CreateFoundationSchema';
/** Migrations are listed explicitly so the bundled apps and the tests load the same set. */
export const MYSQL_MIGRATIONS: Function[] = [MysqlCreateFoundationSchema1795686635855];
export const SQLITE_MIGRATIONS: Function[] = [SqliteCreateFoundationSchema1795686635763];
