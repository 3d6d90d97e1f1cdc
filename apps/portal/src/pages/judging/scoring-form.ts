import { SaveScoreDto } from '@app/judging';
import { validateInput, type Validated } from '@app/platform';

/** Form field of a criterion's points; a plain name, since the form body parser has no nesting. */
export const scoreFieldName = (key: string) => `score__${key}`;

/**
 * The scoring form as a SaveScoreDto, checked with the API's rules (the comment limits
 * hold for a hand-made POST too, not only in the browser). Points are read as typed: an
 * empty field is left out (a partial draft), a decimal comma is accepted ("7,5" as
 * written in Vietnam), anything else that is not a number goes through as text so the
 * rubric check names the criterion.
 */
export function readScoreForm(
  body: Record<string, unknown>,
  criterionKeys: string[],
): Validated<SaveScoreDto> {
  const scores: Record<string, unknown> = {};
  for (const key of criterionKeys) {
    const raw = body[scoreFieldName(key)];
    if (typeof raw !== 'string' || raw.trim() === '') continue;
    const text = raw.trim().replace(',', '.');
    scores[key] = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  }
  // A repeated or non-text field is kept as sent, so the DTO refuses it rather than guess.
  const text = (name: string) =>
    typeof body[name] !== 'string' ? body[name] : (body[name] as string).trim() || null;
  const version = Number(body.version);
  return validateInput(SaveScoreDto, {
    scores,
    commentForTeam: text('commentForTeam') ?? null,
    noteForOrganizers: text('noteForOrganizers') ?? null,
    version: Number.isInteger(version) && version > 0 ? version : undefined,
    submit: body.action === 'submit',
  });
}
