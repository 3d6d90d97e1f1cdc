import { assignCompetitionRanks, competitionRanks, roundScore } from './competition-rank';

describe('competition ranking', () => {
  it('shares ranks on ties and skips after them (1, 2, 2, 4)', () => {
    const ranks = competitionRanks(
      new Map<string, number | null>([
        ['d', 70],
        ['b', 80],
        ['a', 90],
        ['c', 80],
        ['e', null],
      ]),
    );
    expect(Object.fromEntries(ranks)).toEqual({ a: 1, b: 2, c: 2, d: 4, e: null });
  });

  it('does not split ties on floating-point noise once scores are rounded', () => {
    const a = roundScore(0.1 + 0.2);
    const b = roundScore(0.3);
    expect(
      Object.fromEntries(
        competitionRanks(
          new Map([
            ['a', a],
            ['b', b],
          ]),
        ),
      ),
    ).toEqual({ a: 1, b: 1 });
  });
});

describe('competition ranks overall and within groups from one sort', () => {
  it('ranks each group on its own, ties shared in the group and overall, unscored left out', () => {
    const items = [
      { id: 'a', group: 'x', score: 90 },
      { id: 'b', group: 'y', score: 80 },
      { id: 'c', group: 'x', score: 80 },
      { id: 'd', group: 'y', score: 80 },
      { id: 'e', group: 'x', score: 70 },
      { id: 'f', group: 'y', score: null },
      { id: 'g', group: 'y', score: 60 },
    ];
    const ranks: Record<string, [number, number]> = {};
    assignCompetitionRanks(
      items,
      (item) => item.score,
      (item) => item.group,
      (item, overall, inGroup) => (ranks[item.id] = [overall, inGroup]),
    );
    expect(ranks).toEqual({
      a: [1, 1],
      b: [2, 1],
      c: [2, 2],
      d: [2, 1],
      e: [5, 3],
      g: [6, 3],
    });
  });
});
