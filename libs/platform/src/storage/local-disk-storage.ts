import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FileStorage, StoredFile } from './file-storage';
import { measuredStream } from './measured';
import { assertStorageKey } from './storage-key';

/**
 * Files on a local disk (or a mounted volume) under one root folder. Writes go to a
 * temporary file in the same root and are renamed into place once complete, so a reader
 * never sees half a file and a failed upload leaves nothing under its key.
 */
export class LocalDiskFileStorage extends FileStorage {
  constructor(private readonly root: string) {
    super();
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    return join(this.root, key);
  }

  async put(key: string, source: Readable): Promise<StoredFile> {
    // The source may fail while the folders are being made, before the pipeline listens:
    // without a listener that error would crash the process. The pipeline still sees it.
    source.on('error', () => undefined);
    const target = this.pathOf(key);
    // Same file system as the target, so the final rename is atomic.
    const tempDir = join(this.root, '.incoming');
    await mkdir(tempDir, { recursive: true });
    const temp = join(tempDir, `${randomBytes(12).toString('hex')}.part`);
    const measure = measuredStream();
    const sink = createWriteStream(temp, { flags: 'wx', mode: 0o600 });
    try {
      await pipeline(source, measure.stream, sink);
      await mkdir(dirname(target), { recursive: true });
      await rename(temp, target);
    } catch (error) {
      // A refusal can come while the temporary file is still being opened: remove it only
      // once the stream has closed, or it would appear again after the removal.
      if (!sink.closed) await new Promise<void>((resolve) => sink.once('close', () => resolve()));
      await rm(temp, { force: true });
      throw error;
    }
    return measure.result();
  }

  openRead(key: string): Readable {
    return createReadStream(this.pathOf(key));
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      await access(this.pathOf(key));
      return true;
    } catch {
      return false;
    }
  }
}
