import { entryStatistics } from './entry-statistics';

const review = (values: Record<string, number>) => ({ judgeUserId: 'J', entryId: 'x', values });

describe('entry statistics', () => {
  it('flags disagreement and low outliers', () => {
    // totals 80 75 40 on a 100 scale: mean 65, spread 40 > 25 -> disagreement;
    // 40 is 25 below the mean, more than 20 % of the scale -> one low outlier.
    const facts = entryStatistics(
      [80, 75, 40],
      [review({ a: 1 }), review({ a: 2 }), review({ a: 3 })],
      ['a'],
      100,
    );
    expect(facts).toMatchObject({ reviews: 3, spread: 40, disagreement: true, lowOutliers: 1 });
  });

  it('sees agreement when the totals are close', () => {
    // 70 75 80: spread 10, std-dev sqrt(50 / 3) = 4.08 -> no flag, no outlier
    const facts = entryStatistics([70, 75, 80], [review({}), review({}), review({})], [], 100);
    expect(facts).toMatchObject({ spread: 10, disagreement: false, lowOutliers: 0 });
  });

  it('measures on the round scale, not on 100', () => {
    // scale 20: spread 6 > 25 % x 20 = 5 -> disagreement
    expect(entryStatistics([10, 16], [review({}), review({})], [], 20).disagreement).toBe(true);
  });

  it('finds a low outlier by standard deviations among many reviews', () => {
    // 70 x 9 and 58: mean 68.8, std-dev sqrt((9 x 1.44 + 116.64) / 10) = 3.6;
    // 58 < 68.8 - 1.5 x 3.6 = 63.4 (and only 10.8 below the mean: not 20 % of the scale)
    const totals = [70, 70, 70, 70, 70, 70, 70, 70, 70, 58];
    expect(
      entryStatistics(
        totals,
        totals.map(() => review({})),
        [],
        100,
      ).lowOutliers,
    ).toBe(1);
  });

  it('reports zero scores and criterion means', () => {
    const facts = entryStatistics(
      [50, 60],
      [review({ a: 20, b: 0 }), review({ a: 30, b: 30 })],
      ['a', 'b'],
      100,
    );
    expect(facts.hasZeroScore).toBe(true);
    // a: (20 + 30) / 2 = 25; b: (0 + 30) / 2 = 15
    expect(facts.criterionMeans).toEqual({ a: 25, b: 15 });
  });

  it('has empty facts without reviews', () => {
    expect(entryStatistics([], [], ['a'], 100)).toEqual({
      reviews: 0,
      spread: 0,
      disagreement: false,
      hasZeroScore: false,
      lowOutliers: 0,
      criterionMeans: {},
    });
  });
});
