/**
 * Whether an entry has all the reviews its round asks for (`Round.reviewsPerEntry`). An
 * entry short of them is "under review": its totals can still move, so the ranking and
 * the advancement pages flag it rather than let a one-judge mean pass for a verdict.
 */
export interface ReviewCoverage {
  /** Submitted reviews counted in the ranking. */
  reviewsDone: number;
  reviewsRequired: number;
  underReview: boolean;
}

export function reviewCoverage(reviewsDone: number, reviewsRequired: number): ReviewCoverage {
  return { reviewsDone, reviewsRequired, underReview: reviewsDone < reviewsRequired };
}
