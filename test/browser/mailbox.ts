import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Undoes quoted-printable transfer encoding (soft line breaks and =XX bytes), as UTF-8. */
export function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
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

/** The decoded text of every .eml file the embedded profile wrote for this address. */
export function mailsTo(mailDir: string, address: string): string[] {
  let files: string[];
  try {
    files = readdirSync(mailDir).filter((f) => f.endsWith('.eml'));
  } catch {
    return [];
  }
  return files
    .sort()
    .map((file) => decodeQuotedPrintable(readFileSync(join(mailDir, file), 'utf8')))
    .filter((mail) => new RegExp(`^To: .*${address.replace(/[.+]/g, '\\$&')}`, 'mi').test(mail));
}

/** The first link to `path` in a mail, e.g. `/verify-email`. */
export function linkIn(mail: string, path: string): string | undefined {
  return new RegExp(`https?://[^\\s"<>]+${path}\\?token=[\\w.~%-]+`).exec(mail)?.[0];
}
