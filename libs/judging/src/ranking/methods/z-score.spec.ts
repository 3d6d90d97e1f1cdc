import { judgeStatistics, zScore } from './z-score';

describe('per-judge z-score', () => {
  it('standardises per judge and rescales with the round mean and std-dev', () => {
    const totals = [
      // A: mean 70, population std-dev 10 -> x: +1, y: -1
      { judgeUserId: 'A', entryId: 'x', total: 80 },
      { judgeUserId: 'A', entryId: 'y', total: 60 },
      // B: mean 60, std-dev 10 -> y: -1, z: +1
      { judgeUserId: 'B', entryId: 'y', total: 50 },
      { judgeUserId: 'B', entryId: 'z', total: 70 },
      // C: zero variance -> z = 0 for both of C's reviews
      { judgeUserId: 'C', entryId: 'x', total: 65 },
      { judgeUserId: 'C', entryId: 'z', total: 65 },
    ];
    // Round: 80 60 50 70 65 65 -> mean 390 / 6 = 65;
    // deviations 15 -5 -15 5 0 0 -> squares 225 25 225 25 0 0 = 500 -> std-dev sqrt(500 / 6) = 9.1287093
    const roundStdDev = Math.sqrt(500 / 6);
    const scores = zScore(totals);
    // x: mean z (1 + 0) / 2 = 0.5 -> 65 + 0.5 x 9.1287093 = 69.5643546
    expect(scores.get('x')).toBeCloseTo(65 + 0.5 * roundStdDev, 9);
    expect(scores.get('x')).toBeCloseTo(69.5643546, 6);
    // y: mean z (-1 - 1) / 2 = -1 -> 65 - 9.1287093 = 55.8712907
    expect(scores.get('y')).toBeCloseTo(55.8712907, 6);
    // z: (1 + 0) / 2 = 0.5 -> same as x
    expect(scores.get('z')).toBeCloseTo(69.5643546, 6);
    expect(judgeStatistics(totals).get('C')).toEqual({ scores: 2, mean: 65, stdDev: 0 });
  });

  it('gives a judge with a single score z = 0', () => {
    const totals = [
      { judgeUserId: 'A', entryId: 'x', total: 80 },
      { judgeUserId: 'A', entryId: 'y', total: 60 },
      { judgeUserId: 'D', entryId: 'x', total: 100 },
    ];
    // Round: mean 240 / 3 = 80; deviations 0 -20 20 -> std-dev sqrt(800 / 3) = 16.3299316
    // x: (1 + 0) / 2 = 0.5 -> 80 + 8.1649658 = 88.1649658; y: -1 -> 80 - 16.3299316 = 63.6700684
    const scores = zScore(totals);
    expect(scores.get('x')).toBeCloseTo(88.1649658, 6);
    expect(scores.get('y')).toBeCloseTo(63.6700684, 6);
  });

  it('puts everybody at the round mean when no judge has variance', () => {
    const scores = zScore([
      { judgeUserId: 'A', entryId: 'x', total: 40 },
      { judgeUserId: 'B', entryId: 'y', total: 80 },
    ]);
    expect(scores.get('x')).toBe(60);
    expect(scores.get('y')).toBe(60);
  });
});
