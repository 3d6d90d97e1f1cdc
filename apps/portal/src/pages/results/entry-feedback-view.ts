import type { Locale } from '@app/platform';
import type { TeamFeedbackResponse } from '@app/results';
import { inLocale } from '../contests/contest-view';

/** The released rounds of an entry's page: each judge as a number, criteria in the reader's language. */
export function teamFeedbackRows(rounds: TeamFeedbackResponse[], locale: Locale) {
  return rounds.map((round) => ({
    roundId: round.roundId,
    name: inLocale(round, 'name', locale),
    scale: round.scale,
    reviews: round.reviews.map((review) => ({
      number: review.number,
      total: review.total,
      comment: review.comment,
      scores: round.criteria.map((c) => ({
        label: inLocale(c, 'label', locale),
        score: review.scores[c.key] ?? null,
        maxScore: c.maxScore,
      })),
    })),
  }));
}
