import type { TableCoverage } from './personal-data-contributor';

/** A table of the schema with its column names. */
export interface SchemaTable {
  table: string;
  columns: readonly string[];
}

/**
 * Column names that hold or point at a person (contact data, identity, a user reference).
 * A column with such a name must be declared with its erasure rule; a new one that is not
 * stops the app at start, so a new table or column cannot silently escape erasure.
 */
const LOOKS_PERSONAL = [
  /email$/i,
  /fullName$/i,
  /phone$/i,
  /dateOfBirth$/i,
  /gender$/i,
  /organization$/i,
  /district$/i,
  /userId$/i,
  /^ownerId$/,
  /^actorId$/,
  /[a-z]By$/,
];

export function looksPersonal(column: string): boolean {
  return LOOKS_PERSONAL.some((pattern) => pattern.test(column));
}

/**
 * What is wrong between the schema and the contributors' declarations: a table nobody
 * declares (or two do), a declared table or column that does not exist, or a column that
 * looks personal without a rule. Empty when every table is covered.
 */
export function coverageProblems(
  schema: readonly SchemaTable[],
  declarations: readonly TableCoverage[],
): string[] {
  const problems: string[] = [];
  const declared = new Map<string, TableCoverage>();
  for (const coverage of declarations) {
    if (declared.has(coverage.table)) problems.push(`${coverage.table}: declared twice`);
    declared.set(coverage.table, coverage);
  }
  const tables = new Map(schema.map((t) => [t.table, t]));
  for (const table of schema) {
    const coverage = declared.get(table.table);
    if (!coverage) {
      problems.push(`${table.table}: no personal-data contributor declares it`);
      continue;
    }
    for (const column of table.columns)
      if (looksPersonal(column) && !(column in coverage.personal))
        problems.push(`${table.table}.${column}: looks personal but has no erasure rule`);
  }
  for (const coverage of declarations) {
    const table = tables.get(coverage.table);
    if (!table) {
      problems.push(`${coverage.table}: declared but not in the schema`);
      continue;
    }
    for (const column of Object.keys(coverage.personal))
      if (!table.columns.includes(column))
        problems.push(`${coverage.table}.${column}: declared but not a column`);
  }
  return problems;
}
