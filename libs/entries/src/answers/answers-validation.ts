import type { FieldError, FieldErrorCode } from '@app/platform';
import { QuestionKind } from '@app/contests';
import type { ContestQuestion } from '@app/contests';
import type { EntryAnswers } from '../entries/entry.entity';
import { TEXT_LIMITS } from '../entries/entry-limits';

export type QuestionRule = Pick<ContestQuestion, 'key' | 'kind' | 'required' | 'options'>;

export interface AnswersResult {
  answers: EntryAnswers;
  errors: FieldError[];
}

type Problem = { code: FieldErrorCode; message: string };

const error = (key: string, problem: Problem): FieldError => ({
  field: `answers.${key}`,
  code: problem.code,
  messages: [problem.message],
});

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Checks one answer against its question; returns the value to store, or an error message. */
function checkAnswer(
  question: QuestionRule,
  raw: unknown,
): { value?: string | number; error?: Problem } {
  if (question.kind === QuestionKind.number) {
    const value = typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : raw;
    if (typeof value !== 'number' || !Number.isFinite(value))
      return { error: { code: 'notNumber', message: 'must be a number' } };
    return { value };
  }
  if (typeof raw !== 'string') return { error: { code: 'invalid', message: 'must be a string' } };
  const value = raw.trim();
  switch (question.kind) {
    case QuestionKind.shortText:
      return value.length > TEXT_LIMITS.shortAnswer
        ? {
            error: {
              code: 'tooLong',
              message: `must be at most ${TEXT_LIMITS.shortAnswer} characters`,
            },
          }
        : { value };
    case QuestionKind.longText:
      return value.length > TEXT_LIMITS.longAnswer
        ? {
            error: {
              code: 'tooLong',
              message: `must be at most ${TEXT_LIMITS.longAnswer} characters`,
            },
          }
        : { value };
    case QuestionKind.choice:
      return (question.options ?? []).includes(value)
        ? { value }
        : { error: { code: 'notChoice', message: 'must be one of the options' } };
    case QuestionKind.url:
      if (value.length > TEXT_LIMITS.urlAnswer)
        return {
          error: {
            code: 'tooLong',
            message: `must be at most ${TEXT_LIMITS.urlAnswer} characters`,
          },
        };
      return isHttpUrl(value)
        ? { value }
        : { error: { code: 'notUrl', message: 'must be an http or https link' } };
    default:
      return { error: { code: 'invalid', message: 'cannot be answered' } };
  }
}

/**
 * Merges submitted answers into the current ones: a key sets its answer, `null` or an empty
 * string clears it. Keys that are not questions of the contest are refused, so nothing
 * unknown is stored. Required answers are enforced at submission, not while drafting.
 */
export function mergeAnswers(
  questions: readonly QuestionRule[],
  current: EntryAnswers | null,
  submitted: Record<string, unknown>,
): AnswersResult {
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const answers: EntryAnswers = { ...(current ?? {}) };
  const errors: FieldError[] = [];
  for (const [key, raw] of Object.entries(submitted)) {
    const question = byKey.get(key);
    if (!question) {
      errors.push(
        error(key, { code: 'unknownField', message: 'is not a question of this contest' }),
      );
      continue;
    }
    if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
      delete answers[key];
      continue;
    }
    const checked = checkAnswer(question, raw);
    if (checked.error !== undefined) errors.push(error(key, checked.error));
    else answers[key] = checked.value ?? null;
  }
  // Answers to questions the contest no longer asks are dropped, not kept forever.
  for (const key of Object.keys(answers)) if (!byKey.has(key)) delete answers[key];
  return { answers, errors };
}

/** Keys of the required questions without an answer. */
export function missingRequiredAnswers(
  questions: readonly QuestionRule[],
  answers: EntryAnswers | null,
): string[] {
  return questions
    .filter((q) => q.required)
    .filter((q) => {
      const value = answers?.[q.key];
      return value === undefined || value === null || value === '';
    })
    .map((q) => q.key);
}
