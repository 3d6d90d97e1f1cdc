/** Scores are compared at this precision, so floating-point noise never splits a real tie. */
export const SCORE_DECIMALS = 4;

export function roundScore(score: number): number {
  const factor = 10 ** SCORE_DECIMALS;
  return Math.round(score * factor) / factor;
}

/**
 * Standard competition ranking ("1224"): equal scores share a rank and the next rank
 * skips. Breaking those ties is the advancement rule's tie-break chain, not the ranking's.
 * Entries without a score get no rank.
 */
export function competitionRanks(scores: Map<string, number | null>): Map<string, number | null> {
  const scored = [...scores].filter((pair): pair is [string, number] => pair[1] !== null);
  scored.sort((a, b) => b[1] - a[1]);
  const ranks = new Map<string, number | null>();
  for (const [id] of scores) ranks.set(id, null);
  scored.forEach(([id, score], index) => {
    const previous = index > 0 ? scored[index - 1] : null;
    ranks.set(id, previous && previous[1] === score ? ranks.get(previous[0])! : index + 1);
  });
  return ranks;
}
