import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import type { Message } from './contest-view';

/** Field path (`slug`, `fields.1.key`, `criteria.0.weight`, `_form`) -> message. */
export type OrganizerFormErrors = Record<string, Message>;
export type FormBody = Record<string, unknown>;
export type Row = Record<string, string>;

/** Where a message about the whole form goes. */
export const FORM_LEVEL = '_form';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** A single value of a urlencoded body; a repeated name counts as its first value. */
export function text(body: FormBody, name: string): string {
  const value = body[name];
  if (typeof value === 'string') return value;
  return Array.isArray(value) && typeof value[0] === 'string' ? value[0] : '';
}

/** Every value of a repeated name (a group of checkboxes). */
export function list(body: FormBody, name: string): string[] {
  const value = body[name];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function texts(body: FormBody, names: readonly string[]): Row {
  return Object.fromEntries(names.map((name) => [name, text(body, name)]));
}

/** Rows named `prefix[2][key]`, in row order; the form may have gaps after blank rows. */
export function rowsOf(body: FormBody, prefix: string, fields: readonly string[]): Row[] {
  const pattern = new RegExp(`^${prefix}\\[(\\d{1,2})\\]\\[(\\w+)\\]$`);
  const rows = new Map<number, Row>();
  for (const [name, value] of Object.entries(body)) {
    const match = pattern.exec(name);
    if (!match || !fields.includes(match[2])) continue;
    const index = Number(match[1]);
    rows.set(index, {
      ...(rows.get(index) ?? {}),
      [match[2]]: typeof value === 'string' ? value : '',
    });
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

export const isBlankRow = (row: Row) => Object.values(row).every((value) => !value?.trim());

/** A whole number as typed, null when empty, or the text itself so validation calls it invalid. */
export function wholeNumber(value: string | undefined): number | string | null {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') return null;
  return /^-?\d{1,15}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** A decimal number (`1`, `0.5`, `1,5`), null when empty, the text itself when not a number. */
export function decimalNumber(value: string | undefined): number | string | null {
  const trimmed = (value ?? '').trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^\d{1,6}(\.\d{1,6})?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * A date and a time typed in Vietnam time, as the ISO 8601 instant the services take
 * (`2027-03-31T23:59:00+07:00`); null when the date is empty, undefined when unreadable.
 */
export function vietnamIsoOf(
  date: string,
  time: string,
  defaultTime: string,
): string | null | undefined {
  const d = date.trim();
  const t = time.trim() || defaultTime;
  if (d === '') return null;
  if (!DATE.test(d) || !TIME.test(t) || Number.isNaN(Date.parse(`${d}T${t}:00+07:00`)))
    return undefined;
  return `${d}T${t}:00+07:00`;
}

/** The date and time inputs of an ISO instant the services gave in Vietnam time (+07:00). */
export function dateTimeInputs(iso: string | null | undefined): { date: string; time: string } {
  if (!iso) return { date: '', time: '' };
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: OrganizerFormErrors };

/**
 * Validates a plain object against a service DTO the way the API's pipe does, returning
 * field errors by path; `rowIndex` maps a list's index back to the form's row number
 * (blank rows are dropped before validation).
 */
export function validateAs<T extends object>(
  dtoClass: new () => T,
  plain: Record<string, unknown>,
  rowIndex: Record<string, number[]> = {},
): Validated<T> {
  const dto = plainToInstance(dtoClass, plain);
  const problems = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (problems.length === 0) return { ok: true, value: dto };
  const errors: OrganizerFormErrors = {};
  const walk = (problem: ValidationError, path: string) => {
    if (problem.constraints) errors[path] = messageOf(path, problem);
    for (const child of problem.children ?? []) {
      const index = Number(child.property);
      const rows = rowIndex[path];
      const part = Number.isInteger(index) && rows ? String(rows[index] ?? index) : child.property;
      walk(child, `${path}.${part}`);
    }
  };
  for (const problem of problems) walk(problem, problem.property);
  return { ok: false, errors };
}

const RANGE_CONSTRAINTS = ['isInt', 'min', 'max', 'isNumber', 'isPositive'];

function messageOf(path: string, problem: ValidationError): Message {
  const constraints = Object.keys(problem.constraints ?? {});
  const value = problem.value as unknown;
  if (value === undefined || value === null || value === '') return { key: 'validation.required' };
  if (constraints.includes('maxLength')) return { key: 'validation.tooLong' };
  if (constraints.includes('arrayUnique')) return { key: 'organizer.errors.duplicateKey' };
  if (constraints.includes('arrayMinSize')) return { key: 'organizer.errors.criteriaRequired' };
  if (constraints.some((name) => RANGE_CONSTRAINTS.includes(name)))
    return { key: 'organizer.errors.outOfRange' };
  if (/At$|Deadline$/.test(path)) return { key: 'validation.date' };
  if (path === 'slug') return { key: 'organizer.errors.slugFormat' };
  if (path === 'codePrefix') return { key: 'organizer.errors.prefixFormat' };
  if (/(^|\.)key$/.test(path)) return { key: 'organizer.errors.keyFormat' };
  return { key: 'validation.invalid' };
}

/** Checks that required text inputs are not blank (a blank Markdown text passes the DTO). */
export function requireFilled(values: Row, names: readonly string[]): OrganizerFormErrors {
  const errors: OrganizerFormErrors = {};
  for (const name of names)
    if (!values[name]?.trim()) errors[name] = { key: 'validation.required' };
  return errors;
}
