import type { Round } from '@app/contests';

export type JudgingWindowState = 'not_open' | 'open' | 'closed';

/**
 * Whether judges may change scores now. A round with no dates is open; a decided round
 * is closed whatever its dates say, since its scores are final.
 */
export function judgingWindowState(
  round: Pick<Round, 'judgingOpensAt' | 'judgingClosesAt' | 'decidedAt'>,
  now: Date,
): JudgingWindowState {
  if (round.decidedAt) return 'closed';
  if (round.judgingClosesAt && now.getTime() >= round.judgingClosesAt.getTime()) return 'closed';
  if (round.judgingOpensAt && now.getTime() < round.judgingOpensAt.getTime()) return 'not_open';
  return 'open';
}
