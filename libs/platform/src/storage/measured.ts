import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import type { StoredFile } from './file-storage';

/**
 * A pass-through that counts and hashes what flows through it, so each storage driver
 * reports the size and SHA-256 of exactly the bytes it stored.
 */
export function measuredStream(): { stream: Transform; result(): StoredFile } {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      sizeBytes += chunk.length;
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  return { stream, result: () => ({ sizeBytes, sha256: hash.digest('hex') }) };
}
