import { createHash, randomBytes } from 'node:crypto';

/** A fresh seed for a draw: 32 random bytes, as 64 hex digits. */
export function newSeed(): string {
  return randomBytes(32).toString('hex');
}

/**
 * The pitch-order draw, written so anyone can check it by hand or with a few lines of any
 * language: sort the items (the finalists' public codes), then a Fisher-Yates shuffle where
 * step i (from the last index down to 1) swaps item i with item j, j being the first 6
 * bytes of SHA-256("<seed>:<i>") read as a big-endian integer, modulo i + 1. The modulo's
 * bias is below 2^-40 for any real number of finalists.
 */
export function seededShuffle(items: readonly string[], seed: string): string[] {
  const order = [...items].sort();
  for (let i = order.length - 1; i > 0; i--) {
    const digest = createHash('sha256').update(`${seed}:${i}`).digest();
    const j = digest.readUIntBE(0, 6) % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
