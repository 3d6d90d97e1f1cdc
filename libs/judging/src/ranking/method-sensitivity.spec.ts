import { crossesCutOff, methodSensitivity } from './method-sensitivity';
import type { RankedEntry } from './ranking.types';

function ranked(entryId: string, scores: [number | null, number | null][]): RankedEntry {
  const [wm, tm, z, bias] = scores.map(([score, rank]) => ({ score, rank, overallRank: rank }));
  return {
    entryId,
    code: entryId,
    categoryKey: 'a',
    reviews: 3,
    methods: { weighted_mean: wm, trimmed_mean: tm, z_score: z, bias_model: bias },
    criterionMeans: {},
    spread: 0,
    disagreement: false,
    hasZeroScore: false,
    lowOutliers: 0,
  };
}

describe('method sensitivity', () => {
  const p = ranked('p', [
    [70, 1],
    [70, 1],
    [60, 2],
    [70, 1],
  ]);
  const q = ranked('q', [
    [65, 2],
    [65, 2],
    [66, 1],
    [49, 2],
  ]);
  const r = ranked('r', [
    [null, null],
    [null, null],
    [null, null],
    [null, null],
  ]);

  it('applies top N per category and the minimum total', () => {
    expect(crossesCutOff(p, 'z_score', { topNPerCategory: 1 })).toBe(false);
    expect(crossesCutOff(q, 'z_score', { topNPerCategory: 1 })).toBe(true);
    expect(crossesCutOff(q, 'bias_model', { minTotal: 50 })).toBe(false);
    expect(crossesCutOff(q, 'weighted_mean', { minTotal: 65 })).toBe(true);
    expect(crossesCutOff(r, 'weighted_mean', {})).toBe(false);
  });

  it('lists the entries whose fate depends on the method', () => {
    expect(methodSensitivity([p, q, r], { topNPerCategory: 1 })).toEqual([
      {
        entryId: 'p',
        advancesUnder: ['weighted_mean', 'trimmed_mean', 'bias_model'],
        notUnder: ['z_score'],
      },
      {
        entryId: 'q',
        advancesUnder: ['z_score'],
        notUnder: ['weighted_mean', 'trimmed_mean', 'bias_model'],
      },
    ]);
    expect(methodSensitivity([p, q, r], { minTotal: 50 })).toEqual([
      {
        entryId: 'q',
        advancesUnder: ['weighted_mean', 'trimmed_mean', 'z_score'],
        notUnder: ['bias_model'],
      },
    ]);
  });

  it('is empty without a cut-off', () => {
    expect(methodSensitivity([p, q], {})).toEqual([]);
    expect(methodSensitivity([p, q], null)).toEqual([]);
  });
});
