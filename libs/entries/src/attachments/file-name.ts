/** Longest kept name, in characters (the column holds 200; room for an added extension). */
export const MAX_FILE_NAME_LENGTH = 150;

// C0/C1 controls and DEL; bidi overrides and isolates (U+202E turns "gpj.exe" into a
// harmless-looking name); zero-width characters and the BOM.
/* eslint-disable no-control-regex -- matching control characters is the point */
const INVISIBLE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/* eslint-enable no-control-regex */
// Reserved by Windows file systems, and quotes that would confuse a naive header parser.
const RESERVED = /[<>:"|?*\\/]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * A safe, still readable display name for an uploaded file: the last path segment, NFC,
 * without control, bidi or reserved characters, leading dots, Windows device names or
 * excess length (the extension is kept when shortening). Returns '' when nothing usable
 * is left; the caller refuses such an upload.
 */
export function sanitizeFileName(raw: string): string {
  const lastSegment = raw.split(/[/\\]/).pop() ?? '';
  let name = lastSegment
    .normalize('NFC')
    .replace(/[\t\n\v\f\r]/g, ' ')
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (WINDOWS_DEVICE.test(name)) name = `_${name}`;
  return shorten(name, MAX_FILE_NAME_LENGTH);
}

function shorten(name: string, max: number): string {
  const chars = Array.from(name); // code points: never split a surrogate pair
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  if (extension.length > 0 && extension.length <= 12) {
    const stem = Array.from(name.slice(0, dot)).slice(0, max - extension.length);
    return stem.join('').trimEnd() + extension.join('');
  }
  return chars.slice(0, max).join('').trimEnd();
}

/**
 * Makes the name end with an extension of the detected type, so a PNG called `photo.exe`
 * is saved by the browser as `photo.exe.png`, never as a program.
 */
export function withExtension(name: string, extensions: readonly string[]): string {
  const lower = name.toLowerCase();
  if (extensions.some((ext) => lower.endsWith(`.${ext}`))) return name;
  return `${name}.${extensions[0]}`;
}

/**
 * The Content-Disposition value for a download: an ASCII fallback and the exact name as
 * RFC 5987 `filename*` (UTF-8, percent-encoded).
 */
export function attachmentDisposition(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
