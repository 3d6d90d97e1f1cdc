import type { RoundVisibility } from '@app/contests';

/** Another judge's submitted score as a judge may see it: a number instead of a name. */
export interface AnonymousScoreView {
  /** "Giám khảo 1", "Judge 1": numbered by submission order, never by identity. */
  judgeNumber: number;
  scores: Record<string, number>;
  total: number;
}

export interface PeerScore {
  judgeUserId: string;
  values: Record<string, number>;
  total: number;
  submittedAt: Date | null;
}

/**
 * What a judge may see of the other judges' scores of an entry. Safe default: nothing.
 * With `judgesSeeOthersAfterSubmitting`, the other submitted scores, once the judge's own
 * is submitted, without names, comments or notes. Null means "not shown" (which also
 * hides how many others there are).
 */
export function visiblePeerScores(
  visibility: RoundVisibility | null,
  ownSubmitted: boolean,
  viewerId: string,
  peers: readonly PeerScore[],
): AnonymousScoreView[] | null {
  if (!visibility?.judgesSeeOthersAfterSubmitting || !ownSubmitted) return null;
  return peers
    .filter((peer) => peer.judgeUserId !== viewerId && peer.submittedAt)
    .sort((a, b) => a.submittedAt!.getTime() - b.submittedAt!.getTime())
    .map((peer, index) => ({ judgeNumber: index + 1, scores: peer.values, total: peer.total }));
}
