/** Scores are compared at this precision, so floating-point noise never splits a real tie. */
export const SCORE_DECIMALS = 4;

export function roundScore(score: number): number {
  const factor = 10 ** SCORE_DECIMALS;
  return Math.round(score * factor) / factor;
}

/**
 * Standard competition ranking ("1224"), overall and within each group, from one sort:
 * equal scores share a rank and the next rank skips. Breaking those ties is the
 * advancement rule's tie-break chain, not the ranking's. `assign` is called once for every
 * item with a score; items without one get no call (no rank).
 */
export function assignCompetitionRanks<T>(
  items: readonly T[],
  scoreOf: (item: T) => number | null,
  groupOf: (item: T) => string,
  assign: (item: T, overall: number, inGroup: number) => void,
): void {
  const score = new Float64Array(items.length);
  const order: number[] = [];
  items.forEach((item, i) => {
    const s = scoreOf(item);
    if (s === null) return;
    score[i] = s;
    order.push(i);
  });
  order.sort((a, b) => score[b] - score[a]);
  // Per group: how many were ranked so far, and the last one's score and rank.
  const groups = new Map<string, { seen: number; score: number; rank: number }>();
  let overall = 0;
  order.forEach((i, position) => {
    if (position === 0 || score[i] !== score[order[position - 1]]) overall = position + 1;
    const key = groupOf(items[i]);
    const group = groups.get(key);
    let inGroup = 1;
    if (!group) groups.set(key, { seen: 1, score: score[i], rank: 1 });
    else {
      group.seen++;
      inGroup = group.score === score[i] ? group.rank : group.seen;
      group.score = score[i];
      group.rank = inGroup;
    }
    assign(items[i], overall, inGroup);
  });
}

/** Competition ranks of one list of scores; null for an entry without a score. */
export function competitionRanks(scores: Map<string, number | null>): Map<string, number | null> {
  const ranks = new Map<string, number | null>();
  for (const id of scores.keys()) ranks.set(id, null);
  assignCompetitionRanks(
    [...scores],
    ([, score]) => score,
    () => '',
    ([id], overall) => ranks.set(id, overall),
  );
  return ranks;
}
