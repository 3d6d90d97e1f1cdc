import { StreamableFile } from '@nestjs/common';
import type { PdfFile } from '@app/judging';

/** A generated PDF as a download, for the API's bearer callers and the pages' sessions alike. */
export function pdfDownload(file: PdfFile): StreamableFile {
  return new StreamableFile(file.stream, {
    type: 'application/pdf',
    disposition: `attachment; filename="${file.fileName}"`,
  });
}
