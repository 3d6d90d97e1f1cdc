/**
 * A small reader for the .eml files the file transport writes (nodemailer output:
 * encoded-word headers, multipart/alternative, quoted-printable or base64 parts). It is
 * enough for the development mailbox, not a general MIME parser.
 */
export interface ParsedMail {
  headers: Record<string, string>;
  text?: string;
  html?: string;
}

interface MimePart {
  headers: Record<string, string>;
  body: string;
}

export function parseEml(source: string): ParsedMail {
  const root = splitPart(source.replace(/\r\n/g, '\n'));
  const mail: ParsedMail = { headers: root.headers };
  for (const part of leafParts(root)) {
    const type = (part.headers['content-type'] ?? 'text/plain').toLowerCase();
    const body = decodeBody(part);
    if (type.startsWith('text/html')) mail.html ??= body;
    else if (type.startsWith('text/plain')) mail.text ??= body;
  }
  return mail;
}

function splitPart(raw: string): MimePart {
  const end = raw.indexOf('\n\n');
  const head = end === -1 ? raw : raw.slice(0, end);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = decodeWords(
        line.slice(colon + 1).trim(),
      );
  }
  return { headers, body: end === -1 ? '' : raw.slice(end + 2) };
}

function leafParts(part: MimePart): MimePart[] {
  const type = part.headers['content-type'] ?? '';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!/^multipart\//i.test(type) || !boundary) return [part];
  const sections = part.body.split(`--${boundary}`).slice(1);
  return sections
    .filter((section) => !section.startsWith('--'))
    .flatMap((section) => leafParts(splitPart(section.replace(/^\n/, ''))));
}

function decodeBody(part: MimePart): string {
  const encoding = (part.headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  if (encoding === 'base64')
    return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body.replace(/\n$/, ''));
  return part.body.replace(/\n$/, '');
}

function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047 encoded words (`=?UTF-8?Q?...?=`, `=?UTF-8?B?...?=`), adjacent ones joined. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([\w-]+)\?([QB])\?([^?]*)\?=/gi, (_match, _charset, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}
