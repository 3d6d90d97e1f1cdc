import { validateInput } from '@app/platform';
import type { FieldError } from '@app/platform';
import { ENTRY_FIELDS, UpdateEntryDto } from '@app/entries';
import type { EntryFieldSpec, EntryResponse, TeamMemberResponse } from '@app/entries';
import type { Message } from '../contests/contest-view';
import { fieldErrorKey, fieldErrorMessage } from '../i18n/field-errors';

/** Field path (`summary`, `members[1].email`, `answers.website`, `_form`) -> message. */
export type EntryFormErrors = Record<string, Message>;

export const MEMBER_FIELDS = ['fullName', 'email', 'dateOfBirth', 'gender', 'organization'];

/** Inputs of the form, each the column of the same name (fields kept as history are not). */
export const TEXT_FIELDS: readonly string[] = (ENTRY_FIELDS as readonly EntryFieldSpec[])
  .filter((spec) => !spec.history)
  .map((spec) => spec.key);

/** Empty means "not given" for dates and choices: the API would refuse an empty string. */
const EMPTY_IS_NULL = new Set<string>(
  ENTRY_FIELDS.filter((spec) => spec.kind === 'date' || spec.kind === 'choice').map(
    (spec) => spec.key,
  ),
);

/** What the form shows: strings only, as typed. */
export interface EntryFormValues {
  fields: Record<string, string>;
  answers: Record<string, string>;
  members: Record<string, string>[];
}

const MEMBER_NAME = /^members\[(\d{1,2})\]\[(\w+)\]$/;
const ANSWER_NAME = /^answers\[([a-z0-9][a-z0-9_-]{0,39})\]$/;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The urlencoded body of the edit form, as the form shows it again. */
export function formValuesOf(body: Record<string, unknown>): EntryFormValues {
  const fields: Record<string, string> = {};
  const answers: Record<string, string> = {};
  const rows = new Map<number, Record<string, string>>();
  for (const name of TEXT_FIELDS) fields[name] = text(body[name]);
  for (const [name, value] of Object.entries(body)) {
    const member = MEMBER_NAME.exec(name);
    if (member && MEMBER_FIELDS.includes(member[2])) {
      const index = Number(member[1]);
      rows.set(index, { ...(rows.get(index) ?? {}), [member[2]]: text(value) });
    }
    const answer = ANSWER_NAME.exec(name);
    if (answer) answers[answer[1]] = text(value);
  }
  const members = [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  return { fields, answers, members };
}

/** The stored entry, as the form shows it. */
export function formValuesOfEntry(entry: EntryResponse): EntryFormValues {
  const fields: Record<string, string> = {};
  const record = entry as unknown as Record<string, unknown>;
  for (const name of TEXT_FIELDS) fields[name] = record[name] == null ? '' : String(record[name]);
  const answers: Record<string, string> = {};
  for (const [key, value] of Object.entries(entry.answers ?? {}))
    answers[key] = value == null ? '' : String(value);
  return { fields, answers, members: entry.members.map(memberRow) };
}

function memberRow(member: TeamMemberResponse): Record<string, string> {
  return {
    fullName: member.fullName,
    email: member.email,
    dateOfBirth: member.dateOfBirth ?? '',
    gender: member.gender ?? '',
    organization: member.organization ?? '',
  };
}

const isBlankRow = (row: Record<string, string>) =>
  MEMBER_FIELDS.every((field) => !row[field]?.trim());

/**
 * The change to send to the entry service. The first row is the leader, the account holder
 * (whose e-mail the form does not let them change); rows left blank are dropped, which is
 * how a member is removed without JavaScript.
 */
export function toUpdate(
  values: EntryFormValues,
  ownerEmail: string,
): { ok: true; dto: UpdateEntryDto } | { ok: false; errors: EntryFormErrors } {
  const plain: Record<string, unknown> = {};
  for (const name of TEXT_FIELDS) {
    const value = values.fields[name];
    plain[name] = EMPTY_IS_NULL.has(name) && !value.trim() ? null : value;
  }
  if (!values.fields.applicantType) delete plain.applicantType;
  plain.answers = Object.fromEntries(
    Object.entries(values.answers).map(([key, value]) => [key, value.trim() ? value : null]),
  );
  plain.members = values.members
    .map((row, index) => ({ row, index }))
    .filter(({ row, index }) => index === 0 || !isBlankRow(row))
    .map(({ row, index }) => ({
      fullName: row.fullName ?? '',
      email: index === 0 ? ownerEmail : (row.email ?? ''),
      dateOfBirth: row.dateOfBirth?.trim() || null,
      gender: row.gender || null,
      organization: row.organization ?? '',
      role: index === 0 ? 'leader' : 'member',
    }));
  const checked = validateInput(UpdateEntryDto, plain);
  if (checked.ok) return { ok: true, dto: checked.value };
  // Row numbers of the form, not of the list without blank rows.
  const rowOf = values.members
    .map((row, index) => ({ row, index }))
    .filter(({ row, index }) => index === 0 || !isBlankRow(row))
    .map(({ index }) => index);
  return { ok: false, errors: validationErrors(checked.errors, rowOf) };
}

function validationErrors(problems: FieldError[], rowOf: number[]): EntryFormErrors {
  const errors: EntryFormErrors = {};
  for (const problem of problems) {
    // `members.2.email` of the DTO is `members[3].email` of the form (blank rows were left out).
    const path = problem.field.replace(
      /^members\.(\d+)/,
      (_all, index: string) => `members[${rowOf[Number(index)] ?? index}]`,
    );
    errors[path] = messageFor(path, problem);
  }
  return errors;
}

/** A wrongly written date reads better as "not a date" than as the generic code's message. */
function messageFor(path: string, problem: FieldError): Message {
  if (problem.code !== 'required' && /dateOfBirth|businessRegisteredOn/.test(path))
    return { key: fieldErrorKey('notDate') };
  return fieldErrorMessage(problem);
}
