import {
  APPLICANT_TYPES,
  CreateContestDto,
  MEMBER_CONFIRMATION_RULES,
  UpdateContestDto,
} from '@app/contests';
import type { ContestAdminResponse, EligibilityRules } from '@app/contests';
import {
  dateTimeInputs,
  FormBody,
  isBlankRow,
  list,
  OrganizerFormErrors,
  requireFilled,
  Row,
  rowsOf,
  texts,
  validateAs,
  Validated,
  vietnamIsoOf,
  wholeNumber,
} from './organizer-form-input';
import { amountOf } from './prize-amount';

const CONTEST_INPUTS = [
  'slug',
  'codePrefix',
  'nameVi',
  'nameEn',
  'kind',
  'descriptionVi',
  'descriptionEn',
  'rulesVi',
  'rulesEn',
  'opensDate',
  'opensTime',
  'deadlineDate',
  'deadlineTime',
  'graceMinutes',
  'blindJudging',
] as const;

export const ELIGIBILITY_NUMBERS = [
  'minAge',
  'maxAge',
  'teamSizeMin',
  'teamSizeMax',
  'startupMaxAgeYears',
] as const;
export const ELIGIBILITY_FLAGS = ['organizationRequired', 'onePersonOneEntry'] as const;
/** Choices among named values; empty means the default (or, on a category, the contest's). */
export const ELIGIBILITY_CHOICES = { memberConfirmation: MEMBER_CONFIRMATION_RULES } as const;
const ELIGIBILITY_INPUTS = [
  ...ELIGIBILITY_NUMBERS,
  ...ELIGIBILITY_FLAGS,
  ...Object.keys(ELIGIBILITY_CHOICES),
];

export const FIELD_ROW = ['key', 'labelVi', 'labelEn'] as const;
/**
 * A row of the contest's one prize list; `id` (hidden) keeps an existing prize, so its
 * awards keep pointing at it. A row emptied of everything but its id removes the prize.
 */
export const PRIZE_ROW = ['id', 'kind', 'nameVi', 'nameEn', 'quantity', 'amount'] as const;

const REQUIRED = [
  'slug',
  'codePrefix',
  'nameVi',
  'nameEn',
  'kind',
  'descriptionVi',
  'descriptionEn',
];

/** What the contest form shows: strings as typed, the rows of fields and prizes. */
export interface ContestFormValues {
  inputs: Row;
  eligibility: Row;
  applicantTypes: string[];
  fieldRows: Row[];
  prizeRows: Row[];
}

/** Eligibility inputs (shared with the category form, whose values override the contest's). */
export function eligibilityInputsOf(body: FormBody): {
  eligibility: Row;
  applicantTypes: string[];
} {
  return {
    eligibility: texts(body, ELIGIBILITY_INPUTS),
    applicantTypes: list(body, 'applicantTypes'),
  };
}

export function eligibilityInputsOfRules(rules: EligibilityRules | null | undefined) {
  const eligibility: Row = {};
  for (const name of ELIGIBILITY_NUMBERS)
    eligibility[name] = rules?.[name] == null ? '' : String(rules[name]);
  for (const name of ELIGIBILITY_FLAGS) eligibility[name] = rules?.[name] ? 'on' : '';
  eligibility.memberConfirmation = rules?.memberConfirmation ?? '';
  return { eligibility, applicantTypes: [...(rules?.applicantTypes ?? [])] as string[] };
}

/** The eligibility object the services take; unticked boxes and empty numbers mean "no rule". */
export function eligibilityPlain(eligibility: Row, applicantTypes: string[]) {
  const plain: Record<string, unknown> = {};
  const types = applicantTypes.filter((type) =>
    (APPLICANT_TYPES as readonly string[]).includes(type),
  );
  if (types.length > 0) plain.applicantTypes = types;
  for (const name of ELIGIBILITY_NUMBERS) plain[name] = wholeNumber(eligibility[name]);
  for (const name of ELIGIBILITY_FLAGS) if (eligibility[name]) plain[name] = true;
  // An unknown value goes to the DTO as typed, whose validation names the field.
  if (eligibility.memberConfirmation) plain.memberConfirmation = eligibility.memberConfirmation;
  return plain;
}

export function contestFormValuesOf(body: FormBody): ContestFormValues {
  return {
    inputs: texts(body, CONTEST_INPUTS),
    ...eligibilityInputsOf(body),
    fieldRows: rowsOf(body, 'fields', FIELD_ROW),
    prizeRows: rowsOf(body, 'prizes', PRIZE_ROW),
  };
}

export function contestFormValuesOfContest(contest: ContestAdminResponse): ContestFormValues {
  const opens = dateTimeInputs(contest.registrationOpensAt);
  const deadline = dateTimeInputs(contest.submissionDeadline);
  return {
    inputs: {
      slug: contest.slug,
      codePrefix: contest.codePrefix,
      nameVi: contest.nameVi,
      nameEn: contest.nameEn,
      kind: contest.kind,
      descriptionVi: contest.descriptionVi,
      descriptionEn: contest.descriptionEn,
      rulesVi: contest.rulesVi ?? '',
      rulesEn: contest.rulesEn ?? '',
      opensDate: opens.date,
      opensTime: opens.time,
      deadlineDate: deadline.date,
      deadlineTime: deadline.time,
      graceMinutes: String(contest.graceMinutes),
      blindJudging: contest.blindJudging ? 'on' : '',
    },
    ...eligibilityInputsOfRules(contest.eligibility),
    fieldRows: contest.fields.map((f) => ({ key: f.key, labelVi: f.labelVi, labelEn: f.labelEn })),
    prizeRows: contest.prizes.map((p) => ({
      id: p.id,
      kind: p.kind,
      nameVi: p.nameVi,
      nameEn: p.nameEn,
      quantity: String(p.quantity),
      amount: String(p.amount),
    })),
  };
}

/** The blank-row-free list and, for each item, its row number in the form. */
function keptRows(rows: Row[]): { rows: Row[]; index: number[] } {
  const kept = rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => !isBlankRow({ ...row, id: '' }));
  return { rows: kept.map(({ row }) => row), index: kept.map(({ index }) => index) };
}

/** The form as the contest service's DTO (create or update), or the errors to show. */
export function toContestDto<T extends CreateContestDto | UpdateContestDto>(
  values: ContestFormValues,
  dtoClass: new () => T,
): Validated<T> {
  const v = values.inputs;
  const errors: OrganizerFormErrors = requireFilled(v, REQUIRED);
  const opens = vietnamIsoOf(v.opensDate, v.opensTime, '00:00');
  const deadline = vietnamIsoOf(v.deadlineDate, v.deadlineTime, '23:59');
  if (opens === undefined) errors.registrationOpensAt = { key: 'fieldErrors.notDate' };
  if (deadline === undefined) errors.submissionDeadline = { key: 'fieldErrors.notDate' };
  const fields = keptRows(values.fieldRows);
  const prizes = keptRows(values.prizeRows);
  const plain: Record<string, unknown> = {
    slug: v.slug,
    codePrefix: v.codePrefix.trim().toUpperCase(),
    nameVi: v.nameVi,
    nameEn: v.nameEn,
    kind: v.kind,
    descriptionVi: v.descriptionVi,
    descriptionEn: v.descriptionEn,
    rulesVi: v.rulesVi.trim() ? v.rulesVi : null,
    rulesEn: v.rulesEn.trim() ? v.rulesEn : null,
    registrationOpensAt: opens ?? null,
    submissionDeadline: deadline ?? null,
    graceMinutes: wholeNumber(v.graceMinutes) ?? 0,
    blindJudging: Boolean(v.blindJudging),
    eligibility: eligibilityPlain(values.eligibility, values.applicantTypes),
    fields: fields.rows.map((row) => ({
      key: row.key ?? '',
      labelVi: row.labelVi ?? '',
      labelEn: row.labelEn ?? '',
    })),
    prizes: prizes.rows.map((row) => ({
      ...(row.id?.trim() ? { id: row.id.trim() } : {}),
      kind: row.kind ?? '',
      nameVi: row.nameVi ?? '',
      nameEn: row.nameEn ?? '',
      quantity: wholeNumber(row.quantity) ?? '',
      // An empty amount is a prize without money (a commendation).
      amount: amountOf(row.amount ?? '') ?? 0,
    })),
  };
  const result = validateAs(dtoClass, plain, { fields: fields.index, prizes: prizes.index });
  const all = { ...(result.ok ? {} : result.errors), ...errors };
  if (Object.keys(all).length > 0) return { ok: false, errors: all };
  return result;
}
