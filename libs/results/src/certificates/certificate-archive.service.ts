import { Injectable, Logger } from '@nestjs/common';
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import archiver from 'archiver';
import { CertificateService, certificateFileName, fileSlug } from './certificate.service';
import type { CertificateFile } from './certificate.service';
import { renderCertificate } from './certificate.pdf';

/** How much finished ZIP may wait for a slow reader before rendering pauses. */
const BUFFERED_BYTES = 1 << 20;

/**
 * A contest's certificates as one ZIP, streamed: each PDF is rendered only when the one
 * before it has gone into the archive and the reader has taken most of what is buffered,
 * so memory stays at about one certificate whatever the contest's size, and a reader who
 * goes away stops the rendering.
 */
@Injectable()
export class CertificateArchiveService {
  private readonly logger = new Logger(CertificateArchiveService.name);

  constructor(private readonly certificates: CertificateService) {}

  async contestZip(contestId: string): Promise<CertificateFile & { count: number }> {
    const { contest, printable } = await this.certificates.printableOfContest(contestId);
    // PDFs are compressed already: storing them costs nothing and saves the CPU.
    const archive = archiver('zip', { store: true });
    const out = new PassThrough();
    archive.pipe(out);
    let gone = false;
    out.on('close', () => (gone = true));
    archive.on('warning', (error) => this.logger.warn(`certificate ZIP: ${error.message}`));
    archive.on('error', (error) => out.destroy(error));

    void (async () => {
      try {
        for (const item of printable) {
          if (gone) break;
          const entered = once(archive, 'entry');
          archive.append(await renderCertificate(item.view), { name: certificateFileName(item) });
          await entered;
          while (!gone && archive.readableLength + out.writableLength > BUFFERED_BYTES)
            await Promise.race([once(out, 'drain'), once(out, 'close')]);
        }
        if (gone) archive.abort();
        else await archive.finalize();
      } catch (error) {
        this.logger.error(`certificate ZIP of contest ${contestId} failed: ${String(error)}`);
        out.destroy(error as Error);
      }
    })();

    return {
      stream: out,
      fileName: `giay-chung-nhan-${fileSlug(contest.slug)}.zip`,
      count: printable.length,
    };
  }
}
