import { competitionRanks, roundScore } from './competition-rank';

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
