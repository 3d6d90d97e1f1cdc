import type { RankedEntry } from '@app/judging';
import { proposeAwards } from './award-proposal';
import type { ProposalPrize } from './award-proposal';

const ranked = (code: string, categoryKey: string, total: number | null): RankedEntry => {
  const score = { score: total, rank: null, overallRank: null };
  return {
    entryId: `id-${code}`,
    code,
    categoryKey,
    reviews: 3,
    methods: { weighted_mean: score, trimmed_mean: score, z_score: score, bias_model: score },
    criterionMeans: {},
    spread: 0,
    disagreement: false,
    hasZeroScore: false,
    lowOutliers: 0,
  };
};

const prize = (
  id: string,
  quantity: number,
  extra: Partial<ProposalPrize> = {},
): ProposalPrize => ({
  id,
  kind: 'first',
  categoryKey: null,
  quantity,
  ...extra,
});

describe('proposeAwards', () => {
  const ranking = [
    ranked('A-1', 'idea', 70),
    ranked('A-2', 'idea', 90),
    ranked('A-3', 'idea', 80),
    ranked('B-1', 'project', 85),
    ranked('B-2', 'project', null),
  ];

  it('fills prizes in order with the best entries, each entry at most once', () => {
    const seats = proposeAwards(
      [prize('first', 1), prize('second', 2, { kind: 'second' })],
      ranking,
      'weighted_mean',
    );
    expect(seats.map((s) => [s.prizeId, s.seat, s.code])).toEqual([
      ['first', 1, 'A-2'],
      ['second', 1, 'B-1'],
      ['second', 2, 'A-3'],
    ]);
  });

  it('never proposes an entry whose award was withdrawn: the freed seat goes to the next best', () => {
    const seats = proposeAwards(
      [prize('first', 1), prize('second', 1, { kind: 'second' })],
      ranking,
      'weighted_mean',
      [],
      new Set(['id-A-2']),
    );
    expect(seats.map((s) => [s.prizeId, s.code])).toEqual([
      ['first', 'B-1'],
      ['second', 'A-3'],
    ]);
  });

  it('keeps a category prize to its category and never proposes an unscored entry', () => {
    const seats = proposeAwards(
      [prize('p', 3, { categoryKey: 'project' }), prize('i', 1, { categoryKey: 'idea' })],
      ranking,
      'weighted_mean',
    );
    expect(seats.map((s) => s.code)).toEqual(['B-1', 'A-2']);
  });

  it('leaves special prizes to the organizers', () => {
    expect(proposeAwards([prize('s', 2, { kind: 'special' })], ranking, 'weighted_mean')).toEqual(
      [],
    );
  });

  it('marks a seat whose total an entry left out shares', () => {
    const tied = [ranked('C-1', 'idea', 75), ranked('C-2', 'idea', 75), ranked('C-3', 'idea', 60)];
    const seats = proposeAwards([prize('p', 1)], tied, 'weighted_mean');
    expect(seats).toEqual([expect.objectContaining({ code: 'C-1', rank: 1, tiedAtCutOff: true })]);
    const clear = proposeAwards([prize('p', 2)], tied, 'weighted_mean');
    expect(clear.map((s) => s.tiedAtCutOff)).toEqual([false, false]);
  });

  it('keeps confirmed holders and never proposes a holder of a ranked prize for another', () => {
    const prizes = [prize('first', 1), prize('second', 2, { kind: 'second' })];
    // A confirmed change gave A-3 a second prize instead of A-3's proposed neighbour.
    const held = [
      { prizeId: 'first', entryId: 'id-A-2' },
      { prizeId: 'second', entryId: 'id-A-1' },
    ];
    const seats = proposeAwards(prizes, ranking, 'weighted_mean', held);
    expect(seats.map((s) => [s.prizeId, s.code])).toEqual([
      ['first', 'A-2'],
      ['second', 'B-1'],
      ['second', 'A-1'],
    ]);
    const third = proposeAwards(
      [...prizes, prize('third', 1, { kind: 'third' })],
      ranking,
      'weighted_mean',
      held,
    );
    expect(third.filter((s) => s.prizeId === 'third').map((s) => s.code)).toEqual(['A-3']);
  });
});
