/** Combining marks left by NFD: Vietnamese tones and the circumflex, breve and horn. */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Text as a search compares it: lower-case, without diacritics (đ is d), with runs of
 * white space made one space. Stored folded columns and the user's query both go through
 * this one function, so "sa huynh", "SA HUỲNH" and "Sa Huỳnh" meet on both databases
 * (SQLite's LOWER knows only ASCII, and MariaDB's collations differ in what they fold).
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
