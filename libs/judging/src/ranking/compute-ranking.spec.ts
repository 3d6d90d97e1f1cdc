import { computeRanking } from './compute-ranking';
import type { RankingInput } from './methods/ranking-input';

const criteria = [
  { key: 'doi-moi', weight: 1, maxScore: 40 },
  { key: 'kha-thi', weight: 1, maxScore: 30 },
  { key: 'doi-ngu', weight: 1, maxScore: 30 },
];
const v = (a: number, b: number, c: number) => ({ 'doi-moi': a, 'kha-thi': b, 'doi-ngu': c });

/** A: x=80, y=70; B: y=60, z=50; w has no review yet. Categories: x, y in "a"; z, w in "b". */
const INPUT: RankingInput = {
  criteria,
  entries: [
    { entryId: 'x', code: 'T-0001', categoryKey: 'a' },
    { entryId: 'y', code: 'T-0002', categoryKey: 'a' },
    { entryId: 'z', code: 'T-0003', categoryKey: 'b' },
    { entryId: 'w', code: 'T-0004', categoryKey: 'b' },
  ],
  reviews: [
    { judgeUserId: 'A', entryId: 'x', values: v(30, 25, 25) },
    { judgeUserId: 'A', entryId: 'y', values: v(30, 20, 20) },
    { judgeUserId: 'B', entryId: 'y', values: v(20, 20, 20) },
    { judgeUserId: 'B', entryId: 'z', values: v(20, 15, 15) },
  ],
};

describe('computeRanking', () => {
  const content = computeRanking(INPUT, { minTotal: 52 });
  const entry = (id: string) => content.entries.find((e) => e.entryId === id)!;

  it('puts every method side by side', () => {
    expect(content.scale).toBe(100);
    // Means: x 80, y (70 + 60) / 2 = 65, z 50; fewer than 5 reviews, so trimmed = mean.
    expect(entry('x').methods.weighted_mean.score).toBe(80);
    expect(entry('y').methods.trimmed_mean.score).toBe(65);
    // z-score: A mean 75 std 5 -> x +1, y -1; B mean 55 std 5 -> y +1, z -1;
    // round mean 65, std sqrt((225 + 25 + 25 + 225) / 4) = sqrt(125) = 11.1803399
    expect(entry('x').methods.z_score.score).toBe(76.1803);
    expect(entry('y').methods.z_score.score).toBe(65);
    expect(entry('z').methods.z_score.score).toBe(53.8197);
    // Bias model, lambda 5: b_A = -b_B, q_y = 65, 7 b_A = (80 - q_x) + (70 - 65) = b_A + 5
    // -> b_A = 5/6 = 0.8333; q_x = 80 - 0.8333 = 79.1667; q_z = 50 + 0.8333 = 50.8333
    expect(entry('x').methods.bias_model.score).toBe(79.1667);
    expect(entry('y').methods.bias_model.score).toBe(65);
    expect(entry('z').methods.bias_model.score).toBe(50.8333);
    expect(entry('w').methods.weighted_mean).toEqual({
      score: null,
      rank: null,
      overallRank: null,
    });
  });

  it('ranks per category and overall', () => {
    expect(entry('x').methods.weighted_mean).toMatchObject({ rank: 1, overallRank: 1 });
    expect(entry('y').methods.weighted_mean).toMatchObject({ rank: 2, overallRank: 2 });
    expect(entry('z').methods.weighted_mean).toMatchObject({ rank: 1, overallRank: 3 });
  });

  it('reports the facts of each entry and the judges, most severe first', () => {
    expect(entry('y')).toMatchObject({
      reviews: 2,
      spread: 10,
      disagreement: false,
      hasZeroScore: false,
      lowOutliers: 0,
      criterionMeans: { 'doi-moi': 25, 'kha-thi': 20, 'doi-ngu': 20 },
    });
    expect(entry('w').reviews).toBe(0);
    expect(content.judges).toEqual([
      { judgeUserId: 'B', scores: 2, severity: -0.8333, mean: 55, stdDev: 5 },
      { judgeUserId: 'A', scores: 2, severity: 0.8333, mean: 75, stdDev: 5 },
    ]);
  });

  it('reports entries whose advancement depends on the method', () => {
    // minTotal 52: z crosses only under the z-score (53.82); x and y cross under all.
    expect(content.methodSensitivity).toEqual([
      {
        entryId: 'z',
        advancesUnder: ['z_score'],
        notUnder: ['weighted_mean', 'trimmed_mean', 'bias_model'],
      },
    ]);
    expect(computeRanking(INPUT, { topNPerCategory: 1 }).methodSensitivity).toEqual([]);
    expect(computeRanking(INPUT, null).methodSensitivity).toEqual([]);
  });

  it('is deterministic whatever the order of the reviews', () => {
    const again = computeRanking(
      { ...INPUT, reviews: [...INPUT.reviews].reverse() },
      { minTotal: 52 },
    );
    expect(again).toEqual(content);
    expect(JSON.stringify(computeRanking(INPUT, { minTotal: 52 }))).toBe(JSON.stringify(content));
  });

  it('ignores reviews of entries that are not in the round', () => {
    const stray = { judgeUserId: 'A', entryId: 'gone', values: v(0, 0, 0) };
    expect(
      computeRanking({ ...INPUT, reviews: [...INPUT.reviews, stray] }, { minTotal: 52 }),
    ).toEqual(content);
  });
});
