import type { ContestAdminResponse, RoundResponse } from '@app/contests';
import { CreateRoundDto, RoundMode, UpdateRoundDto } from '@app/contests';
import {
  dateTimeInputs,
  decimalNumber,
  FormBody,
  isBlankRow,
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

const ROUND_INPUTS = [
  'position',
  'nameVi',
  'nameEn',
  'mode',
  'reviewsPerEntry',
  'maxLoadPerJudge',
  'opensDate',
  'opensTime',
  'closesDate',
  'closesTime',
  'version',
];
export const CRITERION_ROW = [
  'key',
  'labelVi',
  'labelEn',
  'guidanceVi',
  'guidanceEn',
  'weight',
  'maxScore',
] as const;

export interface RoundFormValues {
  inputs: Row;
  criteria: Row[];
}

/** Blank criterion rows a new round starts with. */
const NEW_ROUND_ROWS = 3;

export function roundFormValuesOf(body: FormBody): RoundFormValues {
  return { inputs: texts(body, ROUND_INPUTS), criteria: rowsOf(body, 'criteria', CRITERION_ROW) };
}

/** A new round: the next position, reviewed online three times, a few empty criteria. */
export function blankRoundValues(contest: ContestAdminResponse): RoundFormValues {
  const values = roundFormValuesOf({
    position: String(contest.rounds.length + 1),
    mode: RoundMode.online,
    reviewsPerEntry: '3',
  });
  for (let i = 0; i < NEW_ROUND_ROWS; i++) values.criteria.push({});
  return values;
}

/** The posted round form; disabled inputs are not sent, so a locked rubric shows as stored. */
export function postedRoundValues(body: FormBody, round: RoundResponse | null): RoundFormValues {
  const values = roundFormValuesOf(body);
  if (round?.rubricLocked) values.criteria = roundFormValuesOfRound(round).criteria;
  return values;
}

/** "Add a criterion" shows the form again with an empty row more, saving nothing. */
export function withCriterionAdded(body: FormBody, values: RoundFormValues) {
  if (body.action !== 'addCriterion') return undefined;
  return { ...values, criteria: [...values.criteria, {}] };
}

export function roundFormValuesOfRound(round: RoundResponse): RoundFormValues {
  const opens = dateTimeInputs(round.judgingOpensAt);
  const closes = dateTimeInputs(round.judgingClosesAt);
  return {
    inputs: {
      position: String(round.position),
      nameVi: round.nameVi,
      nameEn: round.nameEn,
      mode: round.mode,
      reviewsPerEntry: String(round.reviewsPerEntry),
      maxLoadPerJudge: round.maxLoadPerJudge === null ? '' : String(round.maxLoadPerJudge),
      opensDate: opens.date,
      opensTime: opens.time,
      closesDate: closes.date,
      closesTime: closes.time,
      version: String(round.version),
    },
    criteria: round.criteria.map((c) => ({
      key: c.key,
      labelVi: c.labelVi,
      labelEn: c.labelEn,
      guidanceVi: c.guidanceVi ?? '',
      guidanceEn: c.guidanceEn ?? '',
      weight: String(c.weight),
      maxScore: String(c.maxScore),
    })),
  };
}

/**
 * The round form as the service's DTO. A locked rubric is not sent at all (its inputs are
 * disabled), so the rest of the round can still be edited; the version read with the form
 * goes along so a change by someone else meanwhile is refused rather than overwritten.
 */
export function toRoundDto<T extends CreateRoundDto | UpdateRoundDto>(
  values: RoundFormValues,
  dtoClass: new () => T,
  options: { withCriteria: boolean; withVersion: boolean },
): Validated<T> {
  const v = values.inputs;
  const errors: OrganizerFormErrors = requireFilled(v, ['position', 'nameVi', 'nameEn']);
  const opens = vietnamIsoOf(v.opensDate, v.opensTime, '00:00');
  const closes = vietnamIsoOf(v.closesDate, v.closesTime, '23:59');
  if (opens === undefined) errors.judgingOpensAt = { key: 'fieldErrors.notDate' };
  if (closes === undefined) errors.judgingClosesAt = { key: 'fieldErrors.notDate' };
  const plain: Record<string, unknown> = {
    position: wholeNumber(v.position) ?? '',
    nameVi: v.nameVi,
    nameEn: v.nameEn,
    mode: v.mode,
    reviewsPerEntry: wholeNumber(v.reviewsPerEntry) ?? 3,
    // Left empty, the round has no maximum load per judge.
    maxLoadPerJudge: wholeNumber(v.maxLoadPerJudge),
    judgingOpensAt: opens ?? null,
    judgingClosesAt: closes ?? null,
  };
  const kept = values.criteria
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => !isBlankRow(row));
  if (options.withCriteria)
    plain.criteria = kept.map(({ row }) => ({
      key: row.key ?? '',
      labelVi: row.labelVi ?? '',
      labelEn: row.labelEn ?? '',
      guidanceVi: row.guidanceVi?.trim() ? row.guidanceVi : null,
      guidanceEn: row.guidanceEn?.trim() ? row.guidanceEn : null,
      weight: decimalNumber(row.weight) ?? '',
      maxScore: wholeNumber(row.maxScore) ?? '',
    }));
  if (options.withVersion) plain.version = wholeNumber(v.version) ?? undefined;
  const result = validateAs(dtoClass, plain, { criteria: kept.map(({ index }) => index) });
  const all = { ...(result.ok ? {} : result.errors), ...errors };
  if (Object.keys(all).length > 0) return { ok: false, errors: all };
  return result;
}

/** A new round's DTO, or an edited one's with its version and, unless locked, its rubric. */
export function toNewOrEditedRoundDto(
  values: RoundFormValues,
  round: RoundResponse | null,
): Validated<CreateRoundDto | UpdateRoundDto> {
  return round
    ? toRoundDto(values, UpdateRoundDto, { withCriteria: !round.rubricLocked, withVersion: true })
    : toRoundDto(values, CreateRoundDto, { withCriteria: true, withVersion: false });
}

/** The most the rubric as typed can give (weight x max score), for the "out of 100" check. */
export function rubricTotal(criteria: Row[]): number | null {
  let total = 0;
  for (const row of criteria) {
    if (isBlankRow(row)) continue;
    const weight = decimalNumber(row.weight);
    const max = wholeNumber(row.maxScore);
    if (typeof weight !== 'number' || typeof max !== 'number') return null;
    total += weight * max;
  }
  return Math.round(total * 100) / 100;
}
