import { createHash } from 'node:crypto';
import { newSeed, seededShuffle } from './seeded-shuffle';

const CODES = ['QNG5-0007', 'QNG5-0003', 'QNG5-0012', 'QNG5-0001', 'QNG5-0009', 'QNG5-0004'];

describe('seededShuffle', () => {
  it('gives the same order for the same seed, whatever order the codes come in', () => {
    const seed = newSeed();
    expect(seededShuffle(CODES, seed)).toEqual(seededShuffle([...CODES].reverse(), seed));
  });

  it('is a permutation of the codes', () => {
    expect([...seededShuffle(CODES, newSeed())].sort()).toEqual([...CODES].sort());
  });

  it('follows the published recipe step by step', () => {
    const seed = 'a'.repeat(64);
    const expected = [...CODES].sort();
    for (let i = expected.length - 1; i > 0; i--) {
      const j = createHash('sha256').update(`${seed}:${i}`).digest().readUIntBE(0, 6) % (i + 1);
      [expected[i], expected[j]] = [expected[j], expected[i]];
    }
    expect(seededShuffle(CODES, seed)).toEqual(expected);
  });

  it('gives different seeds different orders (not a fixed permutation)', () => {
    const orders = new Set(
      Array.from({ length: 20 }, () => seededShuffle(CODES, newSeed()).join(',')),
    );
    expect(orders.size).toBeGreaterThan(10);
  });
});
