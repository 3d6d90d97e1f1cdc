import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { DataSource } from 'typeorm';
import { Attachment, AttachmentKind } from '@app/entries/attachments/attachment.entity';
import type { Entry } from '@app/entries/entries/entry.entity';
import { GalleryListing } from '@app/results/gallery/gallery-listing.entity';
import { gallerySearchText } from '@app/results/gallery/gallery-rules';

/**
 * Factories for the gallery: real PNG files in the portal's storage with their attachment
 * rows (as an upload would leave them), and listings written straight to the database for
 * tests that are about reading the gallery rather than opting in.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid RGB PNG: a diagonal gradient from `from` to `to`, so screenshots show a picture. */
export function gradientPng(
  width = 240,
  height = 160,
  from: [number, number, number] = [14, 116, 144],
  to: [number, number, number] = [250, 204, 21],
): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const t = (x / width + y / height) / 2;
      for (let c = 0; c < 3; c++) row[1 + x * 3 + c] = Math.round(from[c] + (to[c] - from[c]) * t);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A file in the portal's storage and its attachment row; returns the row and the bytes. */
export async function storedAttachment(
  db: DataSource,
  env: Record<string, string>,
  entryId: string,
  uploadedBy: string,
  file: { kind: AttachmentKind; mediaType: string; name: string; bytes: Buffer },
): Promise<Attachment & { bytes: Buffer }> {
  const id = randomBytes(16).toString('hex');
  const key = `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;
  const path = join(env.STORAGE_DIR ?? join(env.VAR_DIR, 'uploads'), key);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.bytes);
  const row = db.manager.create(Attachment, {
    entryId,
    kind: file.kind,
    storageKey: key,
    originalName: file.name,
    mediaType: file.mediaType,
    sizeBytes: file.bytes.length,
    sha256: randomBytes(32).toString('hex'),
    uploadedBy,
  });
  await db.manager.insert(Attachment, row);
  return Object.assign(row, { bytes: file.bytes });
}

/** A PNG image attachment of the entry, stored for real. */
export function storedImage(
  db: DataSource,
  env: Record<string, string>,
  entryId: string,
  uploadedBy: string,
  png: Buffer = gradientPng(),
): Promise<Attachment & { bytes: Buffer }> {
  return storedAttachment(db, env, entryId, uploadedBy, {
    kind: AttachmentKind.image,
    mediaType: 'image/png',
    name: 'anh-san-pham.png',
    bytes: png,
  });
}

/** The entry in its contest's gallery, as the leader's opt-in would leave it. */
export async function listInGallery(
  db: DataSource,
  entry: Entry,
  imageId: string | null = null,
  optedInAt = new Date(),
): Promise<void> {
  await db.manager.insert(GalleryListing, {
    entryId: entry.id,
    contestId: entry.contestId,
    imageAttachmentId: imageId,
    searchText: gallerySearchText(entry),
    searchedRevision: entry.revision,
    optedInBy: entry.ownerId,
    optedInAt,
  });
}
