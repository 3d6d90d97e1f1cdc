import { toVietnamIsoOrNull } from '@app/platform';
import type { Criterion, Round, RoundMode } from './round.entity';
import type { AdvancementRule } from './round-policy';

/** What anyone may know of a round: its name, mode, window and what is scored out of what. */
export interface PublicRoundResponse {
  id: string;
  position: number;
  nameVi: string;
  nameEn: string;
  mode: RoundMode;
  judgingOpensAt: string | null;
  judgingClosesAt: string | null;
  criteria: Pick<Criterion, 'key' | 'labelVi' | 'labelEn' | 'maxScore'>[];
}

/** The organizers' view: the whole rubric, reviews per entry, lock and version. */
export interface RoundResponse extends Omit<PublicRoundResponse, 'criteria'> {
  contestId: string;
  reviewsPerEntry: number;
  /** The most entries one judge reviews in the round; null for no limit. */
  maxLoadPerJudge: number | null;
  criteria: Criterion[];
  /** Once a score exists the rubric cannot change. */
  rubricLocked: boolean;
  rubricLockedAt: string | null;
  advancementRule: AdvancementRule | null;
  /** When the advancement decision was made; the round is final after it. */
  decidedAt: string | null;
  /** Send it back in a PATCH to be told (409 STALE_VERSION) when someone changed the round meanwhile. */
  version: number;
  updatedAt: string;
}

export function toPublicRoundResponse(round: Round): PublicRoundResponse {
  return {
    id: round.id,
    position: round.position,
    nameVi: round.nameVi,
    nameEn: round.nameEn,
    mode: round.mode,
    judgingOpensAt: toVietnamIsoOrNull(round.judgingOpensAt),
    judgingClosesAt: toVietnamIsoOrNull(round.judgingClosesAt),
    criteria: round.criteria.map(({ key, labelVi, labelEn, maxScore }) => ({
      key,
      labelVi,
      labelEn,
      maxScore,
    })),
  };
}

export function toRoundResponse(round: Round): RoundResponse {
  return {
    ...toPublicRoundResponse(round),
    contestId: round.contestId,
    reviewsPerEntry: round.reviewsPerEntry,
    maxLoadPerJudge: round.maxLoadPerJudge ?? null,
    criteria: round.criteria.map((c) => ({
      key: c.key,
      labelVi: c.labelVi,
      labelEn: c.labelEn,
      guidanceVi: c.guidanceVi ?? null,
      guidanceEn: c.guidanceEn ?? null,
      weight: c.weight,
      maxScore: c.maxScore,
    })),
    rubricLocked: round.rubricLockedAt !== null,
    rubricLockedAt: toVietnamIsoOrNull(round.rubricLockedAt),
    advancementRule: round.advancementRule ?? null,
    decidedAt: toVietnamIsoOrNull(round.decidedAt),
    version: round.version,
    updatedAt: new Date(round.updatedAt).toISOString(),
  };
}
