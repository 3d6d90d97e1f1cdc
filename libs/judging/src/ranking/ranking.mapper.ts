import { RANKING_METHODS } from '@app/contests';
import type { RankingMethod, Round } from '@app/contests';
import { roundScale } from './methods/review-totals';
import type { CutOffRule } from './method-sensitivity';
import type { StoredRanking } from './ranking.service';
import type { JudgeSeverity, RankedEntry, RankingContent } from './ranking.types';
import { reviewCoverage } from './review-coverage';
import type { ReviewCoverage } from './review-coverage';

/** A ranked entry with how far its reviews are from what the round asks for. */
export type RankingEntryResponse = RankedEntry & ReviewCoverage;

/** `GET /rounds/:id/ranking`: the latest stored ranking, every method side by side. Organizers only. */
export interface RankingResponse {
  roundId: string;
  /** False until the first recomputation of the round has been stored. */
  ready: boolean;
  /** A recomputation is requested or running: the ranking may still change. */
  recomputing: boolean;
  computedAt: string | null;
  scoreCount: number;
  scale: number;
  methods: readonly RankingMethod[];
  /** The method the round is decided on (the advancement rule's, weighted mean by default). */
  decidingMethod: RankingMethod;
  cutOff: CutOffRule | null;
  /** Reviews the round asks for per entry; entries with fewer are `underReview`. */
  reviewsRequired: number;
  entries: RankingEntryResponse[];
  judges: (JudgeSeverity & { fullName: string | null })[];
  methodSensitivity: RankingContent['methodSensitivity'];
}

export function toRankingResponse(
  round: Round,
  stored: StoredRanking | null,
  judgeNames: Map<string, string>,
  recomputing: boolean,
): RankingResponse {
  const rule = round.advancementRule;
  const cutOff =
    rule?.topNPerCategory != null || rule?.minTotal != null
      ? { topNPerCategory: rule.topNPerCategory ?? null, minTotal: rule.minTotal ?? null }
      : null;
  return {
    roundId: round.id,
    ready: stored !== null,
    recomputing,
    computedAt: stored ? stored.computedAt.toISOString() : null,
    scoreCount: stored?.scoreCount ?? 0,
    scale: stored?.content.scale ?? roundScale(round.criteria),
    methods: RANKING_METHODS,
    decidingMethod: rule?.method ?? 'weighted_mean',
    cutOff,
    reviewsRequired: round.reviewsPerEntry,
    entries: (stored?.content.entries ?? []).map((entry) => ({
      ...entry,
      ...reviewCoverage(entry.reviews, round.reviewsPerEntry),
    })),
    judges: (stored?.content.judges ?? []).map((judge) => ({
      ...judge,
      fullName: judgeNames.get(judge.judgeUserId) ?? null,
    })),
    methodSensitivity: stored?.content.methodSensitivity ?? [],
  };
}
