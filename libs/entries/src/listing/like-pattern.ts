/** The escape character of every LIKE this feature writes: the same on MariaDB and SQLite. */
export const LIKE_ESCAPE = '!';

/**
 * A LIKE pattern matching `text` anywhere, with the user's `%` and `_` taken literally.
 * `!` rather than a backslash escapes, since a backslash means different things in
 * MariaDB and SQLite string literals.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `${LIKE_ESCAPE}${c}`)}%`;
}
