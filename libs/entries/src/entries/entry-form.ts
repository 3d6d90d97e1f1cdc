import type { ContestField } from '@app/contests';
import { DomainError, ErrorCode } from '@app/platform';
import type { FieldError } from '@app/platform';
import { mergeAnswers } from '../answers/answers-validation';
import type { QuestionRule } from '../answers/answers-validation';
import { normaliseTeam } from '../members/team-list';
import type { Owner, TeamMemberData } from '../members/team-list';
import type { EntryContentDto, TeamMemberDto } from './entry.dto';
import type { Entry } from './entry.entity';
import { FORM_FIELDS } from './entry-limits';

export interface FormContext {
  contestFields: ContestField[] | null;
  questions: readonly QuestionRule[];
  owner: Owner;
  /** The category named by `categoryKey`, resolved by the caller; null when it does not exist. */
  categoryId?: string | null;
}

export interface FormInput extends EntryContentDto {
  categoryKey?: string;
  applicantType?: Entry['applicantType'];
  title?: string;
}

export interface FormChanges {
  values: Partial<Entry>;
  /** The new team list, when it differs from the stored one. */
  members?: TeamMemberData[];
  /** Names of what changed, for the history. */
  changed: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Works out what an edit changes, validating what only the contest can tell (categories,
 * fields, questions, the team's leader). Throws VALIDATION_FAILED with every problem at once.
 */
export function applyForm(
  entry: Pick<Entry, FormFieldKeys | 'categoryId' | 'fieldKey' | 'answers'>,
  currentMembers: TeamMemberData[],
  input: FormInput,
  context: FormContext,
): FormChanges {
  const errors: FieldError[] = [];
  const values: Partial<Entry> = {};
  const changed: string[] = [];
  const set = <K extends keyof Entry>(key: K, value: Entry[K]) => {
    if (same(entry[key as keyof typeof entry], value)) return;
    values[key] = value;
    changed.push(key);
  };

  for (const field of FORM_FIELDS) {
    const value = input[field];
    if (value !== undefined) set(field, value as Entry[typeof field]);
  }
  if (input.categoryKey !== undefined) {
    if (!context.categoryId)
      errors.push({
        field: 'categoryKey',
        code: 'notChoice',
        messages: ['is not a category of this contest'],
      });
    else set('categoryId', context.categoryId);
  }
  if (input.fieldKey !== undefined) {
    const known = (context.contestFields ?? []).some((f) => f.key === input.fieldKey);
    if (input.fieldKey !== null && !known)
      errors.push({
        field: 'fieldKey',
        code: 'notChoice',
        messages: ['is not a field of this contest'],
      });
    else set('fieldKey', input.fieldKey);
  }
  if (input.answers !== undefined) {
    const merged = mergeAnswers(context.questions, entry.answers, input.answers);
    errors.push(...merged.errors);
    set('answers', merged.answers);
  }
  let members: TeamMemberData[] | undefined;
  if (input.members !== undefined) {
    const team = normaliseTeam(input.members as TeamMemberDto[], context.owner);
    errors.push(...team.errors);
    if (!same(team.members, currentMembers)) {
      members = team.members;
      changed.push('members');
    }
  }
  if (errors.length > 0)
    throw new DomainError(ErrorCode.VALIDATION_FAILED, 'The entry is not valid', errors);
  return { values, members, changed };
}

type FormFieldKeys = (typeof FORM_FIELDS)[number];
