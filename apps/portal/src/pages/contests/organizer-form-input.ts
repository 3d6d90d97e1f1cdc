import { validateInput } from '@app/platform';
import type { FieldError } from '@app/platform';
import type { Message } from './contest-view';
import { fieldErrorKey, fieldErrorMessage } from '../i18n/field-errors';

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
  const result = validateInput(dtoClass, plain);
  if (result.ok) return result;
  const errors: OrganizerFormErrors = {};
  for (const error of result.errors) {
    const path = rowPath(error.field, rowIndex);
    errors[path] = messageOf(path, error);
  }
  return { ok: false, errors };
}

/** `criteria.2.weight` with the list's index turned back into the form's row number. */
function rowPath(field: string, rowIndex: Record<string, number[]>): string {
  const [list, index, ...rest] = field.split('.');
  const rows = rowIndex[list];
  if (!rows || index === undefined || !/^\d+$/.test(index)) return field;
  return [list, String(rows[Number(index)] ?? index), ...rest].join('.');
}

/** What an organizer is told to type where a value has the wrong form, by the input. */
const FORMAT_HINTS: [RegExp, string][] = [
  [/^slug$/, 'organizer.errors.slugFormat'],
  [/^codePrefix$/, 'organizer.errors.prefixFormat'],
  [/(^|\.)key$/, 'organizer.errors.keyFormat'],
];

function messageOf(path: string, error: FieldError): Message {
  if (error.code === 'notFormat' || error.code === 'invalid') {
    const hint = FORMAT_HINTS.find(([input]) => input.test(path));
    if (hint) return { key: hint[1] };
    if (/At$|Deadline$/.test(path)) return { key: fieldErrorKey('notDate') };
  }
  // An empty list of criteria: say which list, not only "add an item".
  if (error.code === 'tooFew' && path === 'criteria') return { key: fieldErrorKey('noCriterion') };
  return fieldErrorMessage(error);
}

/** Checks that required text inputs are not blank (a blank Markdown text passes the DTO). */
export function requireFilled(values: Row, names: readonly string[]): OrganizerFormErrors {
  const errors: OrganizerFormErrors = {};
  for (const name of names)
    if (!values[name]?.trim()) errors[name] = { key: fieldErrorKey('required') };
  return errors;
}
