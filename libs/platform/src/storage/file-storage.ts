import type { Readable } from 'node:stream';

export interface StoredFile {
  sizeBytes: number;
  /** Hex SHA-256 of the stored bytes. */
  sha256: string;
}

/**
 * Where uploaded files live. Kept small on purpose so an S3-compatible store can stand in
 * for the local disk. Keys come from `newStorageKey()`, never from user input.
 */
export abstract class FileStorage {
  /**
   * Stores the stream under the key. Either the whole file is there afterwards or nothing
   * is: a failing or aborted source leaves no partial object behind.
   */
  abstract put(key: string, source: Readable): Promise<StoredFile>;

  /** The file's bytes; the stream errors if the file is missing. */
  abstract openRead(key: string): Readable;

  /** Removes the file; removing a missing file is not an error. */
  abstract delete(key: string): Promise<void>;

  abstract exists(key: string): Promise<boolean>;
}
