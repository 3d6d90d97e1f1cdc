import { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { Semaphore } from 'async-mutex';
import { DomainError, ErrorCode, PdfNotAnonymisable, withoutPdfMetadata } from '@app/platform';

export interface ServedFile {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  stream: Readable;
}

/**
 * Rewriting a PDF holds the whole file in memory (up to UPLOAD_MAX_BYTES) and its object
 * model several times over: a few at a time per process keeps a burst of downloads from
 * taking the portal's memory; the others wait their turn.
 */
const AT_ONCE = 2;

/**
 * The files judges of a blind contest download. A PDF loses its document information and
 * XMP metadata (author, creator, title...), rewritten at download time from the stored
 * original: the original stays as the team sent it for the team and the organizers, a
 * contest switched to blind later is covered, and no second copy has to be kept, erased
 * or kept in step. Images (PNG, JPEG, WebP) are served as stored.
 */
@Injectable()
export class BlindFiles {
  private readonly logger = new Logger(BlindFiles.name);
  private readonly slots = new Semaphore(AT_ONCE);

  async anonymise(file: ServedFile): Promise<ServedFile> {
    if (file.mediaType !== 'application/pdf') return file;
    return this.slots.runExclusive(async () => {
      const original = await readAll(file.stream);
      try {
        const bytes = await withoutPdfMetadata(original);
        return { ...file, sizeBytes: bytes.length, stream: Readable.from([Buffer.from(bytes)]) };
      } catch (error) {
        if (!(error instanceof PdfNotAnonymisable)) throw error;
        this.logger.warn({ refusal: error.refusal }, 'PDF not served to a blind judge');
        throw new DomainError(
          ErrorCode.PDF_NOT_ANONYMISABLE,
          error.refusal === 'encrypted'
            ? 'This PDF is encrypted, so its author and metadata cannot be removed; the organizers can provide it'
            : 'This PDF cannot be read, so its author and metadata cannot be removed; the organizers can provide it',
        );
      }
    });
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
