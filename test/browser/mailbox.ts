import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';

/** The text of every .eml file the embedded profile wrote for this address, oldest first. */
export async function mailsTo(mailDir: string, address: string): Promise<string[]> {
  const files = (await readdir(mailDir).catch(() => [] as string[]))
    .filter((f) => f.endsWith('.eml'))
    .sort();
  const mails = await Promise.all(
    files.map(async (file) => simpleParser(await readFile(join(mailDir, file)))),
  );
  return mails
    .filter((mail) => JSON.stringify(mail.to ?? '').includes(address))
    .map((mail) => mail.text ?? '');
}

/** The first link to `path` in a mail, e.g. `/verify-email`. */
export function linkIn(mail: string, path: string): string | undefined {
  return new RegExp(`https?://[^\\s"<>]+${path}\\?token=[\\w.~%-]+`).exec(mail)?.[0];
}
