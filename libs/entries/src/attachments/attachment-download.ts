import { attachmentDisposition } from './file-name';

/**
 * Headers of a file download. The file is always saved, never shown inline: with nosniff
 * and a sandboxing CSP, even a file that slipped past the content check cannot run as a
 * page of the portal's origin. `no-store` keeps teams' documents out of shared caches.
 */
export function downloadHeaders(file: {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}): Record<string, string> {
  return {
    'content-type': file.mediaType,
    'content-length': String(file.sizeBytes),
    'content-disposition': attachmentDisposition(file.fileName),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "sandbox; default-src 'none'",
    'cache-control': 'no-store',
  };
}
