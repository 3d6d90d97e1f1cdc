import { trimmedMean } from './trimmed-mean';

const reviewsOf = (entryId: string, totals: number[]) =>
  totals.map((total, i) => ({ judgeUserId: `J${i}`, entryId, total }));

describe('trimmed mean', () => {
  it('drops nothing with 4 reviews', () => {
    // (50 + 60 + 70 + 90) / 4 = 270 / 4 = 67.5
    expect(trimmedMean(reviewsOf('x', [90, 50, 70, 60])).get('x')).toBe(67.5);
  });

  it('drops the highest and the lowest with 5 reviews', () => {
    // 50 and 95 dropped: (60 + 70 + 90) / 3 = 220 / 3 = 73.333...
    expect(trimmedMean(reviewsOf('x', [95, 50, 70, 60, 90])).get('x')).toBeCloseTo(73.3333333, 6);
  });

  it('drops only one of equal extremes', () => {
    // 60, 60, 70, 80, 80: one 60 and one 80 dropped: (60 + 70 + 80) / 3 = 70
    expect(trimmedMean(reviewsOf('x', [60, 80, 70, 60, 80])).get('x')).toBe(70);
  });

  it('treats each entry on its own count', () => {
    const scores = trimmedMean([
      ...reviewsOf('x', [10, 20, 30, 40, 100]),
      ...reviewsOf('y', [10, 100]),
    ]);
    // x: (20 + 30 + 40) / 3 = 30; y: (10 + 100) / 2 = 55
    expect(scores.get('x')).toBe(30);
    expect(scores.get('y')).toBe(55);
  });
});
