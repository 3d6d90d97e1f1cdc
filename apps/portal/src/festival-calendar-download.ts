import { StreamableFile } from '@nestjs/common';

/** A calendar file as a download, for the API and the pages alike. */
export function calendarDownload(ics: string, fileName: string): StreamableFile {
  return new StreamableFile(Buffer.from(ics, 'utf8'), {
    type: 'text/calendar; charset=utf-8',
    disposition: `attachment; filename="${fileName}"`,
  });
}
