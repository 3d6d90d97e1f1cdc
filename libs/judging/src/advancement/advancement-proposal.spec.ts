import type { RankedEntry, RankingContent } from '../ranking/ranking.types';
import { proposeAdvancement, ruleDecides } from './advancement-proposal';
import type { AdvancementProposal } from './advancement-proposal';

interface EntryInput {
  total: number | null;
  category?: string;
  reviews?: number;
  innovation?: number;
  lowOutliers?: number;
  hasZeroScore?: boolean;
  trimmed?: number | null;
}

function entry(code: string, input: EntryInput): RankedEntry {
  const standing = (score: number | null) => ({ score, rank: null, overallRank: null });
  return {
    entryId: `id-${code}`,
    code,
    categoryKey: input.category ?? 'y-tuong',
    reviews: input.reviews ?? 3,
    methods: {
      weighted_mean: standing(input.total),
      trimmed_mean: standing(input.trimmed === undefined ? input.total : input.trimmed),
      z_score: standing(input.total),
      bias_model: standing(input.total),
    },
    criterionMeans: input.innovation === undefined ? {} : { 'doi-moi': input.innovation },
    spread: 0,
    disagreement: false,
    hasZeroScore: input.hasZeroScore ?? false,
    lowOutliers: input.lowOutliers ?? 0,
  };
}

const ranking = (...entries: RankedEntry[]): RankingContent => ({
  scale: 100,
  entries,
  judges: [],
  methodSensitivity: [],
});

const byCode = (proposal: AdvancementProposal, code: string) =>
  proposal.entries.find((e) => e.code === code)!;
const passing = (proposal: AdvancementProposal) =>
  proposal.entries
    .filter((e) => e.passes)
    .map((e) => e.code)
    .sort();

describe('proposeAdvancement: gates', () => {
  it('passes every entry meeting the rule when there is no top N', () => {
    const proposal = proposeAdvancement(ranking(entry('A', { total: 70 })), { minTotal: 50 });
    expect(byCode(proposal, 'A')).toMatchObject({
      passes: true,
      reasons: [{ code: 'MEETS_RULE' }],
    });
    expect(proposal.method).toBe('weighted_mean');
  });

  it('refuses a total below the minimum, with both numbers', () => {
    const proposal = proposeAdvancement(ranking(entry('A', { total: 48.5 })), { minTotal: 50 });
    expect(byCode(proposal, 'A')).toMatchObject({
      passes: false,
      reasons: [{ code: 'BELOW_MIN_TOTAL', total: 48.5, minTotal: 50 }],
    });
  });

  it('lets a total exactly at the minimum through', () => {
    const proposal = proposeAdvancement(ranking(entry('A', { total: 50 })), { minTotal: 50 });
    expect(byCode(proposal, 'A').passes).toBe(true);
  });

  it('refuses too few reviews, with both numbers', () => {
    const proposal = proposeAdvancement(ranking(entry('A', { total: 90, reviews: 2 })), {
      minTotal: 0,
      minReviews: 3,
    });
    expect(byCode(proposal, 'A').reasons).toEqual([
      { code: 'TOO_FEW_REVIEWS', reviews: 2, minReviews: 3 },
    ]);
  });

  it('applies the zero-veto only when the rule asks for it', () => {
    const zero = ranking(entry('A', { total: 90, hasZeroScore: true }));
    expect(byCode(proposeAdvancement(zero, { minTotal: 0, zeroVeto: true }), 'A')).toMatchObject({
      passes: false,
      reasons: [{ code: 'ZERO_VETO' }],
    });
    expect(byCode(proposeAdvancement(zero, { minTotal: 0 }), 'A').passes).toBe(true);
  });

  it('proposes nobody when the rule has no cut-off, however good the entry', () => {
    const data = ranking(entry('A', { total: 95 }), entry('B', { total: 40, reviews: 1 }));
    for (const rule of [{}, { zeroVeto: true, minReviews: 2, tieBreak: [] }]) {
      const proposal = proposeAdvancement(data, rule);
      expect(passing(proposal)).toEqual([]);
      expect(byCode(proposal, 'A').reasons).toEqual([{ code: 'NO_RULE' }]);
    }
    // Gates still say what else stands in the way.
    const gated = proposeAdvancement(data, { minReviews: 2 });
    expect(byCode(gated, 'B').reasons).toEqual([
      { code: 'TOO_FEW_REVIEWS', reviews: 1, minReviews: 2 },
    ]);
    expect(ruleDecides({ minReviews: 2, zeroVeto: true })).toBe(false);
    expect(ruleDecides({ minTotal: 0 })).toBe(true);
    expect(ruleDecides({ topNPerCategory: 3 })).toBe(true);
    expect(ruleDecides(null)).toBe(false);
  });

  it('lists every failed gate, and refuses an entry without any score', () => {
    const proposal = proposeAdvancement(
      ranking(
        entry('A', { total: 40, reviews: 1, hasZeroScore: true }),
        entry('B', { total: null, reviews: 0 }),
      ),
      { minTotal: 50, minReviews: 2, zeroVeto: true },
    );
    expect(byCode(proposal, 'A').reasons.map((r) => r.code)).toEqual([
      'TOO_FEW_REVIEWS',
      'BELOW_MIN_TOTAL',
      'ZERO_VETO',
    ]);
    expect(byCode(proposal, 'B').reasons.map((r) => r.code)).toEqual([
      'TOO_FEW_REVIEWS',
      'NO_SCORE',
    ]);
  });

  it('decides on the rule method', () => {
    const data = ranking(entry('A', { total: 60, trimmed: 45 }));
    expect(byCode(proposeAdvancement(data, { minTotal: 50 }), 'A').passes).toBe(true);
    const trimmed = proposeAdvancement(data, { minTotal: 50, method: 'trimmed_mean' });
    expect(trimmed.method).toBe('trimmed_mean');
    expect(byCode(trimmed, 'A').reasons).toEqual([
      { code: 'BELOW_MIN_TOTAL', total: 45, minTotal: 50 },
    ]);
  });
});

describe('proposeAdvancement: top N per category', () => {
  const seven = () =>
    ranking(...[90, 85, 80, 75, 70, 65, 60].map((total, i) => entry(`E${i + 1}`, { total })));

  it('gives the rank and the cut-off to those outside', () => {
    const proposal = proposeAdvancement(seven(), { topNPerCategory: 6 });
    expect(passing(proposal)).toEqual(['E1', 'E2', 'E3', 'E4', 'E5', 'E6']);
    expect(byCode(proposal, 'E7').reasons).toEqual([
      { code: 'OUTSIDE_TOP_N', rank: 7, topN: 6, categoryKey: 'y-tuong' },
    ]);
    expect(byCode(proposal, 'E1').reasons).toEqual([
      { code: 'WITHIN_TOP_N', rank: 1, topN: 6, categoryKey: 'y-tuong' },
    ]);
    expect(proposal.trails).toEqual([]);
  });

  it('counts each category on its own', () => {
    const proposal = proposeAdvancement(
      ranking(
        entry('A1', { total: 90 }),
        entry('A2', { total: 80 }),
        entry('B1', { total: 50, category: 'startup' }),
        entry('B2', { total: 40, category: 'startup' }),
      ),
      { topNPerCategory: 1 },
    );
    expect(passing(proposal)).toEqual(['A1', 'B1']);
    expect(byCode(proposal, 'B2').reasons[0]).toMatchObject({ rank: 2, categoryKey: 'startup' });
  });

  it('gives no seat to an entry failing a gate', () => {
    const proposal = proposeAdvancement(
      ranking(
        entry('A', { total: 95, reviews: 1 }),
        entry('B', { total: 80 }),
        entry('C', { total: 70 }),
      ),
      { topNPerCategory: 2, minReviews: 2 },
    );
    expect(passing(proposal)).toEqual(['B', 'C']);
    expect(byCode(proposal, 'A').rank).toBeNull();
    expect(byCode(proposal, 'C').rank).toBe(2);
  });

  it('leaves ties inside the top N alone', () => {
    const proposal = proposeAdvancement(
      ranking(entry('A', { total: 80 }), entry('B', { total: 80 }), entry('C', { total: 60 })),
      { topNPerCategory: 2, tieBreak: ['total', 'criterion:doi-moi'] },
    );
    expect(passing(proposal)).toEqual(['A', 'B']);
    expect(proposal.trails).toEqual([]);
  });
});

describe('proposeAdvancement: ties at the cut-off', () => {
  const chain = ['total', 'criterion:doi-moi', 'fewer_low_outliers'] as const;

  it('settles a tie on the criterion step, higher mean wins', () => {
    const proposal = proposeAdvancement(
      ranking(
        entry('A', { total: 90 }),
        entry('B', { total: 75, innovation: 30 }),
        entry('C', { total: 75, innovation: 32.5 }),
      ),
      { topNPerCategory: 2, tieBreak: [...chain] },
    );
    expect(passing(proposal)).toEqual(['A', 'C']);
    expect(byCode(proposal, 'C').reasons).toEqual([
      { code: 'WON_TIE_BREAK', step: 'criterion:doi-moi', categoryKey: 'y-tuong' },
    ]);
    expect(byCode(proposal, 'B').reasons).toEqual([
      { code: 'LOST_TIE_BREAK', step: 'criterion:doi-moi', categoryKey: 'y-tuong' },
    ]);
    const [trail] = proposal.trails;
    expect(trail).toMatchObject({ categoryKey: 'y-tuong', topN: 2, seats: 1, outcome: 'resolved' });
    expect(trail.contenders.map((c) => c.code)).toEqual(['B', 'C']);
    expect(trail.steps).toEqual([
      {
        step: 'criterion:doi-moi',
        values: [
          { entryId: 'id-B', code: 'B', value: 30 },
          { entryId: 'id-C', code: 'C', value: 32.5 },
        ],
        advance: ['id-C'],
        eliminate: ['id-B'],
        stillTied: [],
      },
    ]);
  });

  it('goes on to fewer low outliers when the criterion ties too', () => {
    const proposal = proposeAdvancement(
      ranking(
        entry('B', { total: 75, innovation: 30, lowOutliers: 1 }),
        entry('C', { total: 75, innovation: 30, lowOutliers: 0 }),
      ),
      { topNPerCategory: 1, tieBreak: [...chain] },
    );
    expect(passing(proposal)).toEqual(['C']);
    expect(byCode(proposal, 'C').reasons[0]).toMatchObject({
      code: 'WON_TIE_BREAK',
      step: 'fewer_low_outliers',
    });
    expect(byCode(proposal, 'B').reasons[0]).toMatchObject({
      code: 'LOST_TIE_BREAK',
      step: 'fewer_low_outliers',
    });
    const steps = proposal.trails[0].steps;
    expect(steps.map((s) => [s.step, s.stillTied.length])).toEqual([
      ['criterion:doi-moi', 2],
      ['fewer_low_outliers', 0],
    ]);
    expect(steps[1].values.map((v) => v.value)).toEqual([1, 0]);
  });

  it('advances everyone the chain cannot separate, never by chance', () => {
    const proposal = proposeAdvancement(
      ranking(
        entry('A', { total: 80 }),
        entry('B', { total: 75, innovation: 30 }),
        entry('C', { total: 75, innovation: 30 }),
        entry('D', { total: 70 }),
      ),
      { topNPerCategory: 2, tieBreak: [...chain] },
    );
    expect(passing(proposal)).toEqual(['A', 'B', 'C']);
    expect(byCode(proposal, 'B').reasons).toEqual([
      { code: 'TIED_AT_CUT_OFF', categoryKey: 'y-tuong' },
    ]);
    expect(byCode(proposal, 'D').reasons[0]).toMatchObject({ code: 'OUTSIDE_TOP_N', rank: 4 });
    expect(proposal.trails[0]).toMatchObject({ outcome: 'all_tied_advance', seats: 1 });
    expect(proposal.trails[0].steps.at(-1)!.stillTied).toEqual(['id-B', 'id-C']);
  });

  it('advances all tied entries when there is no chain at all', () => {
    const proposal = proposeAdvancement(
      ranking(entry('A', { total: 75 }), entry('B', { total: 75 })),
      { topNPerCategory: 1 },
    );
    expect(passing(proposal)).toEqual(['A', 'B']);
    expect(proposal.trails[0]).toMatchObject({ outcome: 'all_tied_advance', steps: [] });
  });

  it('settles part of a tie on one step and the rest on the next', () => {
    // Three tied for two seats: D is clearly first on innovation; B and C go on to outliers.
    const proposal = proposeAdvancement(
      ranking(
        entry('A', { total: 90 }),
        entry('B', { total: 75, innovation: 30, lowOutliers: 2 }),
        entry('C', { total: 75, innovation: 30, lowOutliers: 1 }),
        entry('D', { total: 75, innovation: 35, lowOutliers: 3 }),
      ),
      { topNPerCategory: 3, tieBreak: [...chain] },
    );
    expect(passing(proposal)).toEqual(['A', 'C', 'D']);
    expect(byCode(proposal, 'D').reasons[0]).toMatchObject({ step: 'criterion:doi-moi' });
    expect(byCode(proposal, 'C').reasons[0]).toMatchObject({
      code: 'WON_TIE_BREAK',
      step: 'fewer_low_outliers',
    });
    expect(byCode(proposal, 'B').reasons[0]).toMatchObject({ code: 'LOST_TIE_BREAK' });
    expect(proposal.trails[0].seats).toBe(2);
  });

  it('puts an entry without the criterion behind those with it', () => {
    const proposal = proposeAdvancement(
      ranking(entry('A', { total: 75 }), entry('B', { total: 75, innovation: 1 })),
      { topNPerCategory: 1, tieBreak: ['criterion:doi-moi'] },
    );
    expect(passing(proposal)).toEqual(['B']);
    expect(proposal.trails[0].steps[0].values.find((v) => v.code === 'A')!.value).toBeNull();
  });

  it('treats totals equal to six decimals as tied', () => {
    const proposal = proposeAdvancement(
      ranking(entry('A', { total: 0.1 + 0.2 }), entry('B', { total: 0.3 })),
      { topNPerCategory: 1 },
    );
    expect(passing(proposal)).toEqual(['A', 'B']);
  });
});
