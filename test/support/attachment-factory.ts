import { randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { User } from '@app/accounts/users/user.entity';
import type { Entry } from '@app/entries/entries/entry.entity';
import type { ContestFixture } from './contest-factory';
import { insertEntryRow } from './entry-row';

/** A draft entry of `contest` owned by `owner`, in the contest's default category. */
export async function createDraftEntry(
  db: DataSource,
  contest: ContestFixture,
  owner: Pick<User, 'id'>,
  overrides: Partial<Entry> = {},
): Promise<Entry> {
  const entry = await insertEntryRow(db, contest, owner, {
    code: `ATT-${randomBytes(4).toString('hex')}`,
    title: 'Ứng dụng truy xuất nguồn gốc nông sản',
    ...overrides,
  });
  return entry;
}

/** A small but valid PDF (one empty page) with a correct cross-reference table. */
export function minimalPdf(padding = 0): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  if (padding > 0) body += `%${'x'.repeat(Math.max(0, padding - 2))}\n`;
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A PDF of exactly `size` bytes (padded with a comment line). */
export function pdfOfSize(size: number): Buffer {
  let padding = size - minimalPdf().length;
  for (let attempt = 0; attempt < 5; attempt++) {
    // The xref offset grows with the padding, so settle the length in a few steps.
    const pdf = minimalPdf(padding);
    if (pdf.length === size) return pdf;
    padding += size - pdf.length;
  }
  throw new Error(`pdfOfSize: cannot build ${size} bytes`);
}

/** Every file under a folder, temporary ones included, relative to it. */
export function filesUnder(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, prefix: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
      else found.push(`${prefix}${name}`);
    }
  };
  walk(root, '');
  return found.sort();
}

export type MultipartPart =
  | { name: string; value: string }
  | { name: string; filename: string; content: Buffer; contentType?: string };

/**
 * A multipart body built byte by byte, so tests can send what a browser never would
 * (control characters in names, a thousand parts, a cut-off body).
 */
export function multipartBody(parts: MultipartPart[]): { body: Buffer; contentType: string } {
  const boundary = `----scp${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"`;
    if ('filename' in part) {
      head += `; filename="${part.filename}"\r\nContent-Type: ${part.contentType ?? 'application/pdf'}`;
    }
    chunks.push(Buffer.from(`${head}\r\n\r\n`, 'utf8'));
    chunks.push('content' in part ? part.content : Buffer.from(part.value, 'utf8'));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
