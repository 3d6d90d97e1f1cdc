import { StreamableFile } from '@nestjs/common';
import type { CertificateFile } from '@app/results';

/** A certificate (PDF) or a contest's certificates (ZIP) as a download, for the API and the pages. */
export function certificateDownload(file: CertificateFile, type: string): StreamableFile {
  return new StreamableFile(file.stream, {
    type,
    disposition: `attachment; filename="${file.fileName}"`,
  });
}
