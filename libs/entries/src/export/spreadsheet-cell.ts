/**
 * Cell values that leave the platform in a spreadsheet. A value a team typed (a title, a
 * name) is data, but Excel and LibreOffice treat a cell starting with `=`, `+`, `-` or `@`
 * as a formula, and a leading tab or carriage return can hide such a character; so those
 * cells get a leading apostrophe and stay text, in XLSX and in CSV alike.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

export function neutraliseCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return value.length > 0 && FORMULA_TRIGGERS.has(value[0]) ? `'${value}` : value;
}

/** One CSV field as RFC 4180 wants it: quoted when it holds a quote, comma or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV record, neutralised and quoted, ending with CRLF (RFC 4180). */
export function csvRecord(values: ReadonlyArray<string | null | undefined>): string {
  return `${values.map((value) => csvField(neutraliseCell(value))).join(',')}\r\n`;
}

/** Excel needs the byte order mark to read a CSV file as UTF-8 (Vietnamese otherwise garbles). */
export const UTF8_BOM = '\uFEFF';

/** `QNG5-entries-2026-11-26.xlsx`: only characters that are safe in any file system and header. */
export function exportFileName(codePrefix: string, localDate: string, extension: string): string {
  const prefix = codePrefix.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 24) || 'contest';
  return `${prefix}-entries-${localDate}.${extension}`;
}
