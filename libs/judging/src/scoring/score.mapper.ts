import { toVietnamIsoOrNull } from '@app/platform';
import type { Score } from './score.entity';
import { totalOf } from './score-validation';

/** The judge's own score: points, total, both texts, status and the version to send back. */
export interface OwnScoreView {
  id: string;
  status: string;
  scores: Record<string, number>;
  total: number;
  commentForTeam: string | null;
  noteForOrganizers: string | null;
  version: number;
  submittedAt: string | null;
  updatedAt: string | null;
}

export function toOwnScoreView(score: Score): OwnScoreView {
  return {
    id: score.id,
    status: score.status,
    scores: score.values,
    total: totalOf(score.values),
    commentForTeam: score.commentForTeam,
    noteForOrganizers: score.noteForOrganizers,
    version: score.version,
    submittedAt: toVietnamIsoOrNull(score.submittedAt),
    updatedAt: toVietnamIsoOrNull(score.updatedAt),
  };
}
