import { reviewTotal, roundScale } from './review-totals';
import { weightedMean } from './weighted-mean';

const PROVINCIAL = [
  { key: 'doi-moi', weight: 1, maxScore: 40 },
  { key: 'kha-thi', weight: 1, maxScore: 30 },
  { key: 'doi-ngu', weight: 1, maxScore: 30 },
];

describe('review totals and the weighted mean', () => {
  it('keeps the rubric maximum as the scale when every weight is 1', () => {
    // 40 + 30 + 30 = 100; a review of 30 + 20 + 25 totals 75 as written.
    expect(roundScale(PROVINCIAL)).toBe(100);
    expect(reviewTotal({ 'doi-moi': 30, 'kha-thi': 20, 'doi-ngu': 25 }, PROVINCIAL)).toBe(75);
    // 10 + 10 with weights 1: the scale is 20, not 100.
    expect(
      roundScale([
        { key: 'a', weight: 1, maxScore: 10 },
        { key: 'b', weight: 1, maxScore: 10 },
      ]),
    ).toBe(20);
  });

  it('rescales weighted totals so the rubric maximum maps to 100', () => {
    const weighted = [
      { key: 'a', weight: 2, maxScore: 10 },
      { key: 'b', weight: 1, maxScore: 10 },
    ];
    // maximum = 10x2 + 10x1 = 30; a=8, b=5: 8x2 + 5x1 = 21 -> 21 x 100 / 30 = 70.
    expect(roundScale(weighted)).toBe(100);
    expect(reviewTotal({ a: 8, b: 5 }, weighted)).toBeCloseTo(70, 10);
  });

  it('counts a missing criterion as 0', () => {
    expect(reviewTotal({ 'doi-moi': 30 }, PROVINCIAL)).toBe(30);
  });

  it('averages the totals of each entry', () => {
    // (70 + 80 + 66) / 3 = 216 / 3 = 72; y has one review of 50.
    const scores = weightedMean([
      { judgeUserId: 'A', entryId: 'x', total: 70 },
      { judgeUserId: 'B', entryId: 'x', total: 80 },
      { judgeUserId: 'C', entryId: 'x', total: 66 },
      { judgeUserId: 'A', entryId: 'y', total: 50 },
    ]);
    expect(scores.get('x')).toBe(72);
    expect(scores.get('y')).toBe(50);
  });
});
