import { randomBytes } from 'node:crypto';

const KEY_PATTERN = /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{32}$/;

/**
 * A fresh random key, sharded into two levels of subfolders (`ab/cd/abcd…`) so no folder
 * grows to millions of entries.
 */
export function newStorageKey(): string {
  const id = randomBytes(16).toString('hex');
  return `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;
}

/** Only keys of our own shape reach the disk: a forged key cannot walk out of the root. */
export function assertStorageKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new Error('Invalid storage key');
}

/** Whether a path under the storage root is one of our keys (temporary uploads are not). */
export function isStorageKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}
