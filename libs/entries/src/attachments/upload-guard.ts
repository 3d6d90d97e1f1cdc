import { Transform } from 'node:stream';
import { DomainError, ErrorCode } from '@app/platform';

export interface UploadGuardOptions {
  maxBytes: number;
  /** Leading bytes handed to `checkHead` before anything is passed on. */
  headBytes: number;
  /** Throws (a DomainError) when the content is not acceptable. */
  checkHead(head: Buffer): Promise<void>;
  /** Whether the multipart parser cut the file at its own size limit. */
  truncated(): boolean;
}

export function fileTooLarge(maxBytes: number): DomainError {
  return new DomainError(ErrorCode.FILE_TOO_LARGE, `The file is larger than ${maxBytes} bytes`);
}

/**
 * Sits between the upload and the storage: holds back the first bytes until their type is
 * checked, and fails the stream (so storage drops its temporary file) when the content is
 * refused, empty or over the size limit. Nothing is buffered beyond the head.
 */
export function uploadGuard(options: UploadGuardOptions): Transform {
  const held: Buffer[] = [];
  let heldBytes = 0;
  let checked = false;
  let total = 0;

  const releaseHead = async (stream: Transform) => {
    const head = Buffer.concat(held);
    held.length = 0;
    await options.checkHead(head);
    checked = true;
    stream.push(head);
  };

  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      total += chunk.length;
      if (total > options.maxBytes) return callback(fileTooLarge(options.maxBytes));
      if (checked) return callback(null, chunk);
      held.push(chunk);
      heldBytes += chunk.length;
      if (heldBytes < options.headBytes) return callback();
      releaseHead(this).then(() => callback(), callback);
    },
    flush(callback) {
      if (total === 0) return callback(new DomainError(ErrorCode.EMPTY_FILE, 'The file is empty'));
      if (options.truncated()) return callback(fileTooLarge(options.maxBytes));
      if (checked) return callback();
      releaseHead(this).then(() => callback(), callback);
    },
  });
}
