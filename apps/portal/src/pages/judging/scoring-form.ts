import type { SaveScoreDto } from '@app/judging';

/** Form field of a criterion's points; a plain name, since the form body parser has no nesting. */
export const scoreFieldName = (key: string) => `score__${key}`;

/**
 * The scoring form as a SaveScoreDto. Points are read as typed: an empty field is left out
 * (a partial draft), a decimal comma is accepted ("7,5" as written in Vietnam), anything
 * else that is not a number goes through as text so the rubric check names the criterion.
 */
export function scoreDtoOf(body: Record<string, unknown>, criterionKeys: string[]): SaveScoreDto {
  const scores: Record<string, unknown> = {};
  for (const key of criterionKeys) {
    const raw = body[scoreFieldName(key)];
    if (typeof raw !== 'string' || raw.trim() === '') continue;
    const text = raw.trim().replace(',', '.');
    scores[key] = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  }
  const text = (name: string) =>
    typeof body[name] === 'string' && (body[name] as string).trim() !== ''
      ? (body[name] as string).trim()
      : null;
  const version = Number(body.version);
  return {
    scores,
    commentForTeam: text('commentForTeam'),
    noteForOrganizers: text('noteForOrganizers'),
    version: Number.isInteger(version) && version > 0 ? version : undefined,
    submit: body.action === 'submit',
  };
}
